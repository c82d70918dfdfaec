/**
 * `compare`: amounts side by side in the article's order (the VND contributions), each with its
 * hedge, then the figures computed from them (a sum), drawn hollow and dashed and marked "tính".
 * Figures in another unit are listed under the chart rather than drawn on a scale they do not share.
 */
import type { Dataset } from "../model/types.ts";
import { drawRowChart, type BarRow } from "./rowChart.ts";
import { compareShape, DERIVED_MARK, markDerived } from "./shape.ts";
import { COLORS } from "./theme.ts";

const DERIVED_LEGEND = `Thanh nét đứt, ghi “${DERIVED_MARK}”: số được tính từ các số liệu trên khi dựng trang, bài viết không nêu.`;

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
    text: r.derived ? markDerived(r.text) : r.text,
    fill: emphasis.has(r.key) ? COLORS.strong : COLORS.bar,
    bold: emphasis.has(r.key),
  }));
  const foot = [...(rows.some((r) => r.derived) ? [DERIVED_LEGEND] : []), ...others.map((f) => `${f.label}: ${f.text}`)];
  return drawRowChart({ rows: bars, foot, width: options.width });
}
