/** zod's validation issues as problems an editor understands, each at its file's line and field. */
import { fieldPath, type Problem } from "./problems.ts";

/** What this module reads of a zod issue. */
export interface ZodIssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  keys?: string[];
  /** invalid_type: the type wanted; invalid_value: the values allowed; too_small/too_big: the bound and what it bounds. */
  expected?: string;
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

/** The JSON types, as an editor names them. */
const TYPES: Record<string, string> = {
  string: "một chuỗi chữ trong dấu ngoặc kép",
  number: "một số (không có dấu ngoặc kép)",
  int: "một số nguyên",
  boolean: "true hoặc false",
  array: "một danh sách trong ngoặc vuông [ … ]",
  object: "một nhóm trường trong ngoặc nhọn { … }",
  date: "một ngày",
};

/** Returns what `v` is, as an editor names it. */
function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "một danh sách";
  if (typeof v === "string") return `chuỗi "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === "number") return `số ${v}`;
  if (typeof v === "boolean") return String(v);
  return "một nhóm trường";
}

/** Returns zod's own (English) message for an issue in Vietnamese; undefined when the schema set its own. */
function vietnameseDefault(issue: ZodIssueLike, value: unknown): string | undefined {
  if (!/^(Invalid|Too (small|big)|Unrecognized|Expected)/.test(issue.message)) return undefined;
  const n = issue.origin === "array" ? " phần tử" : issue.origin === "string" ? " ký tự" : "";
  switch (issue.code) {
    case "invalid_type":
      return `phải là ${TYPES[issue.expected ?? ""] ?? issue.expected}, không phải ${kindOf(value)}`;
    case "invalid_value":
      return `phải là một trong ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) === 1
        ? "không được để trống"
        : `phải có ít nhất ${issue.minimum}${n}`;
    case "too_big":
      return `chỉ được tối đa ${issue.maximum}${n}`;
    default:
      return "giá trị không hợp lệ ở đây";
  }
}

/** Returns the value at `path` in `input`, or undefined. */
function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = input;
  for (const seg of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

/** Returns a zod issue as a sentence an editor understands (`input` is what was validated). */
export function friendlyMessage(issue: ZodIssueLike, input: unknown): string {
  if (issue.code === "invalid_type" && valueAt(input, issue.path) === undefined) return "thiếu trường bắt buộc này.";
  if (issue.code === "unrecognized_keys") {
    return `trường không được biết đến: ${(issue.keys ?? []).map((k) => `"${k}"`).join(", ")}. Kiểm tra lỗi chính tả.`;
  }
  const message = vietnameseDefault(issue, valueAt(input, issue.path)) ?? issue.message;
  return message.endsWith(".") ? message : `${message}.`;
}

/** Returns the path an editor should look at: an unknown key's own path, else the issue's. */
export function issuePath(issue: ZodIssueLike): PropertyKey[] {
  return issue.code === "unrecognized_keys" && issue.keys?.[0] ? [...issue.path, issue.keys[0]] : issue.path;
}

/** Where a file's fields are: their lines, and how to name them. */
export interface FieldLocator {
  locate: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  field?: ((path: ReadonlyArray<PropertyKey>) => string) | undefined;
}

/** Returns one problem per zod issue of `input`, read from `file`. */
export function zodProblems(file: string, issues: readonly ZodIssueLike[], input: unknown, at: FieldLocator): Problem[] {
  return issues.map((issue) => {
    const path = issuePath(issue);
    return { file, line: at.locate(path), field: at.field?.(path) ?? fieldPath(path), message: friendlyMessage(issue, input) };
  });
}
