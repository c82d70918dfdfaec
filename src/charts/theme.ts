/**
 * Chart style: sizes as named constants, colours as paints of the palette's custom properties with
 * the light colour as fallback (an SVG opened on its own is light; chartCss.ts sets them on pages).
 * Text is `currentColor`, so it follows the page.
 */
import { SERIES, TOKENS, type ColorToken } from "../design/palette.ts";

/** Design width of every chart, in SVG user units; the viewBox scales it to the column. */
export const WIDTH = 640;
/**
 * Design width of the phone variant of a chart. A 320 px screen leaves a 288 px column, a scale of
 * 0.9: text of at least `SMALL_FONT_SIZE` units stays at 12 CSS px or more. Pages switch to the
 * wide drawing only where it is drawn at 0.9 or more (NARROW_UP_TO).
 */
export const NARROW_WIDTH = 320;
/** Widest column, in CSS px, that shows the narrow drawing: above it the wide one's scale is at least 0.9. */
export const NARROW_UP_TO = 576;
/** Below this design width, row charts put each label above its bar instead of in a column at the left. */
export const STACKED_LABELS_BELOW = 480;
/** Font size of labels and value labels. */
export const FONT_SIZE = 15;
/** Font size of axis ticks and small print (notes, "tính"): 12.6 CSS px at the smallest scale, 0.9. */
export const SMALL_FONT_SIZE = 14;
/** Line height of wrapped labels, in units. */
export const LINE_HEIGHT = 21;

/** Row charts (bars, compare): label column, bar thickness, spacing. */
export const ROW = {
  labelWidth: 210,
  labelGap: 10,
  barHeight: 22,
  gap: 16,
  marginTop: 8,
  axisHeight: 28,
  valueGap: 6,
  footLine: 20,
  /** Narrow charts (labels above bars): space between a label and its bar, and the left edge. */
  labelAbove: 6,
  narrowEdge: 6,
} as const;

/** Split bar (partition, sum): the one bar, the labels above it and the key rows under it. */
export const STACK = {
  /** Room above the first line: an accent on a capital rises above the line box's em. */
  top: 3,
  headerGap: 10,
  bottom: 6,
  barHeight: 40,
  /** Height of a row of numbers above the bar, for segments too narrow to hold theirs. */
  outsideRow: 22,
  leader: 6,
  keyTop: 16,
  swatch: 14,
  swatchGap: 10,
  keyGap: 10,
  segmentGap: 2,
} as const;

/** Fact box: one figure per row, the number and its label side by side (or stacked when narrow). */
export const FACT = {
  /** Room above the heading line, as STACK.top. */
  top: 3,
  numberSize: 28,
  minNumberSize: 20,
  smallRatio: 0.6,
  padY: 12,
  columnGap: 16,
  /** Widest share of the box the number column may take. */
  numberShare: 0.42,
  /** Height of the tag ("Mục tiêu") above a target's number, and the heading line's. */
  tag: 26,
  dash: "5,3",
} as const;

/** Returns `var(--name, light)`: the token as an SVG paint that the page may override. */
export function paint(token: ColorToken): string {
  return `var(${token.name}, ${token.light})`;
}

/** Returns the paint of the i-th part (colours repeat after six parts). */
export function seriesPaint(i: number): string {
  return paint(SERIES[i % SERIES.length] as ColorToken);
}

export const COLORS = {
  bar: paint(TOKENS.bar),
  strong: paint(TOKENS.strong),
  soft: paint(TOKENS.soft),
  muted: paint(TOKENS.muted),
  note: paint(TOKENS.note),
  on: paint(TOKENS.on),
  bg: paint(TOKENS.bg),
  rule: paint(TOKENS.rule),
  text: "currentColor",
} as const;
