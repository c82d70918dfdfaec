/**
 * Figures computed at build time from a dataset's own (sums, differences, products, ratios, shares),
 * marked as derived, with how. A derived figure may use the source figures and those derived before it.
 */
import { formatQuantity } from "../lib/format.ts";
import type { Report } from "./figures.ts";
import { combineHedges } from "./hedges.ts";
import type { Derived, DatasetInput } from "./schemas/dataset.ts";
import type { Figure } from "./types.ts";

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** How many keys each operation takes: at least one, exactly two, or at least two. */
const ARITY: Record<Derived["op"], { min: number; max: number; message: string }> = {
  sum: { min: 1, max: Infinity, message: "cần ít nhất một khóa" },
  difference: { min: 2, max: 2, message: "cần đúng hai khóa: số bị trừ và số trừ" },
  product: { min: 2, max: Infinity, message: "cần ít nhất hai khóa: các thừa số" },
  ratio: { min: 2, max: 2, message: "cần đúng hai khóa: tử số và mẫu số" },
  share: { min: 2, max: 2, message: "cần đúng hai khóa: tử số và mẫu số" },
};

/** Returns the value of `op` on `vals` and how it was computed, in words, from the operands as shown. */
function compute(op: Derived["op"], vals: number[], shown: string[]): { value: number; how: string } {
  const [a = NaN, b = NaN] = vals;
  switch (op) {
    case "sum":
      return { value: vals.reduce((s, v) => s + v, 0), how: shown.join(" + ") };
    case "difference":
      return { value: a - b, how: `${shown[0]} − ${shown[1]}` };
    case "product":
      return { value: vals.reduce((p, v) => p * v, 1), how: shown.join(" × ") };
    case "ratio":
      return { value: a / b, how: `${shown[0]} ÷ ${shown[1]}, làm tròn` };
    case "share":
      return { value: (a / b) * 100, how: `${shown[0]} ÷ ${shown[1]} × 100, làm tròn` };
  }
}

/** Returns the derived figures of `input`, computed from `figures`; reports unknown keys and bad operands. */
export function derivedFigures(input: DatasetInput, figures: readonly Figure[], report: Report): Figure[] {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const derived: Figure[] = [];
  const clashes: Array<[number, string]> = [];
  for (const [i, dv] of input.derived.entries()) {
    if (byKey.has(dv.key))
      clashes.push([i, figures.some((f) => f.key === dv.key) ? "một số liệu gốc" : "một số tính ghi trước nó"]);
    const ops = dv.of.map((k, j) => {
      const f = byKey.get(k);
      if (!f || f.value === undefined)
        report(["derived", i, "of", j], `không có số liệu nào có khóa "${k}" (số gốc, hoặc số tính ghi trước nó).`);
      return f;
    });
    const arity = ARITY[dv.op];
    if (dv.of.length < arity.min || dv.of.length > arity.max) report(["derived", i, "of"], `phép "${dv.op}" ${arity.message}.`);
    const vals = ops.map((f) => f?.value ?? NaN);
    if ((dv.op === "ratio" || dv.op === "share") && vals[1] === 0) report(["derived", i, "of", 1], "mẫu số bằng 0.");
    if (dv.op === "difference" && vals[0]! < vals[1]!)
      report(["derived", i, "of"], `hiệu âm: ${ops[0]?.text} nhỏ hơn ${ops[1]?.text}; số liệu không được âm.`);
    const { value, how } = compute(
      dv.op,
      vals,
      ops.map((f) => f?.text ?? "?"),
    );
    const rounded = round(value, dv.digits);
    const hedges = ops.map((f) => f?.qualifier ?? "exact");
    // A difference of hedged figures says nothing of its own direction ("gần" − "gần"): it is "khoảng".
    let qualifier = dv.op === "difference" && hedges.some((q) => q !== "exact") ? "khoảng" : combineHedges(hedges);
    if (rounded !== value && qualifier === "exact") qualifier = "khoảng";
    const figure: Figure = {
      key: dv.key,
      label: dv.label,
      value: rounded,
      unit: dv.unit,
      qualifier,
      derived: `Tính khi dựng trang: ${how}.`,
      role: "derived",
      text: formatQuantity(rounded, dv.unit, qualifier, dv.digits),
    };
    derived.push(figure);
    if (!byKey.has(dv.key)) byKey.set(dv.key, figure);
  }
  for (const [i, what] of clashes) report(["derived", i, "key"], `khóa "${input.derived[i]!.key}" đã dùng cho ${what}.`);
  return derived;
}
