/**
 * `groups`: groups of a stated total that may overlap (699 households; groups adding to 700), as
 * bars largest first, each read against the total drawn as a pale track: never a stack, which
 * would claim the groups make up the whole.
 */
import type { Dataset } from "../model/types.ts";
import { drawRowChart, type BarRow } from "./rowChart.ts";
import { barRows, totalLine } from "./shape.ts";
import { COLORS } from "./theme.ts";

/** Returns the raw SVG of the groups against their total, or undefined without groups. */
export function drawGroups(
  d: Dataset,
  options: { emphasis?: readonly string[]; width?: number | undefined } = {},
): SVGSVGElement | undefined {
  const emphasis = new Set(options.emphasis ?? []);
  const rows = barRows(d);
  if (!rows.length || d.total?.value === undefined) return undefined;
  const anyEmphasis = rows.some((r) => emphasis.has(r.key));
  const bars: BarRow[] = rows.map((r) => {
    const strong = emphasis.has(r.key);
    return { ...r, fill: !anyEmphasis ? COLORS.bar : strong ? COLORS.strong : COLORS.soft, bold: strong };
  });
  const total = totalLine(d);
  const track = `Thanh nhạt: tổng ${d.total.text} theo bài viết; mỗi nhóm đọc so với tổng này.`;
  return drawRowChart({
    rows: bars,
    width: options.width,
    track: d.total.value,
    ...(total?.note ? { note: total.text } : {}),
    foot: [track, ...(d.totalNote ? ["Các nhóm có thể trùng nhau: không cộng các thanh lại."] : [])],
  });
}
