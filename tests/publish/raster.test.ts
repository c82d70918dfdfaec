/**
 * PNGs: drawn with the smallest subset of Noto Sans an SVG's characters allow (Vietnamese, then a
 * broad Latin one), and then byte for byte what the full fonts draw; with the full fonts otherwise. The chart inside a standalone SVG is not
 * clipped (resvg draws a clipped nested <svg> on a page-sized layer), and drops nothing by it.
 */
import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { articleCard, chartCard, siteCard } from "../../src/publish/siteCards.ts";
import { CARD_WIDTH, socialCardSvg } from "../../src/publish/socialCard.ts";
import { chartLinks } from "../../src/publish/links.ts";
import { PNG_WIDTH } from "../../src/publish/imageSize.ts";
import { standaloneSvg } from "../../src/publish/standalone.ts";
import {
  coveredBySubset,
  coveredByVietnamese,
  FONT_FILES,
  rasterFontFiles,
  rasterize,
  resolveCssVars,
} from "../../src/publish/raster.ts";
import { articleBySlug } from "../../src/model/lookups.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { FONT_NAME } from "../../src/design/typography.ts";
import { ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
const charts = site.datasets.map(
  (d) => [d.id, standaloneSvg(d, articleBySlug(site, d.article), chartLinks(d)).svg, PNG_WIDTH] as const,
);
const cards = [
  ...site.articles.map((a) => [`card ${a.slug}`, socialCardSvg(articleCard(site, a)), CARD_WIDTH] as const),
  ...site.datasets.map((d) => [`card ${d.id}`, socialCardSvg(chartCard(site, d)), CARD_WIDTH] as const),
  ["card site", socialCardSvg(siteCard(site)), CARD_WIDTH] as const,
];

describe("subset fonts", () => {
  it("cover Vietnamese, its punctuation and the symbols a figure uses, and nothing else is assumed", () => {
    const vietnamese = "Đảng ủy Bộ đội Biên phòng tỉnh Lạng Sơn: ĂÂÊÔƠƯĐ ăâêôơưđ àáảãạ ằắẳẵặ ầấẩẫậ ềếểễệ ỳýỷỹỵ";
    expect(coveredBySubset(vietnamese)).toBe(true);
    expect(coveredBySubset(vietnamese.normalize("NFD"))).toBe(true);
    expect(coveredBySubset("“khoảng” 1.234,5 – 79% · 12 km² ≈ 3 × 4 ₫ … № ½ → −5 ≤ 6")).toBe(true);
    for (const other of ["Δ", "α", "Ж", "中", "😀", "\u0e01"]) expect(coveredBySubset(`Số ${other}`), other).toBe(false);
    // The narrow subset: Vietnamese and a figure's symbols, not the rest of Latin.
    expect(coveredByVietnamese(vietnamese)).toBe(true);
    expect(coveredByVietnamese(vietnamese.normalize("NFD"))).toBe(true);
    expect(coveredByVietnamese("“khoảng” 1.234,5 – 79% · 12 km² ≈ 3 × 4 ₫ … ½ → −5 ≤ 6 ‰ €")).toBe(true);
    for (const other of ["№", "ł", "ș", "ǎ", "™", "Δ"]) expect(coveredByVietnamese(`Số ${other}`), other).toBe(false);
  });

  it.each([...charts, ...cards])("%s: the subset draws the same PNG bytes as the full fonts", async (_, svg, width) => {
    const files = await rasterFontFiles(svg);
    expect(files).not.toEqual(FONT_FILES);
    expect(rasterize(svg, width, "#ffffff", files).equals(rasterize(svg, width, "#ffffff", FONT_FILES))).toBe(true);
  });

  const textSvg = (text: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="40" font-size="32">${text}</text></svg>`;
  const png = (text: string, files: string[]) => rasterize(textSvg(text), 200, "#ffffff", files);

  it("are not used for a character they lack: the full fonts draw it", async () => {
    expect(await rasterFontFiles(textSvg("Số Δ"))).toEqual(FONT_FILES);
    const subset = await rasterFontFiles(textSvg("Số №"));
    // The subset really lacks Δ (its PNG differs from the full fonts'), so falling back matters.
    expect(png("Số Δ", subset).equals(png("Số Δ", FONT_FILES))).toBe(false);
  });

  it("the broad subset draws what the Vietnamese one lacks, the same as the full fonts", async () => {
    const narrow = await rasterFontFiles(textSvg("Số"));
    const broad = await rasterFontFiles(textSvg("Số №"));
    expect(narrow).not.toEqual(broad);
    expect(broad).not.toEqual(FONT_FILES);
    expect(png("Số №", broad).equals(png("Số №", FONT_FILES))).toBe(true);
    // The narrow subset really lacks № (its PNG differs), so falling back to the broad one matters.
    expect(png("Số №", narrow).equals(png("Số №", FONT_FILES))).toBe(false);
  });
});

describe("the chart in a standalone SVG", () => {
  it.each(charts)("%s: drawing it unclipped loses and adds nothing", (_, svg) => {
    expect(svg).toMatch(/<svg [^>]*overflow="visible"[^>]*class="cm-chart"/);
    const clipped = PNG.sync.read(rasterize(svg.replace(' overflow="visible"', ""), PNG_WIDTH, "#ffffff"));
    const unclipped = PNG.sync.read(rasterize(svg, PNG_WIDTH, "#ffffff"));
    // Only anti-aliasing differs (a layer composited or not): no pixel moves by more than 16/255.
    let worst = 0;
    for (let i = 0; i < clipped.data.length; i++)
      worst = Math.max(worst, Math.abs((clipped.data[i] ?? 0) - (unclipped.data[i] ?? 0)));
    expect(worst).toBeLessThanOrEqual(16);
  });
});

describe("the PNG encoder", () => {
  it.each([...charts, ...cards])(
    "%s: writes resvg's pixels exactly, with a palette, smaller, the same bytes every time",
    (_, svg, width) => {
      const background = width === CARD_WIDTH ? "#15181c" : "#ffffff";
      const own = new Resvg(resolveCssVars(svg), {
        fitTo: { mode: "width", value: width },
        background,
        font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_NAME },
      })
        .render()
        .asPng();
      const ours = rasterize(svg, width, background);
      const [a, b] = [PNG.sync.read(own), PNG.sync.read(ours)];
      expect([b.width, b.height]).toEqual([a.width, a.height]);
      expect(b.data.equals(a.data)).toBe(true);
      // A chart's inks and their anti-aliased edges stay within 256 colours: one byte a pixel (pngEncode.ts).
      expect(ours[25], "colour type").toBe(3);
      expect(ours.length).toBeLessThan(own.length);
      expect(rasterize(svg, width, background).equals(ours)).toBe(true);
    },
  );

  it("refuses a background that is not an opaque colour (premultiplied pixels would be written as they are)", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="10" height="10" fill="#c00" fill-opacity="0.5"/></svg>`;
    for (const background of ["transparent", "#ffffff80", "rgba(0,0,0,0.5)"])
      expect(() => rasterize(svg, 20, background), background).toThrow(/màu đục #rrggbb/);
    expect(PNG.sync.read(rasterize(svg, 20, "#FFFFFF")).data[3]).toBe(255);
  });
});

describe("resolveCssVars", () => {
  it("replaces each CSS variable by its fallback, nested ones too, and one without a fallback by currentColor", () => {
    expect(resolveCssVars('<rect style="fill:var(--cm-chart-1, #1f5f8b)"/>')).toBe('<rect style="fill:#1f5f8b"/>');
    expect(resolveCssVars("stroke:var(--a, var(--b, #000))")).toBe("stroke:#000");
    expect(resolveCssVars("fill:var(--a)")).toBe("fill:currentColor");
    expect(resolveCssVars("<svg/>")).toBe("<svg/>");
  });
});
