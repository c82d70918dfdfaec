/**
 * Social cards: the 1200×630 image a link preview shows (Open Graph, Twitter). A pure function from
 * words and one figure to SVG, rasterized at build with the Noto Sans TTF files of raster.ts,
 * so the same input gives the same PNG bytes. Text is wrapped with the charts' width estimate, which
 * errs on the wide side.
 */
import { measureText, wrapText } from "../design/textMetrics.ts";
import { SITE } from "../design/palette.ts";
import { FONT_NAME } from "../design/typography.ts";
import { svgToPng, svgToPngFile } from "./raster.ts";
import { escapeXml } from "../lib/text.ts";

/** Open Graph's recommended size. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const PAD_X = 88;
/** Width of the text column: every line of a card fits in it. */
export const TEXT_WIDTH = CARD_WIDTH - 2 * PAD_X;
const BAR_WIDTH = 20;
/** The site's light colours: a card is an image, with no page to follow. */
const COLORS = {
  bg: SITE.bg.light,
  fg: SITE.fg.light,
  muted: SITE.muted.light,
  rule: SITE.rule.light,
  accent: SITE.accent.light,
} as const;

const BRAND = { y: 92, size: 34 } as const;
const TITLE = { y: 176, size: 50, lineHeight: 64, maxLines: 3, minSize: 38 } as const;
const FIGURE = { y: 470, size: 88, minSize: 48, smallRatio: 0.45 } as const;
const LABEL = { y: 522, size: 30, maxLines: 1 } as const;
const FOOTER = { y: 590, size: 24, ruleY: 552 } as const;
const ELLIPSIS = "…";

/** A figure as the card shows it: the number big, its hedge and unit small beside it. */
export interface CardFigure {
  hedge: string;
  number: string;
  unit: string;
  label: string;
}

/** What a social card says. */
export interface SocialCard {
  /** Small words beside the site name: "Bài viết", "Biểu đồ". */
  kicker: string;
  title: string;
  figure?: CardFigure | undefined;
  /** Bottom line: the source and date. */
  footer: string;
}

/** Returns `lines` cut to `max`, the last one shortened to fit with an ellipsis when text was cut. */
function clampLines(lines: string[], max: number, width: number, size: number, bold: boolean): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1] ?? ""} ${lines[max] ?? ""}`;
  while (last.includes(" ") && measureText(last + ELLIPSIS, size, bold) > width) last = last.replace(/\s+\S+$/, "");
  kept[max - 1] = last.replace(/[\s,.:;·–-]+$/, "") + ELLIPSIS;
  return kept;
}

/** Returns the title's lines and font size: the design size, smaller for a long title, then cut. */
export function titleLines(title: string): { lines: string[]; size: number } {
  for (let size: number = TITLE.size; size >= TITLE.minSize; size -= 4) {
    const lines = wrapText(title, TEXT_WIDTH, size, true);
    if (lines.length <= TITLE.maxLines) return { lines, size };
  }
  const size = TITLE.minSize;
  return { lines: clampLines(wrapText(title, TEXT_WIDTH, size, true), TITLE.maxLines, TEXT_WIDTH, size, true), size };
}

/** Returns the font size at which the figure (number, hedge and unit) fits the text width. */
function figureSize(f: CardFigure): number {
  const at = (size: number) =>
    measureText(f.number, size, true) +
    (f.hedge ? measureText(`${f.hedge} `, size * FIGURE.smallRatio) : 0) +
    (f.unit ? measureText(` ${f.unit}`, size * FIGURE.smallRatio) : 0);
  const natural = at(FIGURE.size);
  return natural > TEXT_WIDTH ? Math.max(FIGURE.minSize, Math.floor((FIGURE.size * TEXT_WIDTH) / natural)) : FIGURE.size;
}

function text(x: number, y: number, size: number, fill: string, content: string, bold = false): string {
  const weight = bold ? ` font-weight="700"` : "";
  return `<text x="${x}" y="${y}" font-size="${size}"${weight} fill="${fill}">${escapeXml(content)}</text>`;
}

function figureMarkup(f: CardFigure): string {
  const size = figureSize(f);
  const small = Math.round(size * FIGURE.smallRatio);
  // One <text> with tspans: the hedge and unit sit on the number's baseline, resvg places them.
  const parts = [
    f.hedge ? `<tspan font-size="${small}" fill="${COLORS.fg}">${escapeXml(f.hedge)} </tspan>` : "",
    `<tspan font-weight="700">${escapeXml(f.number)}</tspan>`,
    f.unit ? `<tspan font-size="${small}" fill="${COLORS.fg}"> ${escapeXml(f.unit)}</tspan>` : "",
  ].join("");
  const label = clampLines(wrapText(f.label, TEXT_WIDTH, LABEL.size), LABEL.maxLines, TEXT_WIDTH, LABEL.size, false)[0] ?? "";
  return [
    `<text x="${PAD_X}" y="${FIGURE.y}" font-size="${size}" fill="${COLORS.accent}">${parts}</text>`,
    text(PAD_X, LABEL.y, LABEL.size, COLORS.muted, label),
  ].join("");
}

/** Returns the card as a standalone SVG document, 1200×630. */
export function socialCardSvg(card: SocialCard): string {
  const title = titleLines(card.title);
  const footer = clampLines(wrapText(card.footer, TEXT_WIDTH, FOOTER.size), 1, TEXT_WIDTH, FOOTER.size, false)[0] ?? "";
  const brandWidth = Math.ceil(measureText("Cột Mốc", BRAND.size, true));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT_NAME}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.bg}"/>`,
    `<rect width="${BAR_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.accent}"/>`,
    text(PAD_X, BRAND.y, BRAND.size, COLORS.accent, "Cột Mốc", true),
    text(PAD_X + brandWidth + 24, BRAND.y, BRAND.size - 6, COLORS.muted, card.kicker),
    ...title.lines.map((l, i) => text(PAD_X, TITLE.y + i * TITLE.lineHeight, title.size, COLORS.fg, l, true)),
    card.figure ? figureMarkup(card.figure) : "",
    `<rect x="${PAD_X}" y="${FOOTER.ruleY}" width="${TEXT_WIDTH}" height="2" fill="${COLORS.rule}"/>`,
    text(PAD_X, FOOTER.y, FOOTER.size, COLORS.muted, footer),
    `</svg>`,
  ].join("");
}

/** Returns the card as PNG bytes, 1200×630. */
export function socialCardPng(card: SocialCard): Promise<Buffer> {
  return svgToPng(socialCardSvg(card), CARD_WIDTH, COLORS.bg);
}

/** Returns the path of the card's PNG file, 1200×630, in the build cache. */
export function socialCardPngFile(card: SocialCard): Promise<string> {
  return svgToPngFile(socialCardSvg(card), CARD_WIDTH, COLORS.bg);
}
