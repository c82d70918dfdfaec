/** The `table` kind as an image: a list of labels and values, for the files and embeds that need one. */
import { wrapText } from "../design/textMetrics.ts";
import type { Dataset } from "../model/types.ts";
import { svgElement, textBlock } from "./document.ts";
import { COLORS, FONT_SIZE, LINE_HEIGHT, WIDTH } from "./theme.ts";

/** Rows of the figure list: the value column's width and each row's padding. */
const LIST = { valueWidth: 200, padY: 8 } as const;

/** Returns a dataset drawn as a list of labels and values (not yet finished). */
export function drawFigureList(d: Dataset): SVGSVGElement {
  const labelWidth = WIDTH - LIST.valueWidth - 16;
  const rows: SVGElement[] = [];
  let y = 0;
  const figures = [...d.figures, ...d.derived];
  for (const [i, f] of figures.entries()) {
    const lines = wrapText(f.label, labelWidth, FONT_SIZE);
    const values = wrapText(f.text, LIST.valueWidth, FONT_SIZE, true);
    const height = Math.max(lines.length, values.length) * LINE_HEIGHT + 2 * LIST.padY;
    const cells = [
      textBlock(0, y + LIST.padY - 3, lines, LINE_HEIGHT / FONT_SIZE),
      textBlock(WIDTH, y + LIST.padY - 3, values, LINE_HEIGHT / FONT_SIZE, { "text-anchor": "end", "font-weight": 700 }),
    ];
    // Rules between rows only: the standalone frame draws its own under the last.
    if (i < figures.length - 1) {
      cells.push(svgElement("line", { x1: 0, x2: WIDTH, y1: y + height - 0.5, y2: y + height - 0.5, stroke: COLORS.rule }));
    }
    rows.push(svgElement("g", {}, cells));
    y += height;
  }
  return svgElement(
    "svg",
    { viewBox: `0 0 ${WIDTH} ${Math.ceil(y)}`, fill: "currentColor", "text-anchor": "start" },
    rows,
  ) as SVGSVGElement;
}
