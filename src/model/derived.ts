/** Figures computed at build time from a dataset's own (sums, ratios, shares), marked as derived, with how. */
import { formatQuantity } from "../lib/format.ts";
import type { Report } from "./figures.ts";
import { combineHedges } from "./hedges.ts";
import type { DatasetInput } from "./schemas/dataset.ts";
import type { Figure } from "./types.ts";

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Returns the derived figures of `input`, computed from `figures`; reports unknown keys and bad operands. */
export function derivedFigures(input: DatasetInput, figures: readonly Figure[], report: Report): Figure[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const derived = input.derived.map((dv, i): Figure => {
    const ops = dv.of.map((k, j) => {
      const f = byKey.get(k);
      if (!f || f.value === undefined) report(["derived", i, "of", j], `không có số liệu nào có khóa "${k}".`);
      return f;
    });
    if (dv.op !== "sum" && dv.of.length !== 2)
      report(["derived", i, "of"], `phép "${dv.op}" cần đúng hai khóa: tử số và mẫu số.`);
    const vals = ops.map((f) => f?.value ?? NaN);
    const shown = ops.map((f) => f?.text ?? "?");
    let value: number;
    let how: string;
    if (dv.op === "sum") {
      value = vals.reduce((s, v) => s + v, 0);
      how = `Tính khi dựng trang: ${shown.join(" + ")}.`;
    } else {
      const [a = NaN, b = NaN] = vals;
      if (b === 0) report(["derived", i, "of", 1], "mẫu số bằng 0.");
      value = dv.op === "share" ? (a / b) * 100 : a / b;
      how = `Tính khi dựng trang: ${shown[0]} ÷ ${shown[1]}${dv.op === "share" ? " × 100" : ""}, làm tròn.`;
    }
    const rounded = round(value, dv.digits);
    let qualifier = combineHedges(ops.map((f) => f?.qualifier ?? "exact"));
    if (rounded !== value && qualifier === "exact") qualifier = "khoảng";
    return {
      key: dv.key,
      label: dv.label,
      value: rounded,
      unit: dv.unit,
      qualifier,
      derived: how,
      role: "derived",
      text: formatQuantity(rounded, dv.unit, qualifier, dv.digits),
    };
  });
  for (const [i, dv] of input.derived.entries()) {
    if (byKey.has(dv.key)) report(["derived", i, "key"], `khóa "${dv.key}" đã dùng cho một số liệu gốc.`);
  }
  return derived;
}
