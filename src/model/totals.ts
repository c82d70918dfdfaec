/** A dataset's total and its parts: the parts must add up, or the dataset must say why they do not. */
import { formatNumber, formatQuantity } from "../lib/format.ts";
import type { Report } from "./figures.ts";
import type { DatasetInput, Relationship } from "./schemas/dataset.ts";
import type { Figure } from "./types.ts";

/** What a total makes of a dataset's figures. */
export interface Totals {
  total?: Figure | undefined;
  parts: Figure[];
  partsSum?: number | undefined;
}

/**
 * Marks the total and the parts among `figures` (setting their roles) and checks that the parts add up.
 * The parts are the other source figures, or those `total.parts` names (source or `derived` figures);
 * `total.rest` adds the rest of the total the article does not break down, as a derived part.
 */
export function applyTotal(
  input: DatasetInput,
  figures: Figure[],
  report: Report,
  relationship?: Relationship,
  derived: Figure[] = [],
): Totals {
  if (!input.total) return { parts: [] };
  // By key as a map: with a duplicated key (reported already) the last figure is the one found.
  const total = new Map(figures.map((f) => [f.key, f])).get(input.total.key);
  if (!total) {
    report(["total", "key"], `không có số liệu nào có khóa "${input.total.key}" để làm tổng.`);
    return { parts: [] };
  }
  total.role = "total";
  const named = input.total.parts;
  if (input.total.rest && !named) report(["total", "rest"], `"rest" chỉ dùng cùng "parts": ghi khóa các phần bài viết nêu.`);
  const all = new Map([...figures, ...derived].map((f) => [f.key, f]));
  const parts = named
    ? named.flatMap((k, j) => {
        const f = all.get(k);
        if (!f || f === total) report(["total", "parts", j], `không có số liệu hay số tính nào có khóa "${k}" để làm một phần.`);
        return f && f !== total ? [f] : [];
      })
    : figures.filter((f) => f !== total);
  for (const p of parts) if (p.role !== "derived") p.role = "part";
  if (named && input.total.rest && total.value !== undefined && parts.every((p) => p.unit === total.unit)) {
    const rest = restFigure(input.total.rest, total, parts);
    if (rest.value! < 0)
      report(
        ["total", "rest"],
        `các phần (${formatQuantity(total.value - rest.value!, total.unit)}) đã vượt tổng ${total.text}; không còn phần nào.`,
      );
    if (all.has(rest.key)) report(["total", "rest", "key"], `khóa "${rest.key}" đã dùng cho một số liệu khác.`);
    parts.push(rest);
    derived.push(rest);
  }
  const badUnit = parts.find((p) => p.unit !== total.unit || p.value === undefined);
  if (badUnit) {
    report(["total", "key"], `phần "${badUnit.key}" phải là số cùng đơn vị "${total.unit}" với tổng.`);
    return { total, parts };
  }
  const partsSum = parts.reduce((s, p) => s + (p.value ?? 0), 0);
  const matches = Math.abs(partsSum - (total.value ?? 0)) < 1e-9;
  // A partition that does not add up is reported by the relationship's check, with what to do.
  // Parts named by `total.parts` are a share of the whole by the dataset's own word: no note needed.
  if (!matches && !input.total.note && relationship !== "partition" && !named) {
    report(
      ["total"],
      `các phần cộng lại được ${formatNumber(partsSum)}, khác tổng ${formatNumber(total.value ?? 0)} của "${total.key}". ` +
        `Nếu bài viết đúng như vậy, thêm total.note giải thích cho người đọc; không được sửa số cho khớp.`,
    );
  }
  if (matches && input.total.note) {
    report(["total", "note"], `các phần đã cộng đúng bằng tổng; bỏ total.note vì nó sẽ báo sai cho người đọc.`);
  }
  return { total, parts, partsSum };
}

/** Returns the rest of `total` once `parts` are taken: a derived part, labelled as the dataset says. */
function restFigure(rest: { key: string; label: string }, total: Figure, parts: readonly Figure[]): Figure {
  const value = (total.value ?? 0) - parts.reduce((s, p) => s + (p.value ?? 0), 0);
  const qualifier = [total, ...parts].every((f) => f.qualifier === "exact") ? "exact" : "khoảng";
  return {
    key: rest.key,
    label: rest.label,
    value,
    unit: total.unit,
    qualifier,
    derived: `Tính khi dựng trang: phần còn lại, ${[total, ...parts].map((f) => f.text).join(" − ")}.`,
    role: "derived",
    text: formatQuantity(value, total.unit, qualifier),
  };
}
