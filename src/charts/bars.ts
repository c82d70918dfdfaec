/**
 * `bars`: a ranked horizontal bar chart of the parts of a total (or of every figure in the
 * chart's unit), largest first. Emphasised keys get the strong colour, the others the soft one.
 */
import type { Dataset } from "../model/types.ts";
import { drawRowChart, type BarRow } from "./rowChart.ts";
import { barRows, totalLine } from "./shape.ts";
import { COLORS } from "./theme.ts";

export interface BarsOptions {
  /** Keys of the figures to highlight. */
  emphasis?: readonly string[];
  /** Design width in SVG units (default `WIDTH`). */
  width?: number | undefined;
}

/** Returns the raw SVG of a ranked bar chart, or undefined when no figure has a number. */
export function drawBars(d: Dataset, options: BarsOptions = {}): SVGSVGElement | undefined {
  const emphasis = new Set(options.emphasis ?? []);
  const rows = barRows(d);
  if (!rows.length) return undefined;
  const anyEmphasis = rows.some((r) => emphasis.has(r.key));
  const bars: BarRow[] = rows.map((r) => {
    const strong = emphasis.has(r.key);
    return { ...r, fill: !anyEmphasis ? COLORS.bar : strong ? COLORS.strong : COLORS.soft, bold: strong };
  });
  const total = totalLine(d);
  return drawRowChart({
    rows: bars,
    width: options.width,
    ...(total?.note ? { note: total.text } : { foot: total ? [total.text] : [] }),
  });
}
