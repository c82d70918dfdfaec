/**
 * Social cards: the 1200×630 image a link preview shows (Open Graph, Twitter). A pure function from
 * words and a chart's drawings (or one figure) to SVG, rasterized at build with the Noto Sans TTF
 * files of raster.ts, so the same input gives the same PNG bytes. A card with a chart shows the
 * drawing the site shows, laid out by cardLayout.ts; a card without one shows its title and figure.
 * Text is wrapped with the charts' width estimate, which errs on the wide side.
 */
import { placeChart, type DrawnChart } from "../charts/index.ts";
import { measureText, wrapText } from "../design/textMetrics.ts";
import { INK, SITE } from "../design/palette.ts";
import { FONT_NAME } from "../design/typography.ts";
import { clampLines, layOutChartCard, type ChartCardLayout, type TextBlock } from "./cardLayout.ts";
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
/** A card with a chart: a smaller header, and the footer lower, to leave the chart room (cardLayout.ts's `CONTENT`). */
const CHART_BRAND = { y: 58, size: 28 } as const;
const CHART_FOOTER = { y: 604, size: 24, ruleY: 566 } as const;
/** Where a line's baseline sits in its line box, as a share of the line height from its top. */
const BASELINE = 0.8;

/** A figure as the card shows it: the number big, its hedge and unit small beside it. */
export interface CardFigure {
  hedge: string;
  number: string;
  unit: string;
  label: string;
}

/** A chart on a card: the drawings the site has of it (wide, narrow), of which the card takes the one that fits best. */
export interface CardChart {
  drawings: DrawnChart[];
  /** Words over the drawing (an article's card names its chart's finding). */
  caption?: string | undefined;
}

/** What a social card says. */
export interface SocialCard {
  /** Small words beside the site name: "Bài viết", "Biểu đồ". */
  kicker: string;
  title: string;
  /** The big figure of a card without a chart. */
  figure?: CardFigure | undefined;
  /** The chart the card shows; a card whose chart fits no layout shows its title and figure. */
  chart?: CardChart | undefined;
  /** Bottom line: the source and date. */
  footer: string;
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

/** Returns the layout of the card's chart, or undefined for a card without one (or whose chart fits nowhere). */
export function chartCardLayout(card: SocialCard): ChartCardLayout | undefined {
  return card.chart && layOutChartCard(card.title, card.chart.drawings, card.chart.caption);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Returns a laid-out block of text, one `<text>` a line. */
function blockMarkup(block: TextBlock, fill: string): string {
  const { box, lineHeight, size } = block;
  return block.lines.map((l, i) => text(round(box.x), round(box.y + (i + BASELINE) * lineHeight), size, fill, l, true)).join("");
}

/** The root of every card's SVG (`color`: a chart's text is `currentColor`). */
export const CARD_ROOT = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT_NAME}" color="${INK.light}">`;

/** The parts a card is drawn in, in order; each but the paper keeps to its own space. */
export type CardPart = "paper" | "brand" | "title" | "figure" | "caption" | "chart" | "footer";

function brandMarkup(card: SocialCard, brand: { y: number; size: number }): string {
  const brandWidth = Math.ceil(measureText("Cột Mốc", brand.size, true));
  return [
    text(PAD_X, brand.y, brand.size, COLORS.accent, "Cột Mốc", true),
    text(PAD_X + brandWidth + Math.round(brand.size * 0.7), brand.y, brand.size - 6, COLORS.muted, card.kicker),
  ].join("");
}

function footerMarkup(card: SocialCard, f: { y: number; size: number; ruleY: number }): string {
  const footer = clampLines(wrapText(card.footer, TEXT_WIDTH, f.size), 1, TEXT_WIDTH, f.size, false)[0] ?? "";
  return `<rect x="${PAD_X}" y="${f.ruleY}" width="${TEXT_WIDTH}" height="2" fill="${COLORS.rule}"/>${text(PAD_X, f.y, f.size, COLORS.muted, footer)}`;
}

const PAPER =
  `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.bg}"/>` +
  `<rect width="${BAR_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.accent}"/>`;

/** Returns the parts of a card with its chart laid out. */
function chartCardParts(card: SocialCard, layout: ChartCardLayout): [CardPart, string][] {
  const { chart } = layout;
  const { x, y, width, height } = chart.box;
  return [
    ["paper", PAPER],
    ["brand", brandMarkup(card, CHART_BRAND)],
    ["title", blockMarkup(layout.title, COLORS.fg)],
    ["caption", chart.caption ? blockMarkup(chart.caption, COLORS.muted) : ""],
    // overflow="visible": a clipped nested <svg> makes resvg draw a card-sized layer and mask it.
    [
      "chart",
      placeChart(chart.drawing, { x: round(x), y: round(y), width: round(width), height: round(height), overflow: "visible" }),
    ],
    ["footer", footerMarkup(card, CHART_FOOTER)],
  ];
}

/** Returns the card's parts as SVG markup, in drawing order (a part with nothing to draw is ""). */
export function socialCardParts(card: SocialCard): [CardPart, string][] {
  const layout = chartCardLayout(card);
  if (layout) return chartCardParts(card, layout);
  const title = titleLines(card.title);
  return [
    ["paper", PAPER],
    ["brand", brandMarkup(card, BRAND)],
    ["title", title.lines.map((l, i) => text(PAD_X, TITLE.y + i * TITLE.lineHeight, title.size, COLORS.fg, l, true)).join("")],
    ["figure", card.figure ? figureMarkup(card.figure) : ""],
    ["footer", footerMarkup(card, FOOTER)],
  ];
}

/** Returns the card as a standalone SVG document, 1200×630. */
export function socialCardSvg(card: SocialCard): string {
  return `${CARD_ROOT}${socialCardParts(card)
    .map(([, markup]) => markup)
    .join("")}</svg>`;
}

/** Returns the card as PNG bytes, 1200×630. */
export function socialCardPng(card: SocialCard): Promise<Buffer> {
  return svgToPng(socialCardSvg(card), CARD_WIDTH, COLORS.bg);
}

/** Returns the path of the card's PNG file, 1200×630, in the build cache. */
export function socialCardPngFile(card: SocialCard): Promise<string> {
  return svgToPngFile(socialCardSvg(card), CARD_WIDTH, COLORS.bg);
}
