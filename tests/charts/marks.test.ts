/**
 * Where the marks lie (src/charts/marks.ts), read from the real site's charts at both widths and
 * from small hand-written drawings whose boxes are known.
 */
import { describe, expect, it } from "vitest";
import { renderChartSvgs } from "../../src/charts/index.ts";
import { chartMarks, markStyle, MIN_TARGET, opensUp, type MarkBox } from "../../src/charts/marks.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
const drawings = site.datasets.flatMap((d) => {
  const { wide, narrow } = renderChartSvgs(d);
  return [
    { name: `${d.id} (wide)`, dataset: d, chart: wide },
    { name: `${d.id} (narrow)`, dataset: d, chart: narrow },
  ].filter((x) => x.chart.svg);
});

/** Wraps drawing markup in the root the site's charts have. */
const svg = (inner: string, width = 640, height = 200) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="cm-chart" role="img" aria-label="t" viewBox="0 0 ${width} ${height}" font-size="15"><title>t</title><desc>d</desc>${inner}</svg>`;

const overlap = (a: MarkBox, b: MarkBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("the site's charts", () => {
  it("are drawn, both widths", () => {
    expect(drawings.length).toBeGreaterThanOrEqual(2 * site.datasets.filter((d) => d.kind !== "table").length);
  });

  for (const { name, dataset, chart } of drawings) {
    describe(name, () => {
      const { marks, width, height } = chartMarks(chart.svg);

      it("has one mark per keyed figure, in the order the drawing gives them", () => {
        const keys = [...new Set([...chart.svg.matchAll(/data-key="([^"]*)"/g)].map((m) => m[1]))];
        expect(keys.length).toBeGreaterThan(0);
        expect(marks.map((m) => m.key)).toEqual(keys);
        expect([width, height]).toEqual([chart.width, chart.height]);
      });

      it("names figures of its dataset, each with its source words or how it was computed", () => {
        const figures = new Map([...dataset.figures, ...dataset.derived].map((f) => [f.key, f]));
        for (const m of marks) {
          const f = figures.get(m.key);
          expect(f, m.key).toBeDefined();
          expect(f?.quote ?? f?.derived, m.key).toBeTruthy();
        }
      });

      it(`places each mark inside the drawing, at least ${MIN_TARGET} units each way, none over another`, () => {
        for (const m of marks) {
          expect(m.x, m.key).toBeGreaterThanOrEqual(0);
          expect(m.y, m.key).toBeGreaterThanOrEqual(0);
          expect(m.x + m.width, m.key).toBeLessThanOrEqual(width + 1e-9);
          expect(m.y + m.height, m.key).toBeLessThanOrEqual(height + 1e-9);
          expect(Math.min(m.width, m.height), m.key).toBeGreaterThanOrEqual(MIN_TARGET - 1e-9);
        }
        for (const [i, a] of marks.entries())
          for (const b of marks.slice(i + 1)) expect(overlap(a, b), `${a.key} / ${b.key}`).toBe(false);
      });

      it("puts a bar or segment's mark on its rect", () => {
        for (const m of chart.svg.matchAll(/<rect ([^>]*)data-key="([^"]*)"/g)) {
          const attr = (n: string) => Number(new RegExp(`\\b${n}="([^"]*)"`).exec(m[1] ?? "")?.[1]);
          const mark = marks.find((k) => k.key === m[2]);
          const [x, y, w, h] = [attr("x"), attr("y"), attr("width"), attr("height")];
          // The rect lies inside its mark; a mark larger than the rect is only as large as a target must be.
          expect(mark!.x, m[2]).toBeLessThanOrEqual(x);
          expect(mark!.x + mark!.width, m[2]).toBeGreaterThanOrEqual(x + w - 1e-9);
          expect(mark!.y, m[2]).toBeLessThanOrEqual(y);
          expect(mark!.y + mark!.height, m[2]).toBeGreaterThanOrEqual(y + h - 1e-9);
          if (w >= MIN_TARGET) expect(mark!.width, m[2]).toBeCloseTo(w, 6);
          if (h >= MIN_TARGET) expect(mark!.height, m[2]).toBeCloseTo(h, 6);
        }
      });

      it("covers a fact's rule, number and words: its row, top to bottom", () => {
        const groups = [...chart.svg.matchAll(/<g data-key="([^"]*)">(.*?)<\/g>/g)];
        if (chart.svg.includes("<rect ") && /<rect [^>]*data-key/.test(chart.svg)) return; // a bar chart's legend rows
        let last = -Infinity;
        for (const g of groups) {
          const mark = marks.find((k) => k.key === g[1])!;
          expect(mark.y, g[1]).toBeGreaterThan(last);
          last = mark.y;
          const rule = /<line [^>]*y1="([^"]*)"/.exec(g[2] ?? "");
          if (rule) expect(mark.y, g[1]).toBeCloseTo(Number(rule[1]), 6);
          // The big number's baseline lies inside the row.
          const number = /<text [^>]*y="([^"]*)" font-size="28"/.exec(g[2] ?? "");
          if (number) expect(mark.y + mark.height, g[1]).toBeGreaterThan(Number(number[1]));
        }
      });
    });
  }
});

describe("chartMarks", () => {
  it("follows nested translate and scale transforms", () => {
    const c = chartMarks(
      svg(
        `<g transform="translate(10,20)"><g transform="scale(2)"><rect x="1" y="2" width="30" height="40" data-key="a"/></g></g>`,
      ),
    );
    expect(c.marks).toEqual([{ key: "a", x: 12, y: 24, width: 60, height: 80 }]);
  });

  it("reads a translate with one number as a move along x", () => {
    const c = chartMarks(svg(`<g transform="translate(5)"><rect x="0" y="10" width="100" height="30" data-key="a"/></g>`));
    expect(c.marks[0]).toMatchObject({ x: 5, y: 10 });
  });

  it("grows a thin bar to a target about its middle and keeps it inside the drawing", () => {
    const c = chartMarks(
      svg(`<rect x="0" y="50" width="0.5" height="22" data-key="a"/><rect x="300" y="190" width="2" height="10" data-key="b"/>`),
    );
    expect(c.marks).toEqual([
      { key: "a", x: 0, y: 49, width: MIN_TARGET, height: MIN_TARGET },
      { key: "b", x: 289, y: 200 - MIN_TARGET, width: MIN_TARGET, height: MIN_TARGET },
    ]);
  });

  it("keeps one mark per key, the drawn rect before a legend row, in the order keys first appear", () => {
    const c = chartMarks(
      svg(
        `<g><rect x="0" y="0" width="100" height="40" data-key="b"/><rect x="100" y="0" width="100" height="40" data-key="a"/></g>` +
          `<g data-key="b"><rect x="0" y="100" width="14" height="14"/></g><g data-key="a"><rect x="0" y="150" width="14" height="14"/></g>`,
      ),
    );
    expect(c.marks.map((m) => [m.key, m.x, m.y])).toEqual([
      ["b", 0, 0],
      ["a", 100, 0],
    ]);
  });

  it("spans a fact from its rule to its last line of text, to the drawing's edge", () => {
    const c = chartMarks(
      svg(
        `<g data-key="f"><line x1="0" x2="600" y1="20" y2="20"/>` +
          `<text x="0" y="60" font-size="20">7<tspan font-size="10"> hộ</tspan></text>` +
          `<text x="100" y="70"><tspan x="100" dy="1em">a</tspan><tspan x="100" dy="2em">b</tspan></text></g>`,
      ),
    );
    // Last line: baseline 70 + 15 + 30 = 115, in a 15-unit font; lines reach the right edge (640).
    const m = c.marks[0]!;
    expect([m.x, m.y, m.width]).toEqual([0, 20, 640]);
    expect(m.y + m.height).toBeCloseTo(115 + 0.3 * 15, 6);
  });

  it("sizes a line of text by its text's font when a tspan starts it (“hơn <tspan>240”)", () => {
    const c = chartMarks(
      svg(`<g data-key="f"><text x="0" y="100" font-size="28"><tspan font-size="17">hơn </tspan>240</text></g>`),
    );
    expect(c.marks[0]!.y).toBeCloseTo(100 - 0.95 * 28, 6);
  });

  it("refuses a transform it cannot follow, naming it", () => {
    expect(() => chartMarks(svg(`<g transform="rotate(90)"><rect width="5" height="5" data-key="a"/></g>`))).toThrow(
      /rotate\(90\)/,
    );
  });

  it("finds nothing in an empty drawing", () => {
    expect(chartMarks("")).toEqual({ width: 0, height: 0, marks: [] });
    expect(chartMarks(svg(`<rect x="0" y="0" width="10" height="10"/>`)).marks).toEqual([]);
  });
});

describe("markStyle and opensUp", () => {
  const chart = { width: 640, height: 200 };
  it("gives the mark's place as shares of the drawing", () => {
    expect(markStyle({ key: "a", x: 160, y: 50, width: 320, height: 25 }, chart)).toBe("--x:0.25;--y:0.25;--w:0.5;--h:0.125");
    expect(markStyle({ key: "a", x: 2, y: 0, width: 502.1, height: 200 }, chart)).toBe("--x:0.003125;--y:0;--w:0.784531;--h:1");
  });
  it("opens the tooltip above a mark in the drawing's lower half only", () => {
    expect(opensUp({ key: "a", x: 0, y: 10, width: 10, height: 80 }, chart)).toBe(false);
    expect(opensUp({ key: "a", x: 0, y: 90, width: 10, height: 30 }, chart)).toBe(true);
  });
});
