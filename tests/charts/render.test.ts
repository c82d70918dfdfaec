import { describe, expect, it } from "vitest";
import { chartSummary, clearChartCache, renderChart } from "../../src/charts/index.ts";
import {
  bienGioi,
  CASES,
  chiBo,
  doiCanSource,
  dongGop,
  fixture,
  hoGiaDinh,
  hostile,
  keHoachSource,
  thongTin,
} from "./fixtures.ts";
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
    const bars = drawnText(renderChart(dongGop(), { kind: "compare" }));
    expect(bars).toMatch(/\|100 triệu\|200 triệu\|300 triệu\|/);
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
    const text = drawnText(renderChart(chiBo(), { kind: "bars" }));
    expect(text.indexOf("64 chi bộ")).toBeLessThan(text.indexOf("9 chi bộ"));
    expect(text.indexOf("9 chi bộ")).toBeLessThan(text.indexOf("8 chi bộ"));
    expect(text).toContain("Tổng số chi bộ thôn: 81 chi bộ");
  });

  it("emphasises the named bars", () => {
    const plain = renderChart(chiBo(), { kind: "bars" });
    const emph = renderChart(chiBo(), { kind: "bars", emphasis: ["giap-bien"] });
    expect(plain).not.toContain("--cm-chart-strong");
    expect(emph.match(/--cm-chart-strong/g)).toHaveLength(1);
    expect(emph.match(/--cm-chart-soft/g)).toHaveLength(2);
  });

  it("marks derived amounts as computed", () => {
    const svg = renderChart(dongGop(), { kind: "compare" });
    expect(drawnText(svg)).toContain("gần 310 triệu đồng (tính)");
    expect(svg).toContain('stroke-dasharray="5,3"');
    expect(drawnText(svg)).toContain("Ngày công giúp đỡ các hộ gia đình: 316 ngày công");
  });

  it("draws a sum as one bar split into its amounts, the sum labelled above it, never beside them", () => {
    const svg = renderChart(dongGop());
    const text = drawnText(svg);
    expect(text).toContain("Tổng giá trị hỗ trợ và quà tặng: gần 310 triệu đồng (tính)");
    expect(text).toContain("Ngoài ra: 316 ngày công");
    // Two segments, one per amount: the sum is a label, not a third bar.
    expect(svg.match(/<rect[^>]*data-key="(ho-tro-vat-chat|tham-hoi-tang-qua)"/g)).toHaveLength(2);
    expect(svg).not.toMatch(/<rect[^>]*data-key="tong-gia-tri"/);
  });

  it("draws groups that may overlap as bars against the stated total, never as a stack", () => {
    const svg = renderChart(hoGiaDinh());
    const text = drawnText(svg);
    expect(text).toContain("Tổng theo bài: 699 · cộng các nhóm: 700");
    expect(text).toContain("Các nhóm có thể trùng nhau");
    // Every group is a visible, labelled bar, the 1-household one too.
    for (const f of hoGiaDinh().parts) expect(text).toContain(f.text);
    expect(svg.match(/<rect[^>]*data-key="/g)).toHaveLength(5);
  });

  it("marks a target as a target", () => {
    const svg = renderChart(fixture(keHoachSource()));
    const text = drawnText(svg);
    expect(text).toContain("MỤC TIÊU");
    expect(text).toContain("|100%|");
    // The finding title takes the percent sign with the number.
    expect(svg).toContain("<title>Mục tiêu: đảng viên biên phòng sinh hoạt ở 100% chi bộ thôn</title>");
  });

  it("writes the span of the other figures as the fact box's heading, not as a figure", () => {
    const svg = renderChart(fixture(doiCanSource()));
    expect(drawnText(svg)).toContain("Thời gian thực hiện: 6 tháng");
    expect(svg).not.toMatch(/font-size="28"[^>]*>6</);
  });

  it("shows that the parts do not add up to the stated total, from the data", () => {
    const svg = renderChart(hoGiaDinh());
    expect(drawnText(svg)).toContain("Tổng theo bài: 699 · cộng các nhóm: 700");
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

  it("lists every part of a partition with its figure and share", () => {
    const text = drawnText(renderChart(chiBo()));
    for (const f of chiBo().parts) expect(text).toContain(f.text);
    expect(text).toContain("64 chi bộ (79%)");
    expect(text).toContain("Chi bộ thôn phức tạp về an ninh trật tự");
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
    expect(renderChart(d, { kind: "bars", emphasis: ["giap-bien"] })).not.toBe(renderChart(d, { kind: "bars" }));
    expect(renderChart(d, { kind: "bars" })).not.toBe(renderChart(d));
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
