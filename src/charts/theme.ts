/**
 * Chart style: sizes as named constants, colours as paints of the palette's custom properties with
 * the light colour as fallback (an SVG opened on its own is light; chartCss.ts sets them on pages).
 * Text is `currentColor`, so it follows the page.
 */
import { SERIES, TOKENS, type ColorToken } from "../design/palette.ts";

/** Design width of every chart, in SVG user units; the viewBox scales it to the column. */
export const WIDTH = 640;
/**
 * Design width of the phone variant of a chart. A 360 px screen leaves a 328 px column: at 640
 * units the small print would shrink to 6 px; at 360 units it stays above 11 px.
 */
export const NARROW_WIDTH = 360;
/** Below this design width, row charts put each label above its bar instead of in a column at the left. */
export const STACKED_LABELS_BELOW = 480;
/** Font size of labels and value labels. */
export const FONT_SIZE = 14;
/** Font size of axis ticks and small print (notes, "tính"). */
export const SMALL_FONT_SIZE = 12.5;
/** Line height of wrapped labels, in units. */
export const LINE_HEIGHT = 18;

/** Row charts (bars, compare): label column, bar thickness, spacing. */
export const ROW = {
  labelWidth: 210,
  labelGap: 10,
  barHeight: 22,
  gap: 14,
  marginTop: 8,
  axisHeight: 28,
  valueGap: 6,
  footLine: 20,
  /** Narrow charts (labels above bars): space between a label and its bar, and the left edge. */
  labelAbove: 6,
  narrowEdge: 6,
} as const;

/** Stack chart: the one bar, its marker and the key rows under it. */
export const STACK = {
  headerGap: 8,
  bottom: 6,
  barHeight: 40,
  markerOverhang: 8,
  markerLabel: 18,
  keyTop: 18,
  swatch: 14,
  swatchGap: 10,
  valueWidth: 120,
  keyGap: 8,
  segmentGap: 2,
} as const;

/** Number cards: grid, card padding and the big figure's size. */
export const CARD = {
  columns: 2,
  gap: 16,
  padding: 16,
  bigFontSize: 40,
  minBigFontSize: 22,
  smallRatio: 0.55,
  radius: 6,
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
