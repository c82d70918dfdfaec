/** The `table` kind as an image: a list of labels and values, for the files and embeds that need one. */
import { wrapText } from "../design/textMetrics.ts";
import type { Dataset } from "../model/types.ts";
import { svgElement, textBlock } from "./document.ts";
import { COLORS, FONT_SIZE, LINE_HEIGHT, STACKED_LABELS_BELOW, WIDTH } from "./theme.ts";

/** Rows of the figure list: the value column's width and each row's padding. */
const LIST = { valueWidth: 200, padY: 8 } as const;

/**
 * Returns a dataset drawn as a list of labels and values (not yet finished), `width` units wide:
 * the value in a column at the right, or, narrower than `STACKED_LABELS_BELOW`, on its own line
 * under its label, so a phone draws the list at a size it can read.
 */
export function drawFigureList(d: Dataset, width = WIDTH): SVGSVGElement {
  const stacked = width < STACKED_LABELS_BELOW;
  const labelWidth = stacked ? width : width - LIST.valueWidth - 16;
  const rows: SVGElement[] = [];
  let y = 0;
  const figures = [...d.figures, ...d.derived];
  for (const [i, f] of figures.entries()) {
    const lines = wrapText(f.label, labelWidth, FONT_SIZE);
    const values = wrapText(f.text, stacked ? width : LIST.valueWidth, FONT_SIZE, true);
    const top = y + LIST.padY - 3;
    const height = (stacked ? lines.length + values.length : Math.max(lines.length, values.length)) * LINE_HEIGHT + 2 * LIST.padY;
    const cells = [
      textBlock(0, top, lines, LINE_HEIGHT / FONT_SIZE),
      stacked
        ? textBlock(0, top + lines.length * LINE_HEIGHT, values, LINE_HEIGHT / FONT_SIZE, { "font-weight": 700 })
        : textBlock(width, top, values, LINE_HEIGHT / FONT_SIZE, { "text-anchor": "end", "font-weight": 700 }),
    ];
    // Rules between rows only: the standalone frame draws its own under the last.
    if (i < figures.length - 1) {
      cells.push(svgElement("line", { x1: 0, x2: width, y1: y + height - 0.5, y2: y + height - 0.5, stroke: COLORS.rule }));
    }
    rows.push(svgElement("g", {}, cells));
    y += height;
  }
  return svgElement(
    "svg",
    { viewBox: `0 0 ${width} ${Math.ceil(y)}`, fill: "currentColor", "text-anchor": "start" },
    rows,
  ) as SVGSVGElement;
}
