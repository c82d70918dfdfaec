/**
 * `stack`: the parts of a whole as one bar of segments, largest first, each segment numbered
 * when it is wide enough and every part listed in a key below with its colour and figure.
 * When the article's total is not the sum of its parts (699 households, groups adding to 700),
 * the chart says so in words and marks the stated total on the bar; nothing is "fixed".
 */
import * as Plot from "@observablehq/plot";
import { formatNumber, formatQuantity } from "../lib/format.ts";
import type { Dataset } from "../model/types.ts";
import { chartDocument, svgElement, textBlock } from "./document.ts";
import { stackShape, totalLine, type StackShape, type TotalLine } from "./shape.ts";
import { measureText, wrapText } from "../design/textMetrics.ts";
import { COLORS, FONT_SIZE, LINE_HEIGHT, SMALL_FONT_SIZE, STACK, WIDTH, seriesPaint } from "./theme.ts";

const EDGE = 1;
const LABEL_PAD = 8;
const MARKER_LABEL = "tổng theo bài";

/** Returns the line above the bar: the total (or the note that the parts do not add up to it), else the sum. */
export function stackHeader(d: Dataset, s: StackShape = stackShape(d)): TotalLine {
  return totalLine(d) ?? { text: `Cộng: ${formatQuantity(s.sum, s.unit, s.sumQualifier)}`, note: false };
}

/** Returns the raw SVG of a part-to-whole bar `width` units wide, or undefined when there are no parts. */
export function drawStack(d: Dataset, width: number = WIDTH): SVGSVGElement | undefined {
  const s = stackShape(d);
  if (!s.segments.length) return undefined;
  const header = stackHeader(d, s);
  const stated = s.mismatch ? s.total?.value : undefined;
  const max = Math.max(s.sum, stated ?? 0) || 1;
  const pxPerUnit = (width - 2 * EDGE) / max;

  const headerLines = wrapText(header.text, width, FONT_SIZE, true);
  const barTop = headerLines.length * LINE_HEIGHT + STACK.headerGap + STACK.markerOverhang;
  const barBottom = barTop + STACK.barHeight;
  const keyTop = barBottom + STACK.markerOverhang + (stated !== undefined ? STACK.markerLabel : 0) + STACK.keyTop;
  const labelX = STACK.swatch + STACK.swatchGap;
  const labelWidth = width - labelX - STACK.valueWidth - STACK.swatchGap;
  const keyRows = s.segments.map((seg) => wrapText(seg.label, labelWidth, FONT_SIZE));
  const rowHeights = keyRows.map((lines) => lines.length * LINE_HEIGHT + STACK.keyGap);
  const height = keyTop + rowHeights.reduce((a, b) => a + b, 0) - STACK.keyGap + STACK.bottom;

  const segments = s.segments.map((seg, i) => ({ ...seg, fill: seriesPaint(i) }));
  const labelled = segments.filter(
    (seg) => (seg.x2 - seg.x1) * pxPerUnit >= measureText(formatNumber(seg.value), FONT_SIZE, true) + LABEL_PAD,
  );
  const svg = Plot.plot({
    document: chartDocument(),
    width,
    height,
    marginTop: barTop,
    marginBottom: height - barBottom,
    marginLeft: EDGE,
    marginRight: EDGE,
    x: { domain: [0, max], axis: null },
    color: { type: "identity" },
    marks: [
      Plot.barX(segments, { x1: "x1", x2: "x2", fill: "fill", insetRight: 1 }),
      Plot.text(labelled, {
        x: (seg: (typeof segments)[number]) => (seg.x1 + seg.x2) / 2,
        frameAnchor: "middle",
        text: (seg: (typeof segments)[number]) => formatNumber(seg.value),
        fill: COLORS.on,
        fontSize: FONT_SIZE,
        fontWeight: 700,
      }),
      ...(stated !== undefined
        ? [
            Plot.ruleX([stated], {
              stroke: "currentColor",
              strokeWidth: 2,
              insetTop: -STACK.markerOverhang,
              insetBottom: -STACK.markerOverhang,
            }),
          ]
        : []),
    ],
  }) as unknown as SVGSVGElement;

  const doc = svgElement("g", { "text-anchor": "start" }, [
    textBlock(0, 0, headerLines, LINE_HEIGHT / FONT_SIZE, { "font-weight": 700, fill: header.note ? COLORS.note : undefined }),
  ]);
  if (stated !== undefined) {
    const x = EDGE + stated * pxPerUnit;
    const anchorEnd = x > width / 2;
    doc.append(
      svgElement(
        "text",
        {
          x,
          y: barBottom + STACK.markerOverhang + SMALL_FONT_SIZE,
          "text-anchor": anchorEnd ? "end" : "start",
          "font-size": SMALL_FONT_SIZE,
        },
        [MARKER_LABEL],
      ),
    );
  }
  let y = keyTop;
  segments.forEach((seg, i) => {
    const lines = keyRows[i] ?? [];
    doc.append(
      svgElement("rect", {
        x: 0,
        y: y + (LINE_HEIGHT - STACK.swatch) / 2,
        width: STACK.swatch,
        height: STACK.swatch,
        fill: seg.fill,
      }),
      textBlock(labelX, y, lines, LINE_HEIGHT / FONT_SIZE),
      svgElement("text", { x: width, y, dy: "1em", "text-anchor": "end", "font-weight": 700 }, [seg.text]),
    );
    y += rowHeights[i] ?? 0;
  });
  svg.append(doc);
  return svg;
}
