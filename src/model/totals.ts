/** A dataset's total and its parts: the parts must add up, or the dataset must say why they do not. */
import { formatNumber } from "../lib/format.ts";
import type { Report } from "./figures.ts";
import type { DatasetInput, Relationship } from "./schemas/dataset.ts";
import type { Figure } from "./types.ts";

/** What a total makes of a dataset's figures. */
export interface Totals {
  total?: Figure | undefined;
  parts: Figure[];
  partsSum?: number | undefined;
}

/** Marks the total and the parts among `figures` (setting their roles) and checks that the parts add up. */
export function applyTotal(input: DatasetInput, figures: Figure[], report: Report, relationship?: Relationship): Totals {
  if (!input.total) return { parts: [] };
  // By key as a map: with a duplicated key (reported already) the last figure is the one found.
  const total = new Map(figures.map((f) => [f.key, f])).get(input.total.key);
  if (!total) {
    report(["total", "key"], `không có số liệu nào có khóa "${input.total.key}" để làm tổng.`);
    return { parts: [] };
  }
  total.role = "total";
  const parts = figures.filter((f) => f !== total);
  for (const p of parts) p.role = "part";
  const badUnit = parts.find((p) => p.unit !== total.unit || p.value === undefined);
  if (badUnit) {
    report(["total", "key"], `phần "${badUnit.key}" phải là số cùng đơn vị "${total.unit}" với tổng.`);
    return { total, parts };
  }
  const partsSum = parts.reduce((s, p) => s + (p.value ?? 0), 0);
  const matches = Math.abs(partsSum - (total.value ?? 0)) < 1e-9;
  // A partition that does not add up is reported by the relationship's check, with what to do.
  if (!matches && !input.total.note && relationship !== "partition") {
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
