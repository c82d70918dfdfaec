/**
 * Where a social card with a chart puts its words and its drawing, computed from the drawing's size
 * (no font engine: the charts' width estimate, which errs on the wide side). Two arrangements are
 * tried for every drawing offered (a chart's wide and narrow drawing): the title above the chart, or
 * the title in a column beside it. The one that draws the chart largest wins, up to `GOOD_SCALE`
 * (text in the chart at `MIN_SCALE` of its design size or more, when any can), then the one with
 * the larger title, then the larger chart. Every
 * box lies inside the content area, and the title's, the caption's and the chart's never overlap.
 */
import type { DrawnChart } from "../charts/index.ts";
import { measureText, wrapText } from "../design/textMetrics.ts";

/** A rectangle on the card, in card pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A block of wrapped text: its lines, font size, line height and the box its lines take. */
export interface TextBlock {
  lines: string[];
  size: number;
  lineHeight: number;
  box: Box;
}

/** A card's chart laid out: the drawing chosen, its scale, its box and the caption above it. */
export interface PlacedChart {
  drawing: DrawnChart;
  scale: number;
  box: Box;
  caption?: TextBlock | undefined;
}

/** A card with a chart, laid out. */
export interface ChartCardLayout {
  arrangement: "above" | "beside";
  title: TextBlock;
  chart: PlacedChart;
}

/** The area between the card's header and its footer, in card pixels. */
export const CONTENT: Box = { x: 88, y: 84, width: 1024, height: 458 };
/** The chart's text is never drawn smaller than this share of its design size when any arrangement allows it. */
export const MIN_SCALE = 0.9;
/** Nor larger than this: a chart's words stay smaller than the title's. */
export const MAX_SCALE = 2;
/** Title sizes tried, largest first; its line height is `LINE_RATIO` times its size. */
const TITLE_SIZES = [48, 44, 40, 36, 32] as const;
const LINE_RATIO = 1.22;
/** Lines a title may take above a chart (beside one, as many as the content's height holds). */
const TITLE_LINES_ABOVE = 3;
/** The caption over an article card's chart: its size and line height, and the lines it may take. */
const CAPTION = { size: 24, lineHeight: 30, maxLines: 3 } as const;
/** Space between the title and the chart, and between the caption and the drawing. */
const GAP = 40;
/** The gap under a title above the chart: a line's own spacing already separates it. */
const GAP_ABOVE = 28;
const CAPTION_GAP = 12;
/** Narrowest title column beside a chart, and the step by which it widens. */
const MIN_COLUMN = 300;
const COLUMN_STEP = 32;
/** Scales are compared in steps of this size: within one step, the larger title wins. */
const SCALE_STEP = 0.05;
/** A scale at which a chart reads well: past it, a larger title counts for more than a larger chart. */
export const GOOD_SCALE = 1.25;

const ELLIPSIS = "…";

/** Returns `lines` cut to `max`, the last one shortened to fit with an ellipsis when text was cut. */
export function clampLines(lines: string[], max: number, width: number, size: number, bold: boolean): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1] ?? ""} ${lines[max] ?? ""}`;
  while (last.includes(" ") && measureText(last + ELLIPSIS, size, bold) > width) last = last.replace(/\s+\S+$/, "");
  kept[max - 1] = last.replace(/[\s,.:;·–-]+$/, "") + ELLIPSIS;
  return kept;
}

/** Returns `text` as a title `size` high wrapped at `width`, or undefined when a word is wider than that. */
function titleAt(text: string, width: number, size: number): TextBlock | undefined {
  const lines = wrapText(text, width, size, true);
  if (lines.some((l) => measureText(l, size, true) > width)) return undefined;
  const lineHeight = Math.round(size * LINE_RATIO);
  return { lines, size, lineHeight, box: { x: 0, y: 0, width, height: lines.length * lineHeight } };
}

/** Returns `text` wrapped at `width` in the largest title size whose lines fit `maxHeight`. */
function fitTitle(text: string, width: number, maxHeight: number): TextBlock | undefined {
  for (const size of TITLE_SIZES) {
    const t = titleAt(text, width, size);
    if (t && t.box.height <= maxHeight) return t;
  }
  return undefined;
}

/** Returns the caption wrapped at `width` (cut to `CAPTION.maxLines` lines), or undefined when a word is wider than that. */
function fitCaption(text: string, width: number): TextBlock | undefined {
  const lines = clampLines(wrapText(text, width, CAPTION.size, true), CAPTION.maxLines, width, CAPTION.size, true);
  if (lines.some((l) => measureText(l, CAPTION.size, true) > width)) return undefined;
  const height = lines.length * CAPTION.lineHeight;
  return { lines, size: CAPTION.size, lineHeight: CAPTION.lineHeight, box: { x: 0, y: 0, width, height } };
}

const at = (block: TextBlock, x: number, y: number): TextBlock => ({ ...block, box: { ...block.box, x, y } });

/**
 * Returns the chart block (caption over drawing) placed at (x, y) within `width` × `height`, drawn
 * as large as fits up to `MAX_SCALE`, or undefined when the caption does not fit.
 */
function chartBlock(
  drawing: DrawnChart,
  caption: string | undefined,
  x: number,
  y: number,
  width: number,
  height: number,
): PlacedChart | undefined {
  const fitted = caption === undefined ? undefined : fitCaption(caption, width);
  if (caption !== undefined && !fitted) return undefined;
  const top = fitted ? fitted.box.height + CAPTION_GAP : 0;
  const scale = Math.min(width / drawing.width, (height - top) / drawing.height, MAX_SCALE);
  if (!(scale > 0)) return undefined;
  const box = { x, y: y + top, width: drawing.width * scale, height: drawing.height * scale };
  return { drawing, scale, box, caption: fitted && at(fitted, x, y) };
}

/** The title above, the chart under it, both as wide as the content: one layout per title size that fits. */
function above(title: string, drawing: DrawnChart, caption: string | undefined): ChartCardLayout[] {
  const out: ChartCardLayout[] = [];
  for (const size of TITLE_SIZES) {
    let t = titleAt(title, CONTENT.width, size);
    // At the smallest size, a title too long for its lines is cut: the chart is always shown.
    if (t && t.lines.length > TITLE_LINES_ABOVE && size === TITLE_SIZES.at(-1)) {
      const lines = clampLines(t.lines, TITLE_LINES_ABOVE, CONTENT.width, size, true);
      t = { ...t, lines, box: { ...t.box, height: lines.length * t.lineHeight } };
    }
    if (!t || t.lines.length > TITLE_LINES_ABOVE) continue;
    const y = CONTENT.y + t.box.height + GAP_ABOVE;
    const chart = chartBlock(drawing, caption, CONTENT.x, y, CONTENT.width, CONTENT.y + CONTENT.height - y);
    if (chart) out.push({ arrangement: "above", title: at(t, CONTENT.x, CONTENT.y), chart });
  }
  return out;
}

/**
 * The title in a column at the left, the chart at the right as tall as the content. The column
 * starts at `MIN_COLUMN` or what the chart drawn full height leaves, and widens until the title fits.
 */
function beside(title: string, drawing: DrawnChart, caption: string | undefined): ChartCardLayout | undefined {
  const captionHeight = caption === undefined ? 0 : CAPTION.lineHeight + CAPTION_GAP;
  const tallest = Math.min((CONTENT.height - captionHeight) / drawing.height, MAX_SCALE);
  const left = CONTENT.width - GAP - drawing.width * tallest;
  const start = Math.max(MIN_COLUMN, Math.ceil(left));
  for (let column = start; column <= CONTENT.width - GAP - MIN_COLUMN; column += COLUMN_STEP) {
    const t = fitTitle(title, column, CONTENT.height);
    if (!t) continue;
    const x = CONTENT.x + column + GAP;
    let chart = chartBlock(drawing, caption, x, CONTENT.y, CONTENT.x + CONTENT.width - x, CONTENT.height);
    // A chart narrower than its column moves to the card's right edge, its caption rewrapped to its width.
    const room = chart && CONTENT.x + CONTENT.width - (chart.box.x + chart.box.width);
    if (chart && room && room >= 1) chart = chartBlock(drawing, caption, x + room, CONTENT.y, chart.box.width, CONTENT.height);
    if (chart) return { arrangement: "beside", title: at(t, CONTENT.x, CONTENT.y), chart };
  }
  return undefined;
}

/** Returns how good a layout is, to compare: the chart's scale (in steps, up to `GOOD_SCALE`), then the title's size, then the scale. */
function score(l: ChartCardLayout): [number, number, number] {
  const steps = (scale: number) => Math.floor(scale / SCALE_STEP + 1e-9);
  return [Math.min(steps(l.chart.scale), steps(GOOD_SCALE)), l.title.size, l.chart.scale];
}

function better(a: ChartCardLayout, b: ChartCardLayout): boolean {
  const [sa, sb] = [score(a), score(b)];
  for (let i = 0; i < sa.length; i++) if ((sa[i] ?? 0) !== (sb[i] ?? 0)) return (sa[i] ?? 0) > (sb[i] ?? 0);
  return false;
}

/**
 * Returns the layout of a card with `title` and one of `drawings` (with `caption` over it), or
 * undefined when no arrangement fits (no drawing, or words too long for any).
 */
export function layOutChartCard(
  title: string,
  drawings: readonly DrawnChart[],
  caption?: string | undefined,
): ChartCardLayout | undefined {
  let best: ChartCardLayout | undefined;
  for (const drawing of drawings) {
    if (!drawing.svg || !(drawing.width > 0) || !(drawing.height > 0)) continue;
    const layouts = [...above(title, drawing, caption), beside(title, drawing, caption)];
    for (const l of layouts) if (l && (!best || better(l, best))) best = l;
  }
  return best;
}
