/**
 * The horizontal bar layout shared by `bars` and `compare`: one row per figure, its label wrapped
 * at the left, the bar from zero, the figure's own text at the bar's end, vi-VN ticks below.
 * Returns Plot's raw SVG element; `finishSvg` makes it publishable.
 */
import * as Plot from "@observablehq/plot";
import { ticks as niceTicks } from "d3";
import { chartDocument, svgElement, textBlock } from "./document.ts";
import type { Box } from "./marks.ts";
import { formatTick } from "../lib/format.ts";
import { measureText, wrapText } from "../design/textMetrics.ts";
import { COLORS, FONT_SIZE, LINE_HEIGHT, ROW, SMALL_FONT_SIZE, STACKED_LABELS_BELOW, WIDTH } from "./theme.ts";

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** Text at the bar's end: the figure with its hedge and unit. */
  text: string;
  /** Paint of the bar (a theme colour). */
  fill: string;
  /** Drawn hollow with a dashed outline: a figure computed at build time. */
  derived?: boolean;
  /** Value label in bold (emphasised rows). */
  bold?: boolean;
}

export interface RowChartSpec {
  rows: BarRow[];
  /** Lines of small print under the axis (totals, what the dashes mean, other figures). */
  foot?: string[];
  /** A warning under the axis, before the small print, in the note colour (a total that does not add up). */
  note?: string;
  /** Design width in SVG units (default `WIDTH`); below `STACKED_LABELS_BELOW` labels go above their bars. */
  width?: number | undefined;
  /** A stated total every bar is read against: drawn as a pale track behind each bar, and the scale's end. */
  track?: number | undefined;
}

const TICK_COUNT = 4;
/** Hollow bars keep a little of their colour so they still read as bars. */
const DERIVED_FILL_OPACITY = 0.18;
const DASH = "5,3";
/** The track of a stated total: pale enough that the bar and its figure read over it. */
const TRACK_OPACITY = 0.35;

/** Clear space, in SVG units, kept around a value label's text (its band, its measured width) free of gridlines. */
const LABEL_CLEARANCE = 3;
/** The class of the grid's mark, whose lines `breakGridAtLabels` breaks (postprocess.ts drops classes). */
const GRID_CLASS = "cm-grid";

/** Marks each bar of Plot's mark with class `className` with its row's key, in data order. */
function keyBars(svg: SVGSVGElement, className: string, rows: BarRow[]): void {
  svg.querySelectorAll(`g.${className} rect`).forEach((rect, i) => rect.setAttribute("data-key", rows[i]?.key ?? ""));
}

/**
 * Returns the right margin that keeps every value label (`textWidth`, its measured width) inside
 * `span` (plot width + right margin).
 */
function rightMargin(rows: BarRow[], textWidth: (r: BarRow) => number, max: number, lastTick: string, span: number): number {
  let margin = measureText(lastTick, SMALL_FONT_SIZE) / 2 + 2;
  for (const r of rows) {
    const w = textWidth(r) + ROW.valueGap + 2;
    const share = max > 0 ? r.value / max : 0;
    // The label ends at (span - margin) * share + w, which must not pass span.
    if (share > 0) margin = Math.max(margin, span - (span - w) / share);
    else margin = Math.max(margin, w - span);
  }
  return Math.ceil(Math.min(margin, span - 40));
}

/**
 * Breaks the grid's vertical lines where they would cross a value label (`boxes`, in SVG units): a
 * line through "21 chi bộ" makes it read as "21 chi | bộ". A line wholly inside a box (a narrow
 * chart's per-row tick) is removed.
 */
function breakGridAtLabels(svg: SVGSVGElement, boxes: Box[]): void {
  for (const line of svg.querySelectorAll(`g.${GRID_CLASS} line`)) {
    const x = Number(line.getAttribute("x1"));
    const top = Number(line.getAttribute("y1"));
    const bottom = Number(line.getAttribute("y2"));
    const cuts = boxes.filter((b) => x >= b.x0 && x <= b.x1 && b.y0 < bottom && b.y1 > top).sort((a, b) => a.y0 - b.y0);
    if (!cuts.length) continue;
    let from = top;
    for (const cut of cuts) {
      if (cut.y0 > from) line.before(svgElement("line", { x1: x, x2: x, y1: from, y2: cut.y0 }, []));
      from = Math.max(from, cut.y1);
    }
    if (from < bottom) line.before(svgElement("line", { x1: x, x2: x, y1: from, y2: bottom }, []));
    line.remove();
  }
}

/** Returns the SVG of a horizontal bar chart (Plot's raw element, not yet finished). */
export function drawRowChart(spec: RowChartSpec): SVGSVGElement {
  const { rows } = spec;
  const width = spec.width ?? WIDTH;
  // On a narrow chart a label column would leave the bars no room: each label goes above its bar.
  const stacked = width < STACKED_LABELS_BELOW;
  const note = spec.note ? wrapText(spec.note, width, FONT_SIZE, true) : [];
  const foot = (spec.foot ?? []).flatMap((line) => wrapText(line, width, SMALL_FONT_SIZE));
  const labelWidth = stacked ? width - ROW.narrowEdge : ROW.labelWidth;
  const labels = new Map(rows.map((r) => [r.key, wrapText(r.label, labelWidth, FONT_SIZE)]));
  const maxLines = Math.max(1, ...[...labels.values()].map((l) => l.length));
  const labelBlock = stacked ? maxLines * LINE_HEIGHT + ROW.labelAbove : 0;
  const step = stacked ? labelBlock + ROW.barHeight + ROW.gap : Math.max(ROW.barHeight, maxLines * LINE_HEIGHT) + ROW.gap;
  const padding = 1 - ROW.barHeight / step;
  const max = Math.max(spec.track ?? 0, ...rows.map((r) => r.value));
  // Each value label's width, measured once: for the right margin and for the grid's breaks.
  const widths = new Map(rows.map((r) => [r, measureText(r.text, FONT_SIZE, r.bold)]));
  const textWidth = (r: BarRow) => widths.get(r) ?? 0;
  const ticks = max > 0 ? niceTicks(0, max, TICK_COUNT) : [0];
  const marginTop = ROW.marginTop + labelBlock;
  const marginLeft = stacked ? ROW.narrowEdge : ROW.labelWidth + ROW.labelGap;
  const marginRight = rightMargin(rows, textWidth, max, formatTick(ticks[ticks.length - 1] ?? 0), width - marginLeft);
  const marginBottom = ROW.axisHeight + note.length * LINE_HEIGHT + foot.length * ROW.footLine;
  // Stacked rows have no outer padding: the first label block sits in the top margin.
  const plotHeight = stacked ? rows.length * step - (step - ROW.barHeight) : rows.length * step;
  const height = marginTop + plotHeight + marginBottom;

  const solid = rows.filter((r) => !r.derived);
  const hollow = rows.filter((r) => r.derived);
  const svg = Plot.plot({
    document: chartDocument(),
    width,
    height,
    marginTop,
    marginLeft,
    marginRight,
    marginBottom,
    x: { domain: [0, max || 1], ticks, tickFormat: formatTick },
    y: { domain: rows.map((r) => r.key), paddingInner: padding, paddingOuter: stacked ? 0 : padding / 2, axis: null },
    color: { type: "identity" },
    marks: [
      // With labels above the bars, grid and zero line stay within each bar's band, off the labels.
      stacked
        ? Plot.tickX(
            rows.flatMap((r) => ticks.map((t) => ({ key: r.key, t }))),
            { x: "t", y: "key", stroke: COLORS.rule, strokeOpacity: 0.5, className: GRID_CLASS },
          )
        : Plot.gridX(ticks, { stroke: COLORS.rule, strokeOpacity: 0.5, className: GRID_CLASS }),
      Plot.axisX(ticks, {
        tickFormat: formatTick,
        tickSize: 0,
        tickPadding: 8,
        fontSize: SMALL_FONT_SIZE,
        fill: COLORS.muted,
        label: null,
      }),
      ...(spec.track ? [Plot.barX(rows, { x: () => spec.track, y: "key", fill: COLORS.rule, fillOpacity: TRACK_OPACITY })] : []),
      Plot.barX(solid, { x: "value", y: "key", fill: "fill", className: "cm-solid" }),
      Plot.barX(hollow, {
        x: "value",
        y: "key",
        fill: "fill",
        fillOpacity: DERIVED_FILL_OPACITY,
        stroke: "fill",
        strokeWidth: 1.5,
        strokeDasharray: DASH,
        inset: 0.75,
        className: "cm-hollow",
      }),
      stacked ? Plot.tickX(rows, { x: () => 0, y: "key", stroke: "currentColor" }) : Plot.ruleX([0], { stroke: "currentColor" }),
      Plot.text(rows, {
        y: "key",
        frameAnchor: "left",
        text: (r: BarRow) => (labels.get(r.key) ?? []).join("\n"),
        lineHeight: LINE_HEIGHT / FONT_SIZE,
        fontSize: FONT_SIZE,
        ...(stacked
          ? { dx: -ROW.narrowEdge, dy: -(ROW.barHeight / 2 + ROW.labelAbove), textAnchor: "start", lineAnchor: "bottom" }
          : { dx: -ROW.labelGap, textAnchor: "end" }),
      }),
      ...[false, true].map((bold) =>
        Plot.text(
          rows.filter((r) => Boolean(r.bold) === bold),
          {
            x: "value",
            y: "key",
            dx: ROW.valueGap,
            textAnchor: "start",
            fontSize: FONT_SIZE,
            fontWeight: bold ? 700 : 400,
            text: "text",
          },
        ),
      ),
    ],
  }) as unknown as SVGSVGElement;

  keyBars(svg, "cm-solid", solid);
  keyBars(svg, "cm-hollow", hollow);
  // Each value label's box: where its text starts (after its bar) and how wide it measures, on its bar's band.
  const scales = svg as unknown as {
    scale(name: "x"): { apply(v: number): number };
    scale(name: "y"): { apply(v: string): number; bandwidth: number };
  };
  const x = scales.scale("x");
  const y = scales.scale("y");
  breakGridAtLabels(
    svg,
    rows.map((r) => {
      const start = x.apply(r.value) + ROW.valueGap;
      const band = y.apply(r.key);
      return {
        x0: start - LABEL_CLEARANCE,
        x1: start + textWidth(r) + LABEL_CLEARANCE,
        y0: band - LABEL_CLEARANCE,
        y1: band + y.bandwidth + LABEL_CLEARANCE,
      };
    }),
  );
  const noteTop = marginTop + plotHeight + ROW.axisHeight;
  if (note.length) {
    svg.append(
      textBlock(0, noteTop, note, LINE_HEIGHT / FONT_SIZE, { "text-anchor": "start", "font-weight": 700, fill: COLORS.note }),
    );
  }
  if (foot.length) {
    const top = noteTop + note.length * LINE_HEIGHT;
    svg.append(
      svgElement(
        "g",
        { "text-anchor": "start", "font-size": SMALL_FONT_SIZE, fill: COLORS.muted },
        foot.map((line, i) => svgElement("text", { x: 0, y: top + i * ROW.footLine + SMALL_FONT_SIZE }, [line])),
      ),
    );
  }
  return svg;
}
