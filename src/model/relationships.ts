/**
 * A dataset's declared relationship, checked against its figures: the form drawn asserts what the
 * figures are to each other (a stack says its parts make up the whole), so figures that contradict
 * it stop the build, naming the file and the field.
 */
import { formatQuantity } from "../lib/format.ts";
import { foldText } from "../lib/text.ts";
import type { Report } from "./figures.ts";
import { formsOf, RELATIONSHIP_FORMS, type ChartKind, type DatasetInput, type Relationship } from "./schemas/dataset.ts";
import type { Figure } from "./types.ts";

/** How an editor reads each relationship, in the messages. */
const NAMES: Record<Relationship, string> = {
  partition: "các phần chia đúng một tổng",
  groups: "các nhóm của một tổng, có thể trùng nhau",
  sum: "các khoản riêng và tổng tính ra",
  amounts: "các lượng cùng đơn vị để so sánh",
  plan: "kế hoạch, mục tiêu",
  facts: "các số liệu chính không so sánh với nhau",
  documents: "danh sách văn bản",
};

/** The relationship a dataset declares and the form it draws. */
export interface Declared {
  relationship?: Relationship | undefined;
  kind: ChartKind;
}

/**
 * Returns the relationship and form of `input`: the relationship's own form, or a `kind` it allows.
 * A version published before relationships keeps its `kind`; a current file must declare its relationship.
 */
export function declaredForm(input: DatasetInput, archived: boolean, report: Report): Declared {
  if (input.relationship) {
    const forms = formsOf(input.relationship);
    if (input.kind && !archived && !forms.includes(input.kind))
      report(
        ["kind"],
        `"kind": "${input.kind}" nói sai quan hệ "${input.relationship}" (${NAMES[input.relationship]}); ` +
          `chỉ dùng được ${forms.map((f) => `"${f}"`).join(", ")}, hoặc bỏ "kind" để vẽ "${forms[0]}".`,
      );
    return {
      relationship: input.relationship,
      kind: input.kind && forms.includes(input.kind) ? input.kind : RELATIONSHIP_FORMS[input.relationship],
    };
  }
  if (input.kind && archived) return { kind: input.kind };
  const options = Object.entries(NAMES)
    .map(([k, v]) => `"${k}" (${v})`)
    .join(", ");
  report(["relationship"], `cần "relationship": các số liệu quan hệ với nhau thế nào, một trong ${options}.`);
  return { kind: input.kind ?? "number" };
}

/** What the checks need of the built figures. */
export interface Built {
  figures: readonly Figure[];
  total?: Figure | undefined;
  parts: readonly Figure[];
  partsSum?: number | undefined;
  derived: readonly Figure[];
}

const exact = (fs: readonly (Figure | undefined)[]) => fs.every((f) => f?.qualifier === "exact");
const numeric = (f: Figure) => f.value !== undefined && f.date === undefined;

/** Reports where the figures contradict the declared relationship. */
export function checkRelationship(input: DatasetInput, r: Relationship, b: Built, report: Report): void {
  const name = `"relationship": "${r}" (${NAMES[r]})`;
  const index = (f: Figure) => input.values.findIndex((v) => v.key === f.key);
  const at = (f: Figure): PropertyKey[] =>
    index(f) >= 0 ? ["values", index(f), "value"] : ["total", "parts", input.total?.parts?.indexOf(f.key) ?? 0];
  if ((r === "partition" || r === "groups") && !b.total) {
    report(["total"], `${name} cần "total": {"key": …}, khóa của số tổng bài viết nêu.`);
  }
  if (r === "partition" && b.total && b.partsSum !== undefined && exact([b.total, ...b.parts])) {
    const stated = b.total.value ?? 0;
    if (Math.abs(b.partsSum - stated) > 1e-9)
      report(
        ["relationship"],
        `${name}, nhưng các phần cộng lại được ${formatQuantity(b.partsSum, b.total.unit)}, khác tổng ${b.total.text} của "${b.total.key}". ` +
          `Nếu các nhóm có thể trùng nhau hoặc bài không nói rõ, dùng "groups" và ghi total.note; không được sửa số cho khớp.`,
      );
  }
  if (r === "groups" && b.total?.value !== undefined) {
    for (const p of b.parts)
      if ((p.value ?? 0) > b.total.value)
        report(at(p), `nhóm "${p.key}" (${p.text}) lớn hơn tổng ${b.total.text}: một nhóm không thể vượt tổng.`);
  }
  if (r === "sum") {
    const sums = input.derived.filter((d) => d.op === "sum");
    if (sums.length !== 1) report(["derived"], `${name} cần đúng một số tính "op": "sum" cộng các khoản; có ${sums.length}.`);
    const units = new Set(sums.flatMap((s) => s.of).map((k) => b.figures.find((f) => f.key === k)?.unit));
    if (units.size > 1) report(["derived", input.derived.indexOf(sums[0]!), "of"], "các khoản được cộng phải cùng một đơn vị.");
  }
  if (r === "amounts") {
    const units = new Set(b.figures.filter(numeric).map((f) => f.unit));
    if (b.figures.filter(numeric).length < 2 || units.size > 1)
      report(["relationship"], `${name} cần ít nhất hai số cùng một đơn vị; số khác đơn vị thì dùng "facts".`);
  }
  if (r === "documents") {
    for (const [i, v] of input.values.entries()) {
      if (v.value === undefined) continue;
      if (!v.code) report(["values", i, "code"], `văn bản cần "code": số hiệu đúng như bài viết ghi (ví dụ "681-CT/ĐU").`);
    }
  }
  for (const [i, v] of input.values.entries()) {
    if (v.code && !foldText(v.quote).includes(foldText(v.code)))
      report(["values", i, "code"], `số hiệu "${v.code}" không có trong trích dẫn "${v.quote}".`);
    if (v.code && v.value !== undefined && !v.code.includes(String(v.value)))
      report(["values", i, "code"], `số hiệu "${v.code}" không chứa số ${v.value} của value.`);
    if (v.as && r !== "plan" && r !== "facts")
      report(["values", i, "as"], `"as" chỉ dùng với "relationship": "plan" hoặc "facts".`);
  }
}
