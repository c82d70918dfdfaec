/**
 * Social cards: 1200×630 PNGs drawn at build with a Vietnamese-capable font, their words and
 * chart (or figure) from the data model, every part inside the card and clear of the others, the
 * same bytes every time, and on disk in dist/.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { articleCard, articleChart, cardDrawings, chartCard, siteCard } from "../../src/publish/siteCards.ts";
import { sourceLine } from "../../src/publish/notes.ts";
import { articleCardPath, chartCardPath, SITE_CARD_PATH } from "../../src/lib/urls.ts";
import {
  CARD_HEIGHT,
  CARD_ROOT,
  CARD_WIDTH,
  chartCardLayout,
  socialCardParts,
  socialCardPng,
  socialCardSvg,
  TEXT_WIDTH,
  titleLines,
  type SocialCard,
} from "../../src/publish/socialCard.ts";
import { MIN_SCALE } from "../../src/publish/cardLayout.ts";
import { FONT_NAME } from "../../src/design/typography.ts";
import { FONT_FILES, rasterFontFiles, rasterize } from "../../src/publish/raster.ts";
import { articleBySlug, datasetById } from "../../src/model/lookups.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { DIST, ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
const cards: [string, SocialCard][] = [
  ...site.articles.map((a) => [a.slug, articleCard(site, a)] as [string, SocialCard]),
  ...site.datasets.map((d) => [d.id, chartCard(site, d)] as [string, SocialCard]),
  ["site", siteCard(site)],
];
const EXTREME: SocialCard = {
  kicker: "Bài viết",
  title: "Đảng ủy Bộ đội Biên phòng tỉnh: ".repeat(8),
  figure: { hedge: "khoảng", number: "123.456.789,125 tỷ", unit: "đồng mỗi hộ gia đình", label: "Một nhãn rất dài ".repeat(10) },
  footer: "Báo Lạng Sơn · ".repeat(20),
};
/** A chart card with every word too long, and the site's tallest chart. */
const EXTREME_CHART: SocialCard = {
  ...EXTREME,
  chart: { drawings: cardDrawings(datasetById(site, "ho-gia-dinh-theo-dien")), caption: "Một chú thích rất dài ".repeat(6) },
};

/** The root and paints a part is drawn with, alone. */
const partSvg = (markup: string) => `${CARD_ROOT}${markup}</svg>`;

/** Returns the ink box of an SVG (the card's text and drawing, not its paper), measured by resvg with the card's own fonts. */
function inkBox(svg: string) {
  const box = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_NAME },
  }).getBBox();
  if (!box) throw new Error("nothing drawn");
  return { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
}
type Ink = ReturnType<typeof inkBox>;
const apart = (a: Ink, b: Ink) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

function pngSize(bytes: Buffer): [number, number] {
  const png = PNG.sync.read(bytes);
  return [png.width, png.height];
}

describe("card layout", () => {
  it.each([...cards, ["extreme", EXTREME] as [string, SocialCard], ["extreme chart", EXTREME_CHART] as [string, SocialCard]])(
    "%s keeps each part inside the card and clear of the others",
    (_, card) => {
      const left = (CARD_WIDTH - TEXT_WIDTH) / 2;
      const parts = socialCardParts(card).filter(([part, markup]) => part !== "paper" && markup);
      const boxes = parts.map(([part, markup]) => [part, inkBox(partSvg(markup))] as const);
      for (const [part, box] of boxes) {
        expect(box.left, part).toBeGreaterThanOrEqual(left - 4); // a glyph's side bearing may reach a little left
        expect(box.right, part).toBeLessThanOrEqual(left + TEXT_WIDTH + 0.01);
        expect(box.top, part).toBeGreaterThan(0);
        expect(box.bottom, part).toBeLessThan(CARD_HEIGHT);
      }
      for (const [i, [a, boxA]] of boxes.entries())
        for (const [b, boxB] of boxes.slice(i + 1)) expect(apart(boxA, boxB), `${a} and ${b} overlap`).toBe(true);
    },
  );

  it.each(site.datasets.map((d) => [d.id, d] as const))("%s card shows its chart, its text at 0.9× its size or more", (_, d) => {
    const layout = chartCardLayout(chartCard(site, d));
    expect(layout).toBeDefined();
    expect(layout?.chart.scale).toBeGreaterThanOrEqual(MIN_SCALE);
  });

  it("shows the chart of a card whose words are all too long", () => {
    expect(chartCardLayout(EXTREME_CHART)?.chart.caption?.lines.at(-1)?.endsWith("…")).toBe(true);
  });

  it("cuts a title too long for three lines with an ellipsis", () => {
    const { lines } = titleLines(EXTREME.title);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith("…")).toBe(true);
  });

  it("draws Vietnamese marks with the card's font: “ộ” stands taller than “o”", () => {
    const height = (t: string) => {
      const box = inkBox(
        `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><text x="10" y="120" font-size="60">${t}</text></svg>`,
      );
      return box.bottom - box.top;
    };
    expect(height("ộ")).toBeGreaterThan(height("o") * 1.4);
    expect(height("Đ")).toBeGreaterThan(0);
  });

  it("escapes markup in the words it is given", () => {
    for (const card of [EXTREME, EXTREME_CHART]) {
      const svg = socialCardSvg({ ...card, title: `<script>alert("x")</script> & co` });
      expect(svg).not.toContain("<script>");
      expect(svg).toContain("&lt;script&gt;");
    }
  });
});

/** Returns the chart markup a card draws: the drawing's own SVG, its root placed. */
const drawnChart = (card: SocialCard) => socialCardParts(card).find(([part]) => part === "chart")?.[1] ?? "";

describe("card words and drawings come from the data model", () => {
  it.each(site.articles.map((a) => [a.slug, a] as const))(
    "%s shows its title and its most important chart, that chart's finding over it",
    (_, a) => {
      const d = articleChart(site, a);
      if (!d) throw new Error("no chart");
      const card = articleCard(site, a);
      expect(card.title).toBe(a.data.title);
      expect(card.footer).toBe(sourceLine(a));
      const layout = chartCardLayout(card);
      expect(cardDrawings(d)).toContain(layout?.chart.drawing);
      expect(layout?.chart.caption?.lines.join(" ")).toBe(d.headline);
      expect(drawnChart(card).endsWith(layout?.chart.drawing.svg.slice("<svg ".length) ?? "?")).toBe(true);
    },
  );

  it.each(site.datasets.map((d) => [d.id, d] as const))("%s card shows its finding title and the site's drawing", (_, d) => {
    const card = chartCard(site, d);
    expect(card.title).toBe(d.headline);
    expect(card.footer).toBe(sourceLine(articleBySlug(site, d.article)));
    const layout = chartCardLayout(card);
    expect(layout?.title.lines.join(" ")).toBe(d.headline);
    expect(cardDrawings(d)).toContain(layout?.chart.drawing);
    expect(drawnChart(card).endsWith(layout?.chart.drawing.svg.slice("<svg ".length) ?? "?")).toBe(true);
  });
});

describe("card PNGs", () => {
  it("are 1200×630 and the same bytes every time", async () => {
    const [, card] = cards[0] ?? ["", EXTREME];
    const a = await socialCardPng(card);
    expect(pngSize(a)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    // Drawn again without the build cache, which would hand back the first bytes.
    const svg = socialCardSvg(card);
    expect(rasterize(svg, CARD_WIDTH, "#ffffff", await rasterFontFiles(svg)).equals(a)).toBe(true);
  });

  it("are in dist/ for every article, every chart and the site, as the build drew them", async () => {
    const expected: [string, SocialCard][] = [
      ...site.articles.map((a) => [articleCardPath(a.slug), articleCard(site, a)] as [string, SocialCard]),
      ...site.datasets.map((d) => [chartCardPath(d.id), chartCard(site, d)] as [string, SocialCard]),
      [SITE_CARD_PATH, siteCard(site)],
    ];
    for (const [path, card] of expected) {
      const file = join(DIST, path);
      expect(existsSync(file), path).toBe(true);
      const bytes = readFileSync(file);
      expect(pngSize(bytes), path).toEqual([CARD_WIDTH, CARD_HEIGHT]);
      expect(bytes.equals(await socialCardPng(card)), `${path} differs from a fresh drawing`).toBe(true);
    }
  });
});
