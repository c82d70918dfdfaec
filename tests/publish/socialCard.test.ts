/** src/publish/socialCard.ts and cardLayout.ts: the 1200×630 link-preview image, as SVG: words and a chart (or one figure) that always fit. */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { DrawnChart } from "../../src/charts/index.ts";
import { measureText } from "../../src/design/textMetrics.ts";
import { CONTENT, MAX_SCALE, MIN_SCALE, type Box } from "../../src/publish/cardLayout.ts";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  chartCardLayout,
  socialCardParts,
  socialCardSvg,
  TEXT_WIDTH,
  titleLines,
  type SocialCard,
} from "../../src/publish/socialCard.ts";

const card: SocialCard = {
  kicker: "Biểu đồ",
  title: "Đội Cấn giữ đường biên",
  figure: { hedge: "gần", number: "125 triệu", unit: "đồng", label: "Hỗ trợ vật chất" },
  footer: "Báo Lạng Sơn · 05/02/2020",
};
const parse = (svg: string) => new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;

/** A drawing `width` × `height` units, as the chart modules finish one (an `<svg ` root with a viewBox). */
function drawing(width: number, height: number, label = "nhãn"): DrawnChart {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" fill="currentColor" font-size="15"><rect width="${width}" height="${height}" fill="#1f5f8b"/><text x="4" y="16">${label}</text></svg>`;
  return { svg, width, height };
}
const NOTHING: DrawnChart = { svg: "", width: 0, height: 0 };

const LONG_TITLE = "322 trong 699 hộ do đảng viên biên phòng phụ trách là gia đình chính sách, khó khăn, neo đơn";
/** Drawings of the shapes the site has (wide and narrow), and some it does not yet. */
const SHAPES: [string, DrawnChart[]][] = [
  ["a split bar", [drawing(640, 268), drawing(320, 268)]],
  ["a tall bar chart", [drawing(640, 476), drawing(320, 560)]],
  ["a one-line fact box", [drawing(640, 121), drawing(320, 176)]],
  ["a list, wide only", [drawing(640, 144)]],
  ["a chart taller than the card", [drawing(640, 1400), drawing(320, 1800)]],
  ["a very wide strip", [drawing(3000, 60)]],
];

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;
const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe("titleLines", () => {
  it("keeps a short title at the design size", () => {
    expect(titleLines("Đội Cấn")).toEqual({ lines: ["Đội Cấn"], size: 50 });
  });

  it("makes a long title smaller to keep it to three lines, each within the text column", () => {
    const title = "Đảng ủy Bộ đội Biên phòng tỉnh: Kết quả bước đầu phân công đảng viên sinh hoạt tại các chi bộ thôn biên giới";
    const { lines, size } = titleLines(title);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(size).toBeLessThanOrEqual(50);
    expect(size).toBeGreaterThanOrEqual(38);
    expect(lines.join(" ")).toBe(title);
    for (const l of lines) expect(measureText(l, size, true)).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it("cuts a title too long for three lines, ending it with an ellipsis", () => {
    const { lines, size } = titleLines(Array.from({ length: 40 }, (_, i) => `từ${i}`).join(" "));
    expect(size).toBe(38);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith("…")).toBe(true);
    for (const l of lines) expect(measureText(l, size, true)).toBeLessThanOrEqual(TEXT_WIDTH);
  });
});

describe("a card without a chart", () => {
  it("is a 1200×630 SVG with the site's name, the kicker, the title, the figure and the footer", () => {
    const doc = parse(socialCardSvg(card));
    expect(doc.querySelector("parsererror")).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual([String(CARD_WIDTH), String(CARD_HEIGHT)]);
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    const texts = [...root.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual(["Cột Mốc", "Biểu đồ", card.title, "gần 125 triệu đồng", "Hỗ trợ vật chất", card.footer]);
    expect(root.querySelector("svg")).toBeNull();
  });

  it("draws no figure when the card has none", () => {
    const texts = [...parse(socialCardSvg({ ...card, figure: undefined })).querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual(["Cột Mốc", "Biểu đồ", card.title, card.footer]);
  });

  it("is what a card shows whose chart has no drawing", () => {
    for (const drawings of [[], [NOTHING]]) {
      const withNothing = { ...card, chart: { drawings } };
      expect(chartCardLayout(withNothing)).toBeUndefined();
      expect(socialCardSvg(withNothing)).toBe(socialCardSvg(card));
    }
  });

  it("writes markup in its words as text", () => {
    const doc = parse(socialCardSvg({ ...card, title: "<script>alert(1)</script> & “x”", footer: "<b>Báo</b>" }));
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelectorAll("script, b")).toHaveLength(0);
    expect(doc.documentElement.textContent).toContain("<script>alert(1)</script> & “x”");
  });

  it("is the same for the same card", () => {
    expect(socialCardSvg(card)).toBe(socialCardSvg({ ...card }));
  });
});

describe("a card with a chart", () => {
  it.each(SHAPES)("%s: title and chart lie inside the content area, apart, the drawing at its own proportions", (_, drawings) => {
    for (const title of [card.title, LONG_TITLE]) {
      const layout = chartCardLayout({ ...card, title, chart: { drawings } });
      if (!layout) throw new Error("no layout");
      const { chart } = layout;
      expect(drawings).toContain(chart.drawing);
      expect(inside(layout.title.box, CONTENT)).toBe(true);
      expect(inside(chart.box, CONTENT)).toBe(true);
      expect(apart(layout.title.box, chart.box)).toBe(true);
      expect(chart.box.width / chart.box.height).toBeCloseTo(chart.drawing.width / chart.drawing.height, 6);
      expect(chart.box.width).toBeCloseTo(chart.drawing.width * chart.scale, 6);
      expect(chart.scale).toBeLessThanOrEqual(MAX_SCALE);
      expect(layout.title.lines.join(" ")).toBe(title);
      for (const l of layout.title.lines)
        expect(measureText(l, layout.title.size, true)).toBeLessThanOrEqual(layout.title.box.width);
      expect(layout.title.lines.length * layout.title.lineHeight).toBeLessThanOrEqual(layout.title.box.height);
    }
  });

  it("keeps the chart's text at 0.9× its size or more for drawings of the site's shapes", () => {
    // The last two cannot be: taller than the card, or wider than 0.9 × their width.
    for (const [name, drawings] of SHAPES.slice(0, 4)) {
      const layout = chartCardLayout({ ...card, title: LONG_TITLE, chart: { drawings } });
      expect(layout?.chart.scale, name).toBeGreaterThanOrEqual(MIN_SCALE);
    }
  });

  it("takes the drawing the card shows largest: the narrow one beside the title, the wide one for a chart too tall for that", () => {
    const [wide, narrow] = SHAPES[0]?.[1] ?? [];
    expect(chartCardLayout({ ...card, chart: { drawings: [wide ?? NOTHING, narrow ?? NOTHING] } })?.chart.drawing).toBe(narrow);
    const [tallWide, tallNarrow] = SHAPES[1]?.[1] ?? [];
    const tall = chartCardLayout({
      ...card,
      title: LONG_TITLE,
      chart: { drawings: [tallWide ?? NOTHING, tallNarrow ?? NOTHING] },
    });
    expect(tall?.chart.drawing).toBe(tallWide);
    expect(tall?.arrangement).toBe("beside");
  });

  it("puts a caption over the drawing, within the chart's column and clear of the title", () => {
    const caption = "64 trong 81 chi bộ thôn có đảng viên biên phòng sinh hoạt là chi bộ thôn giáp biên";
    for (const [, drawings] of SHAPES) {
      const layout = chartCardLayout({ ...card, title: LONG_TITLE, chart: { drawings, caption } });
      const block = layout?.chart.caption;
      if (!layout || !block) throw new Error("no caption");
      expect(block.lines.join(" ")).toBe(caption);
      expect(inside(block.box, CONTENT)).toBe(true);
      expect(block.box.y + block.box.height).toBeLessThanOrEqual(layout.chart.box.y);
      expect(block.box.x).toBeCloseTo(layout.chart.box.x, 6);
      for (const l of block.lines) expect(measureText(l, block.size, true)).toBeLessThanOrEqual(block.box.width);
      expect(apart(block.box, layout.title.box)).toBe(true);
    }
  });

  it("draws the drawing itself, placed at its box, between the title and the footer", () => {
    const drawings = [drawing(640, 268, "Chi bộ thôn giáp biên"), drawing(320, 268, "Chi bộ thôn giáp biên")];
    const withChart = { ...card, chart: { drawings } };
    const layout = chartCardLayout(withChart);
    const doc = parse(socialCardSvg(withChart));
    expect(doc.querySelector("parsererror")).toBeNull();
    const nested = doc.documentElement.querySelector("svg");
    const box = layout?.chart.box;
    if (!nested || !box) throw new Error("no chart");
    const attr = (n: string) => Number(nested.getAttribute(n));
    expect([attr("x"), attr("y"), attr("width"), attr("height")]).toEqual(
      [box.x, box.y, box.width, box.height].map((v) => Math.round(v * 100) / 100),
    );
    expect(nested.getAttribute("viewBox")).toBe(`0 0 ${layout?.chart.drawing.width} ${layout?.chart.drawing.height}`);
    expect(nested.textContent).toBe("Chi bộ thôn giáp biên");
    expect(socialCardParts(withChart).map(([part]) => part)).toEqual(["paper", "brand", "title", "caption", "chart", "footer"]);
    // A card with a chart shows the chart, not the figure.
    expect(doc.documentElement.textContent).not.toContain("125 triệu");
  });

  it("cuts a title and a caption too long for the card with an ellipsis, and still shows the chart", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `từ${i}`).join(" ");
    const layout = chartCardLayout({ ...card, title: words(200), chart: { drawings: [drawing(640, 268)], caption: words(60) } });
    if (!layout?.chart.caption) throw new Error("no layout");
    expect(layout.title.lines.at(-1)?.endsWith("…")).toBe(true);
    expect(layout.chart.caption.lines).toHaveLength(3);
    expect(layout.chart.caption.lines[2]?.endsWith("…")).toBe(true);
    expect(inside(layout.title.box, CONTENT) && inside(layout.chart.box, CONTENT)).toBe(true);
    expect(apart(layout.title.box, layout.chart.caption.box)).toBe(true);
    expect(layout.chart.caption.box.y + layout.chart.caption.box.height).toBeLessThanOrEqual(layout.chart.box.y);
  });

  it("is the same for the same card and drawings", () => {
    const a = { ...card, chart: { drawings: [drawing(640, 476), drawing(320, 560)], caption: "Chú thích" } };
    const b = { ...card, chart: { drawings: [drawing(640, 476), drawing(320, 560)], caption: "Chú thích" } };
    expect(socialCardSvg(a)).toBe(socialCardSvg(b));
  });
});
