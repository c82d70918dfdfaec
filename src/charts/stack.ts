/**
 * `stack` (a partition) and `split` (a sum with its amounts): one bar split into its parts, largest
 * first. The whole is stated above the bar; each segment carries its number inside when it fits,
 * else above the bar with a leader; a row per part below gives its label, figure and, for a
 * partition, its share of the whole. Every part has a visible segment and a direct label.
 */
import * as Plot from "@observablehq/plot";
import { formatCompact, formatNumber, formatQuantity } from "../lib/format.ts";
import type { Dataset, Figure } from "../model/types.ts";
import { chartDocument, svgElement, textBlock } from "./document.ts";
import { DERIVED_MARK, markDerived, splitShape, stackShape, totalLine, type StackShape } from "./shape.ts";
import { measureText, wrapText } from "../design/textMetrics.ts";
import { COLORS, FONT_SIZE, LINE_HEIGHT, SMALL_FONT_SIZE, STACK, WIDTH, seriesPaint } from "./theme.ts";

const EDGE = 1;
const LABEL_PAD = 8;
/** Narrowest segment drawn, in units, so that a part of one in seven hundred is still seen. */
const MIN_SEGMENT = 2;

type Segment = StackShape["segments"][number] & { fill: string; left: number; right: number; inside: string };

/** Returns the share of `value` in `whole` as the site writes it ("79%"), rounded to a whole percent. */
function share(value: number, whole: number): string {
  const pct = (value / whole) * 100;
  return `${pct > 0 && pct < 1 ? "<1" : formatNumber(Math.round(pct))}%`;
}

/** Lays the segments out in units, each at least MIN_SEGMENT wide, and decides which carry their number inside. */
function layOut(s: StackShape, width: number): Segment[] {
  const span = width - 2 * EDGE;
  const widths = s.segments.map((seg) => Math.max(MIN_SEGMENT, ((seg.x2 - seg.x1) / (s.sum || 1)) * span));
  const scale = span / widths.reduce((a, b) => a + b, 0);
  let x = EDGE;
  return s.segments.map((seg, i) => {
    const w = (widths[i] ?? 0) * scale;
    const left = x;
    x += w;
    const inside = w >= measureText(formatCompact(seg.value), FONT_SIZE, true) + LABEL_PAD ? formatCompact(seg.value) : "";
    return { ...seg, fill: seriesPaint(i), left, right: x, inside };
  });
}

/** A number placed above the bar: its row, where its text sits and how it is anchored there, and its leader's x. */
interface Outside {
  seg: Segment;
  row: number;
  x: number;
  anchor: "middle" | "start" | "end";
  left: number;
  right: number;
  leader: number;
}

/** Space kept between two numbers on a row, and between a number and another's leader. */
const OUTSIDE_GAP = 6;
const LEADER_CLEAR = 2;

/**
 * Places the numbers that do not fit inside on rows above the bar, each joined to its segment by a
 * vertical leader, within the chart's `width`: centred on the leader where it can be, else ending or
 * starting at it. On no row does a number touch another, and no leader runs through a number (a
 * leader runs from its number's row down to the bar, through every row below it). Placed from the
 * right (the narrow segments are the last, at the right end), so slivers side by side step down
 * leftwards, each number ending at its leader, clear of the leaders to its right.
 */
function outsideLabels(segments: Segment[], width: number): Outside[] {
  const placed: Outside[] = [];
  const centre = (g: Segment) => (g.left + g.right) / 2;
  for (const seg of segments.filter((g) => !g.inside).sort((a, b) => centre(b) - centre(a))) {
    const w = measureText(formatCompact(seg.value), SMALL_FONT_SIZE, true);
    const leader = centre(seg);
    const middle = Math.min(Math.max(w / 2, leader), width - w / 2);
    const boxes = [
      { anchor: "middle" as const, x: middle, left: middle - w / 2, right: middle + w / 2 },
      { anchor: "end" as const, x: leader, left: leader - w, right: leader },
      { anchor: "start" as const, x: leader, left: leader, right: leader + w },
    ].filter((b) => b.left >= 0 && b.right <= width);
    const crosses = (x: number, b: { left: number; right: number }) => x > b.left - LEADER_CLEAR && x < b.right + LEADER_CLEAR;
    const fits = (b: (typeof boxes)[number], row: number) =>
      placed.every((p) =>
        p.row === row
          ? b.right + OUTSIDE_GAP <= p.left || b.left >= p.right + OUTSIDE_GAP
          : p.row < row
            ? !crosses(p.leader, b)
            : !crosses(leader, p),
      );
    // Rows enough for every number on a row of its own; centred first, on any row, then beside the leader.
    const rows = [...Array(placed.length + 1).keys()];
    let chosen: Omit<Outside, "seg" | "leader"> | undefined;
    for (const b of boxes) {
      const row = rows.find((r) => fits(b, r));
      if (row !== undefined) {
        chosen = { ...b, row };
        break;
      }
    }
    // Nothing fits: on a new row, ending at its leader (every leader placed so far is to its right).
    chosen ??=
      leader - w >= 0
        ? { anchor: "end", x: leader, left: leader - w, right: leader, row: rows.length }
        : { anchor: "middle", x: middle, left: middle - w / 2, right: middle + w / 2, row: rows.length };
    placed.push({ seg, leader, ...chosen });
  }
  return placed;
}

/** Returns the raw SVG of a split bar: the parts of `s`, the whole stated in `header`, `width` units wide. */
function drawSplit(
  s: StackShape,
  header: { text: string; note: boolean; key?: string | undefined },
  width: number,
  opts: { shares: boolean; derivedSum: boolean; foot: string[]; keyed?: { key: string; text: string }[] },
): SVGSVGElement | undefined {
  if (!s.segments.length) return undefined;
  const segments = layOut(s, width);
  const outside = outsideLabels(segments, width);
  const rows = outside.length ? Math.max(...outside.map((o) => o.row)) + 1 : 0;
  const headerLines = wrapText(header.text, width, FONT_SIZE, true);
  const labelsTop = STACK.top + headerLines.length * LINE_HEIGHT + STACK.headerGap;
  const barTop = labelsTop + rows * STACK.outsideRow + (rows ? STACK.leader : 0);
  const barBottom = barTop + STACK.barHeight;
  const keyTop = barBottom + STACK.keyTop;
  const labelX = STACK.swatch + STACK.swatchGap;
  const keyRows = segments.map((seg) => {
    const figure = opts.shares ? `${seg.text} (${share(seg.value, s.sum)})` : seg.text;
    return { figure: wrapText(figure, width - labelX, FONT_SIZE, true), label: wrapText(seg.label, width - labelX, FONT_SIZE) };
  });
  const rowHeights = keyRows.map((k) => (k.figure.length + k.label.length) * LINE_HEIGHT + STACK.keyGap);
  const keyed = (opts.keyed ?? []).map((k) => ({ key: k.key, lines: wrapText(k.text, width, SMALL_FONT_SIZE) }));
  const foot = [...keyed.flatMap((k) => k.lines), ...opts.foot.flatMap((line) => wrapText(line, width, SMALL_FONT_SIZE))];
  const keyBottom = keyTop + rowHeights.reduce((a, b) => a + b, 0) - STACK.keyGap;
  const height = keyBottom + (foot.length ? STACK.keyTop + foot.length * LINE_HEIGHT : 0) + STACK.bottom;

  const svg = Plot.plot({
    document: chartDocument(),
    width,
    height,
    marginTop: barTop,
    marginBottom: height - barBottom,
    marginLeft: 0,
    marginRight: 0,
    x: { domain: [0, width], axis: null },
    color: { type: "identity" },
    marks: [
      Plot.barX(segments, {
        x1: "left",
        x2: "right",
        fill: "fill",
        insetRight: STACK.segmentGap / 2,
        insetLeft: STACK.segmentGap / 2,
      }),
      Plot.text(
        segments.filter((g) => g.inside),
        {
          x: (g: Segment) => (g.left + g.right) / 2,
          frameAnchor: "middle",
          text: "inside",
          fill: COLORS.on,
          fontSize: FONT_SIZE,
          fontWeight: 700,
        },
      ),
    ],
  }) as unknown as SVGSVGElement;
  svg.querySelectorAll('g[aria-label="bar"] rect').forEach((rect, i) => rect.setAttribute("data-key", segments[i]?.key ?? ""));

  // The header and the figures written under the bar carry their keys, so each gets its tooltip (ChartMarks).
  const doc = svgElement("g", { "text-anchor": "start" }, [
    svgElement("g", { "data-key": header.key }, [
      textBlock(0, STACK.top, headerLines, LINE_HEIGHT / FONT_SIZE, {
        "font-weight": 700,
        fill: header.note ? COLORS.note : undefined,
      }),
    ]),
  ]);
  for (const o of outside) {
    const y = labelsTop + o.row * STACK.outsideRow + SMALL_FONT_SIZE;
    doc.append(
      svgElement("text", { x: o.x, y, "text-anchor": o.anchor, "font-size": SMALL_FONT_SIZE, "font-weight": 700 }, [
        formatCompact(o.seg.value),
      ]),
      svgElement("line", { x1: o.leader, x2: o.leader, y1: y + 4, y2: barTop - 1, stroke: "currentColor", "stroke-width": 1 }),
    );
  }
  let y = keyTop;
  segments.forEach((seg, i) => {
    const k = keyRows[i];
    if (!k) return;
    doc.append(
      svgElement("g", { "data-key": seg.key }, [
        svgElement("rect", {
          x: 0,
          y: y + (LINE_HEIGHT - STACK.swatch) / 2,
          width: STACK.swatch,
          height: STACK.swatch,
          fill: seg.fill,
        }),
        textBlock(labelX, y, k.figure, LINE_HEIGHT / FONT_SIZE, { "font-weight": 700 }),
        textBlock(labelX, y + k.figure.length * LINE_HEIGHT, k.label, LINE_HEIGHT / FONT_SIZE),
      ]),
    );
    y += rowHeights[i] ?? 0;
  });
  const footAttrs = { "font-size": SMALL_FONT_SIZE, fill: COLORS.muted };
  let line = 0;
  for (const k of keyed) {
    const top = keyBottom + STACK.keyTop + line * LINE_HEIGHT;
    doc.append(svgElement("g", { "data-key": k.key }, [textBlock(0, top, k.lines, LINE_HEIGHT / SMALL_FONT_SIZE, footAttrs)]));
    line += k.lines.length;
  }
  if (foot.length > line)
    doc.append(
      textBlock(0, keyBottom + STACK.keyTop + line * LINE_HEIGHT, foot.slice(line), LINE_HEIGHT / SMALL_FONT_SIZE, footAttrs),
    );
  if (opts.derivedSum) doc.setAttribute("data-derived", "");
  svg.append(doc);
  return svg;
}

/** `stack`: the parts of a stated total (a partition), with their shares. */
export function drawStack(d: Dataset, width: number = WIDTH): SVGSVGElement | undefined {
  const s = stackShape(d);
  const header = totalLine(d) ?? { text: `Cộng: ${formatQuantity(s.sum, s.unit, s.sumQualifier)}`, note: false };
  return drawSplit(s, { ...header, key: d.total?.key }, width, {
    shares: true,
    derivedSum: false,
    foot: ["Tỉ lệ tính khi dựng trang, làm tròn."],
  });
}

/** Returns "Ngoài ra: 316 ngày công giúp đỡ các hộ gia đình": a figure written under the bar rather than drawn. */
function otherLine(f: Figure): string {
  const text = f.role === "derived" ? markDerived(f.text) : f.text;
  return `Ngoài ra: ${text} — ${f.label.charAt(0).toLocaleLowerCase("vi")}${f.label.slice(1)}`;
}

/** `split`: amounts and their computed sum, the sum labelled above one bar split into the amounts. */
export function drawSplitSum(d: Dataset, width: number = WIDTH): SVGSVGElement | undefined {
  const { stack, sum, others } = splitShape(d);
  const text = sum
    ? `${sum.label}: ${markDerived(sum.text)}`
    : `Cộng: ${formatQuantity(stack.sum, stack.unit, stack.sumQualifier)}`;
  return drawSplit(stack, { text, note: false, key: sum?.key }, width, {
    shares: false,
    derivedSum: true,
    keyed: others.map((f) => ({ key: f.key, text: otherLine(f) })),
    foot: [`“${DERIVED_MARK}”: số được cộng khi dựng trang, bài viết không nêu.`],
  });
}
