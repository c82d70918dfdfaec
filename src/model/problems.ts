/** Problems found in an editor's files, each naming the file, the line or field, and what is wrong. */

export interface Problem {
  /** Path relative to the project root ("data/ho-gia-dinh.json"). */
  file: string;
  /** 1-based line, when known. */
  line?: number | undefined;
  /** Field path inside the file ("values[2].value"), or CSV "dòng 4, cột value". */
  field?: string | undefined;
  /** One Vietnamese sentence: what is wrong and what to do. */
  message: string;
}

/** Returns a problem as one line: `data/x.json:12: values[2].value: message`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

/** The heading of a list of problems, as `npm run check` and the dev server print it. */
export function problemsHeading(problems: readonly Problem[]): string {
  return `Có ${problems.length} lỗi, cần sửa trước khi xuất bản:`;
}

/** Returns the heading and one line per problem: what `npm run check` prints. */
export function problemsReport(problems: readonly Problem[]): string {
  return [problemsHeading(problems), ...problems.map(formatProblem)].join("\n");
}

/** An error carrying every problem found, so an editor sees them all at once. */
export class SiteError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const n = problems.length;
    super(`Cột Mốc: ${n} lỗi trong nội dung, chưa thể dựng trang:\n${problems.map((p) => "  " + formatProblem(p)).join("\n")}`);
    this.name = "SiteError";
    this.problems = problems;
  }
}

/** Returns a zod issue path as "values[2].value". */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}
