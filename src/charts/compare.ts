/**
 * `compare`: amounts side by side in the article's order (the VND contributions), each with its
 * hedge, then the figures computed from them (a sum), drawn hollow and dashed and marked "tính".
 * Figures in another unit are listed under the chart rather than drawn on a scale they do not share.
 */
import type { Dataset } from "../lib/site.ts";
import { drawRowChart, type BarRow } from "./rowChart.ts";
import { compareShape } from "./shape.ts";
import { COLORS } from "./theme.ts";

/** The word that marks a derived figure's value label. */
export const DERIVED_MARK = "tính";
const DERIVED_LEGEND = "Thanh nét đứt, ghi “tính”: số được tính từ các số liệu trên khi dựng trang, bài viết không nêu.";

/** Returns the raw SVG of a comparison chart, or undefined when no figure has a number. */
export function drawCompare(
  d: Dataset,
  options: { emphasis?: readonly string[]; width?: number | undefined } = {},
): SVGSVGElement | undefined {
  const emphasis = new Set(options.emphasis ?? []);
  const { rows, others } = compareShape(d);
  if (!rows.length) return undefined;
  const bars: BarRow[] = rows.map((r) => ({
    ...r,
    text: r.derived ? `${r.text} (${DERIVED_MARK})` : r.text,
    fill: emphasis.has(r.key) ? COLORS.strong : COLORS.bar,
    bold: emphasis.has(r.key),
  }));
  const foot = [...(rows.some((r) => r.derived) ? [DERIVED_LEGEND] : []), ...others.map((f) => `${f.label}: ${f.text}`)];
  return drawRowChart({ rows: bars, foot, width: options.width });
}
