import { describe, expect, it } from "vitest";
import { chartSummary, clearChartCache, renderChart } from "../../src/charts/index.ts";
import { bienGioi, CASES, chiBo, dongGop, hoGiaDinh, hostile, thongTin } from "./fixtures.ts";
import { expectSnapshot } from "./snapshot.ts";

function render(c: (typeof CASES)[number]): string {
  return renderChart(c.dataset(), { kind: c.kind, emphasis: c.emphasis });
}

/** Returns the texts drawn in the chart (not the title or description), unescaped. */
function drawnText(svg: string): string {
  const body = svg.replace(/<title>.*?<\/title>|<desc>.*?<\/desc>/gs, "");
  return [...body.matchAll(/>([^<>]+)</g)]
    .map((m) => (m[1] ?? "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"))
    .join("|");
}

describe("snapshots", () => {
  for (const c of CASES) it(c.name, () => expectSnapshot(c.name, render(c)));
});

describe("every chart", () => {
  for (const c of CASES) {
    it(`${c.name}: an accessible image with title and description, and no ids`, () => {
      const svg = render(c);
      const d = c.dataset();
      expect(svg).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="cm-chart" role="img" aria-label="[^"]+" viewBox="0 0 640 \d+(\.\d+)?"/,
      );
      expect(svg).toMatch(/^<svg[^>]*><title>[^<]+<\/title><desc>[^<]+<\/desc>/);
      expect(svg).toContain(`<desc>${chartSummary(d).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</desc>`);
      expect(svg).not.toMatch(/\sid="/);
      expect(svg).not.toMatch(/clip-path|url\(#/);
      expect(svg).not.toMatch(/font-variant="/);
      expect(svg).not.toMatch(/<g[^>]*\saria-[a-z]+=/);
      expect(svg).not.toMatch(/<style|class="plot/);
      // Only the viewBox sizes the root.
      expect(svg.slice(0, svg.indexOf(">"))).not.toMatch(/\s(width|height)=/);
    });

    it(`${c.name}: the same data gives the same bytes`, () => {
      const first = render(c);
      clearChartCache();
      expect(render(c)).toBe(first);
    });

    it(`${c.name}: paints are theme variables with a fallback, text follows the page`, () => {
      const svg = render(c);
      expect(svg).toContain('fill="currentColor"');
      for (const m of svg.matchAll(/(?:fill|stroke):(var\([^)]*\))/g))
        expect(m[1]).toMatch(/^var\(--cm-chart-[a-z0-9]+, #[0-9a-f]{6}\)$/);
      expect(svg).not.toMatch(/(fill|stroke)="(?!none|currentColor)[^"]*"/);
    });
  }
});

describe("vi-VN numbers", () => {
  it("writes decimals with a comma and never English grouping", () => {
    const svg = renderChart(bienGioi());
    expect(drawnText(svg)).toContain("227,642");
    expect(svg).not.toContain("227.642");
    expect(drawnText(svg)).toMatch(/467\|?\u00a0cột mốc/);
  });

  it("writes amounts with a scale word and their hedge, ticks as 'triệu'", () => {
    const text = drawnText(renderChart(dongGop()));
    expect(text).toContain("gần 125 triệu đồng");
    expect(text).toContain("gần 185 triệu đồng");
    expect(text).toMatch(/\|100 triệu\|200 triệu\|300 triệu\|/);
    expect(text).not.toMatch(/\d,\d{3}(?!\d)|\d{1,3}\.\d{3}\.\d{3}|125000000/);
  });

  it("groups thousands with a dot", () => {
    const big = hoGiaDinh(false);
    big.figures.forEach((f) => {
      if (f.value !== undefined) f.value *= 10;
    });
    const svg = renderChart(big, { kind: "bars" });
    expect(drawnText(svg)).toMatch(/\|1\.000\||\|2\.000\||\|3\.000\|/);
    expect(drawnText(svg)).not.toMatch(/\d,\d{3}\b/);
  });

  it("keeps the hedge on a card: 'hơn 240 lần'", () => {
    expect(drawnText(renderChart(thongTin()))).toContain("hơn\u00a0|240|\u00a0lần");
  });
});

describe("content", () => {
  it("ranks bars largest first", () => {
    const text = drawnText(renderChart(chiBo()));
    expect(text.indexOf("64 chi bộ")).toBeLessThan(text.indexOf("9 chi bộ"));
    expect(text.indexOf("9 chi bộ")).toBeLessThan(text.indexOf("8 chi bộ"));
    expect(text).toContain("Tổng số chi bộ thôn: 81 chi bộ");
  });

  it("emphasises the named bars", () => {
    const plain = renderChart(chiBo());
    const emph = renderChart(chiBo(), { emphasis: ["giap-bien"] });
    expect(plain).not.toContain("--cm-chart-strong");
    expect(emph.match(/--cm-chart-strong/g)).toHaveLength(1);
    expect(emph.match(/--cm-chart-soft/g)).toHaveLength(2);
  });

  it("marks derived amounts as computed", () => {
    const svg = renderChart(dongGop());
    expect(drawnText(svg)).toContain("gần 310 triệu đồng (tính)");
    expect(svg).toContain('stroke-dasharray="5,3"');
    expect(drawnText(svg)).toContain("Ngày công giúp đỡ các hộ gia đình: 316 ngày công");
  });

  it("shows that the parts do not add up to the stated total, from the data", () => {
    const svg = renderChart(hoGiaDinh());
    expect(drawnText(svg)).toContain("Tổng theo bài: 699 · cộng các nhóm: 700");
    expect(drawnText(svg)).toContain("tổng theo bài");
    expect(svg).toContain("--cm-chart-note");
    // The figures come from the data, not from the code.
    const other = hoGiaDinh();
    other.figures[0]!.value = 650;
    other.figures[0]!.text = "650 hộ";
    expect(drawnText(renderChart(other))).toContain("Tổng theo bài: 650 · cộng các nhóm: 700");
  });

  it("notes the mismatch under ranked bars too", () => {
    const text = drawnText(renderChart(hoGiaDinh(), { kind: "bars" }));
    expect(text).toContain("Tổng theo bài: 699 · cộng các nhóm: 700");
    expect(drawnText(renderChart(hoGiaDinh(false), { kind: "bars" }))).toContain("Tổng số hộ được phụ trách: 699 hộ");
  });

  it("shows no note when the dataset has none", () => {
    for (const d of [hoGiaDinh(false), chiBo()]) {
      const text = drawnText(renderChart(d, { kind: "stack" }));
      expect(text).not.toContain("Tổng theo bài");
      expect(text).not.toContain("cộng các nhóm");
    }
    expect(drawnText(renderChart(chiBo(), { kind: "stack" }))).toContain("Tổng số chi bộ thôn: 81 chi bộ");
  });

  it("lists every part of a stack with its figure", () => {
    const text = drawnText(renderChart(hoGiaDinh()));
    for (const f of hoGiaDinh().parts) {
      expect(text).toContain(f.text);
    }
    expect(text).toContain("Gia đình theo đạo Thiên chúa");
  });
});

describe("escaping", () => {
  it("writes markup in labels and titles as text", () => {
    const svg = renderChart(hostile());
    expect(svg).not.toMatch(/<script|<b>|<img/i);
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain('aria-label="Tiêu đề &lt;b&gt;đậm&lt;/b&gt; &amp; “ngoặc” &lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(svg).toContain("Hộ A &amp; B \"trích\" 'đơn'");
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });
});

describe("renderChart", () => {
  it("returns no SVG for a table", () => {
    expect(renderChart(chiBo(), { kind: "table" })).toBe("");
    expect(renderChart({ ...chiBo(), kind: "table" })).toBe("");
  });

  it("returns no SVG when nothing has a number", () => {
    const d = chiBo();
    const dates = {
      ...d,
      total: undefined,
      parts: [],
      figures: d.figures.map((f) => ({ ...f, value: undefined, date: "2019-01-09", text: "09/01/2019" })),
    };
    expect(renderChart(dates, { kind: "bars" })).toBe("");
    expect(renderChart(dates, { kind: "number" })).toContain("09/01/2019");
  });

  it("draws a chart once per dataset and options", () => {
    const d = chiBo();
    expect(renderChart(d)).toBe(renderChart(d));
    expect(renderChart(d, { emphasis: ["giap-bien"] })).not.toBe(renderChart(d));
    expect(renderChart(d, { kind: "stack" })).not.toBe(renderChart(d));
  });

  it("follows a changed figure", () => {
    const d = chiBo();
    const before = renderChart(d);
    d.parts[0]!.value = 60;
    d.parts[0]!.text = "60 chi bộ";
    expect(renderChart(d)).not.toBe(before);
  });
});

describe("chartSummary", () => {
  it("lists every value, the note and the derived figures in Vietnamese", () => {
    const s = chartSummary(hoGiaDinh());
    expect(s).toContain("Hộ có đất canh tác sản xuất sát biên giới: 208 hộ");
    expect(s).toContain("Tổng số hộ được phụ trách: 699 hộ");
    expect(s).toContain("Tổng theo bài: 699 hộ; cộng các nhóm: 700 hộ.");
    expect(chartSummary(dongGop())).toContain("Số tính khi dựng trang: Tổng giá trị hỗ trợ và quà tặng: gần 310 triệu đồng.");
    expect(chartSummary(bienGioi())).toContain("Đường biên giao cho dân: 227,642 km");
    expect(chartSummary(chiBo())).not.toContain("cộng các nhóm");
  });
});
