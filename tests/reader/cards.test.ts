/**
 * Social cards: 1200×630 PNGs drawn at build with a Vietnamese-capable font, their words and
 * figure from the data model, text inside the card, the same bytes every time, and on disk in dist/.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { articleCard, chartCard, headlineFigure, siteCard } from "../../src/publish/siteCards.ts";
import { articleCardPath, chartCardPath, SITE_CARD_PATH } from "../../src/lib/urls.ts";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  socialCardPng,
  socialCardSvg,
  TEXT_WIDTH,
  titleLines,
  type SocialCard,
} from "../../src/publish/socialCard.ts";
import { FONT_NAME } from "../../src/design/typography.ts";
import { FONT_FILES, rasterFontFiles, rasterize } from "../../src/publish/raster.ts";
import { figureById } from "../../src/model/lookups.ts";
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

/** Returns the ink box of the card's text alone, measured by resvg with the card's own fonts. */
function textBox(svg: string) {
  const textOnly = svg.replace(/<rect[^>]*\/>/g, "");
  const box = new Resvg(textOnly, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_NAME },
  }).getBBox();
  if (!box) throw new Error("no text drawn");
  return { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
}

function pngSize(bytes: Buffer): [number, number] {
  const png = PNG.sync.read(bytes);
  return [png.width, png.height];
}

describe("card layout", () => {
  it.each([...cards, ["extreme", EXTREME] as [string, SocialCard]])("%s keeps its text inside the card", (_, card) => {
    const box = textBox(socialCardSvg(card));
    const left = (CARD_WIDTH - TEXT_WIDTH) / 2;
    expect(box.left).toBeGreaterThanOrEqual(left - 4); // a glyph's side bearing may reach a little left
    expect(box.right).toBeLessThanOrEqual(left + TEXT_WIDTH);
    expect(box.top).toBeGreaterThan(0);
    expect(box.bottom).toBeLessThan(CARD_HEIGHT);
  });

  it("cuts a title too long for three lines with an ellipsis", () => {
    const { lines } = titleLines(EXTREME.title);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith("…")).toBe(true);
  });

  it("draws Vietnamese marks with the card's font: “ộ” stands taller than “o”", () => {
    const height = (t: string) => {
      const box = textBox(
        `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><text x="10" y="120" font-size="60">${t}</text></svg>`,
      );
      return box.bottom - box.top;
    };
    expect(height("ộ")).toBeGreaterThan(height("o") * 1.4);
    expect(height("Đ")).toBeGreaterThan(0);
  });

  it("escapes markup in the words it is given", () => {
    const svg = socialCardSvg({ ...EXTREME, title: `<script>alert("x")</script> & co` });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
  });
});

describe("card words come from the data model", () => {
  it.each(site.articles.map((a) => [a.slug, a] as const))("%s shows the first headline figure its editor chose", (slug, a) => {
    expect(a.data.headline.length).toBeGreaterThan(0);
    const chosen = figureById(site, a.data.headline[0] ?? "");
    expect(headlineFigure(site, slug)).toBe(chosen);
    const card = articleCard(site, a);
    expect(card.title).toBe(a.data.title);
    expect([card.figure?.hedge, card.figure?.number, card.figure?.unit].filter(Boolean).join(" ")).toBe(chosen.text);
    expect(card.figure?.label).toBe(chosen.label);
    expect(socialCardSvg(card)).toContain(`>${card.figure?.number}<`);
  });

  it.each(site.datasets.map((d) => [d.id, d] as const))("%s card shows its title and lead figure", (_, d) => {
    const card = chartCard(site, d);
    const lead = d.total ?? d.figures[0];
    expect(card.title).toBe(d.title);
    expect([card.figure?.hedge, card.figure?.number, card.figure?.unit].filter(Boolean).join(" ")).toBe(lead?.text);
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
