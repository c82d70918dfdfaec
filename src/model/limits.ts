/**
 * What a dataset or an article's frontmatter may hold beyond its schema: limits the layout holds
 * (rows per chart, text lengths, magnitudes), no figure shown with fewer digits than it has, no
 * placeholder left from `npm run new`, and no hostile text (textSafety.ts). A separate pass over the
 * parsed input, so each problem names its field.
 */
import { PLACEHOLDER, PLACEHOLDER_URL } from "./scaffold.ts";
import { invisibleProblem, stringLeaves, undrawableProblem } from "./textSafety.ts";

/**
 * Figures one chart draws: 30 bars of the row chart at 360 px make a chart about 1,000 px tall, the
 * most a reader follows on a phone and an oEmbed height a host page accepts; more belongs in a table
 * file of its own, split over several charts.
 */
export const MAX_ROWS = 30;

/**
 * Longest text (in characters) of each dataset field. Titles and labels are drawn in the SVG, the PNG
 * and the social card; these lengths wrap to at most three lines there at 360 px.
 */
export const DATASET_LENGTHS: Readonly<Record<string, number>> = {
  title: 120,
  finding: 160,
  description: 300,
  label: 100,
  unit: 20,
  code: 40,
  quote: 600,
  note: 300,
  notes: 300,
};

/** Longest text of each frontmatter field: the headline and summary of the home page, feeds and cards. */
export const ARTICLE_LENGTHS: Readonly<Record<string, number>> = {
  title: 150,
  description: 300,
  author: 100,
  publisher: 100,
  sourceNote: 300,
  lead: 1500,
};

/** The largest value a chart draws legibly: a million billion (1.000.000 tỷ), below the 15-digit limit of exact numbers. */
export const MAX_VALUE = 1e15;
/** Decimal places a figure is shown with (lib/format.ts): an exact value with more would be shown rounded. */
export const MAX_DECIMALS = 3;

/** Dataset fields whose text never reaches a PNG or SVG (the quote is checked against the article instead). */
const NOT_DRAWN = new Set(["quote", "id", "article", "key"]);
/** Frontmatter fields drawn in PNG social cards. */
const DRAWN_FRONTMATTER = new Set(["title", "description", "author", "publisher"]);

/** A problem at a field path of the file. */
export interface FieldProblem {
  path: PropertyKey[];
  message: string;
  /** The input cannot be read further: its other checks would only repeat this problem. */
  fatal?: boolean;
}

/** Returns the field a path ends in ("label" for values[2].label, "notes" for notes[0]). */
function fieldOf(path: readonly PropertyKey[]): string {
  const names = path.filter((p): p is string => typeof p === "string");
  return names[names.length - 1] ?? "";
}

/** Returns the problems of every string of `input`: invisible characters, undrawable ones, lengths, placeholders. */
function textProblems(
  input: unknown,
  lengths: Readonly<Record<string, number>>,
  drawn: (field: string, path: readonly PropertyKey[]) => boolean,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const { path, value } of stringLeaves(input)) {
    const field = fieldOf(path);
    const invisible = invisibleProblem(value);
    if (invisible) out.push({ path, message: invisible });
    else if (drawn(field, path)) {
      const undrawable = undrawableProblem(value);
      if (undrawable) out.push({ path, message: undrawable });
    }
    const max = lengths[field];
    const length = [...value].length;
    if (max !== undefined && length > max)
      out.push({
        path,
        message: `dài ${length} ký tự, quá giới hạn ${max} ký tự của trường này (bố cục biểu đồ và trang chỉ chứa được chừng ấy); viết gọn lại.`,
      });
    if (value.includes(PLACEHOLDER) || value === PLACEHOLDER_URL)
      out.push({
        path,
        message: `còn chữ mẫu "${PLACEHOLDER}" do npm run new viết; thay bằng nội dung thật trước khi xuất bản.`,
      });
  }
  return out;
}

/** Returns the problems of a dataset's parsed input beyond its schema (input as read from the file). */
export function datasetLimitProblems(input: unknown): FieldProblem[] {
  const out = textProblems(input, DATASET_LENGTHS, (field, path) => !NOT_DRAWN.has(field) && path[0] !== "corrections");
  const values = (input as { values?: unknown } | undefined)?.values;
  if (!Array.isArray(values)) return out;
  if (values.length > MAX_ROWS)
    out.push({
      path: ["values", MAX_ROWS],
      message: `bộ dữ liệu có ${values.length} số liệu, quá ${MAX_ROWS} số liệu một biểu đồ vẽ được dễ đọc; tách thành nhiều bộ dữ liệu (mỗi bộ một biểu đồ).`,
    });
  for (const [i, v] of values.entries()) {
    const { value, qualifier, notation } = (v ?? {}) as { value?: unknown; qualifier?: unknown; notation?: unknown };
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    if (Math.abs(value) > MAX_VALUE)
      out.push({
        path: ["values", i, "value"],
        fatal: true,
        message: `giá trị ${value} lớn quá giới hạn 1.000.000 tỷ (10^15) mà biểu đồ vẽ được và con số giữ được đủ chữ số; kiểm tra lại đơn vị (ví dụ tỷ đồng thay cho đồng).`,
      });
    else if ((qualifier ?? "exact") === "exact" && notation !== "digits" && decimals(value) > MAX_DECIMALS)
      out.push({
        path: ["values", i, "value"],
        message: `số chính xác ${value} có ${decimals(value)} chữ số thập phân, trang chỉ hiện ${MAX_DECIMALS} nên sẽ hiện số đã làm tròn; ghi số như bài viết, hoặc nếu bài làm tròn thì dùng qualifier "khoảng".`,
      });
  }
  return out;
}

/** Returns the number of decimal places `n` is written with in JSON (227.642 → 3). */
function decimals(n: number): number {
  const m = /\.(\d+)(?:e-(\d+))?$|e-(\d+)$/.exec(String(n));
  if (!m) return 0;
  return (m[1]?.length ?? 0) + Number(m[2] ?? m[3] ?? 0);
}

/** Returns the problems of an article's frontmatter beyond its schema (as parsed from YAML). */
export function frontmatterLimitProblems(frontmatter: unknown): FieldProblem[] {
  return textProblems(frontmatter, ARTICLE_LENGTHS, (field, path) => path.length === 1 && DRAWN_FRONTMATTER.has(field));
}
