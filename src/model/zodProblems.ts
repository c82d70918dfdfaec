/** zod's validation issues as problems an editor understands, each at its file's line and field. */
import { fieldPath, type Problem } from "./problems.ts";

/** What this module reads of a zod issue. */
export interface ZodIssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  keys?: string[];
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
  return issue.message.endsWith(".") ? issue.message : `${issue.message}.`;
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
