/** The text a screen reader reads for a chart (its `<desc>`): what it shows, value by value. */
import { formatQuantity } from "../lib/format.ts";
import type { Dataset, Figure } from "../model/types.ts";

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

function item(f: Figure): string {
  return `${f.label}: ${f.text}`;
}

/** Returns a one-paragraph Vietnamese description of the dataset listing each value. */
export function chartSummary(d: Dataset): string {
  const parts = [sentence(d.description)];
  const stated = d.figures.filter((f) => f.text);
  if (stated.length) parts.push(sentence(`Số liệu theo bài viết: ${stated.map(item).join("; ")}`));
  if (d.totalNote && d.total && d.partsSum !== undefined) {
    parts.push(sentence(`Tổng theo bài: ${d.total.text}; cộng các nhóm: ${formatQuantity(d.partsSum, d.total.unit)}`));
    parts.push(sentence(d.totalNote));
  }
  if (d.derived.length) parts.push(sentence(`Số tính khi dựng trang: ${d.derived.map(item).join("; ")}`));
  return parts.join(" ");
}
