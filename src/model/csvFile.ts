/**
 * Reads a dataset written as CSV. Metadata sits in `# field: value` lines above the header; the file
 * must state how it writes numbers (`# numbers: vi` for 1.234,5 or `# numbers: plain` for 1234.5):
 * nothing is guessed. Each row is one value. Parsed with papaparse.
 */
import Papa from "papaparse";
import type { ParsedFile } from "./jsonFile.ts";
import { parsePlainNumber, parseViNumber } from "../lib/format.ts";
import type { Problem } from "./problems.ts";
import { lineAt } from "../lib/text.ts";

/** Columns a CSV dataset may have; `key`, `label`, `quote` and one of `value`/`date` are required. */
export const CSV_COLUMNS = [
  "key",
  "label",
  "value",
  "date",
  "unit",
  "qualifier",
  "notation",
  "reading",
  "quote",
  "code",
  "as",
] as const;
/** How a CSV file writes the numbers of its `value` column: `vi` (1.234,5) or `plain` (1234.5). */
export const NUMBER_FORMATS = ["vi", "plain"] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];
/** Metadata a CSV dataset may state in `# field: value` lines. */
export const CSV_META = [
  "id",
  "article",
  "title",
  "finding",
  "description",
  "relationship",
  "kind",
  "unit",
  "numbers",
  "total",
  "total.note",
  "note",
] as const;

/** Returns the dataset input of a CSV source, in the same shape as a JSON dataset. */
export function parseCsvFile(file: string, source: string): ParsedFile {
  const src = source.normalize("NFC").replace(/^\uFEFF/, "");
  const problems: Problem[] = [];
  const metaLines = new Map<string, number>();
  const meta: Record<string, string> = {};
  const notes: string[] = [];

  // Metadata: leading lines of the form "# field: value".
  const lines = src.split(/\r?\n/);
  let headerIndex = 0;
  for (; headerIndex < lines.length; headerIndex++) {
    const line = lines[headerIndex] ?? "";
    if (line.trim() === "") continue;
    if (!line.startsWith("#")) break;
    const m = /^#\s*([\w.]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, written = "", value = ""] = m;
    // `# notation:` is this line's earlier name; `notation` is now only the column (how the article writes a figure).
    const field = written === "notation" ? "numbers" : written;
    if (!(CSV_META as readonly string[]).includes(field)) {
      problems.push({
        file,
        line: headerIndex + 1,
        field,
        message: `trường đầu tệp không được biết đến; dùng một trong: ${CSV_META.join(", ")}.`,
      });
      continue;
    }
    if (field === "note") notes.push(value.trim());
    else meta[field] = value.trim();
    metaLines.set(field, headerIndex + 1);
  }
  const headerLine = headerIndex + 1;
  const numbers = meta.numbers as NumberFormat | undefined;
  if (!(NUMBER_FORMATS as readonly string[]).includes(numbers ?? "")) {
    problems.push({
      file,
      line: metaLines.get("numbers"),
      field: "numbers",
      message: 'tệp CSV phải nói cách viết số: thêm dòng "# numbers: vi" (1.234,5) hoặc "# numbers: plain" (1234.5).',
    });
  }

  const body = lines.slice(headerIndex).join("\n");
  const rowLines: number[] = [];
  const rows: Record<string, string>[] = [];
  let header: string[] = [];
  // Papaparse reports where each row ends; the header row ends at the first line break.
  let previousCursor = body.indexOf("\n") + 1;
  Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
    step: (r) => {
      header = r.meta.fields ?? header;
      // The row starts where the previous one ended, past its line break.
      let start = previousCursor;
      while (body[start] === "\n" || body[start] === "\r") start++;
      previousCursor = r.meta.cursor;
      const line = headerLine + lineAt(body, start) - 1;
      for (const e of r.errors) problems.push({ file, line, message: `CSV sai cú pháp: ${csvError(e.code)}.` });
      rows.push(r.data);
      rowLines.push(line);
    },
  });
  for (const [i, h] of header.entries()) {
    if (!(CSV_COLUMNS as readonly string[]).includes(h)) {
      problems.push({
        file,
        line: headerLine,
        field: `cột ${i + 1}`,
        message: `cột "${h}" không được biết đến; dùng các cột: ${CSV_COLUMNS.join(", ")}.`,
      });
    }
  }

  const values = rows.map((row, i) => {
    const v: Record<string, unknown> = {};
    for (const [k, raw] of Object.entries(row)) {
      // A row with more cells than the header also has papaparse's `__parsed_extra` array; that
      // mistake (an unquoted "15,5") is already reported above as a syntax error.
      if (typeof raw !== "string") continue;
      const cell = raw.trim();
      if (cell === "") continue;
      if (k === "value") {
        try {
          v.value = numbers === "plain" ? parsePlainNumber(cell) : parseViNumber(cell);
        } catch (e) {
          problems.push({
            file,
            line: rowLines[i],
            field: "cột value",
            message: `${(e as Error).message}, theo "# numbers: ${numbers ?? "?"}".`,
          });
        }
      } else v[k] = cell;
    }
    return v;
  });

  const input: Record<string, unknown> = { values };
  for (const k of ["id", "article", "title", "finding", "description", "relationship", "kind", "unit"] as const)
    if (meta[k] !== undefined) input[k] = meta[k];
  if (meta.total !== undefined) input.total = { key: meta.total, ...(meta["total.note"] ? { note: meta["total.note"] } : {}) };
  if (notes.length) input.notes = notes;

  return {
    input: problems.length ? undefined : input,
    locate(path) {
      const [head, index] = path;
      if (head === "values" && typeof index === "number") return rowLines[index];
      if (head === "total" && path[1] === "note") return metaLines.get("total.note");
      return typeof head === "string" ? (metaLines.get(head) ?? metaLines.get("id")) : undefined;
    },
    field(path) {
      const [head, index, column] = path;
      if (head === "values" && typeof index === "number")
        return column === undefined ? `dòng dữ liệu ${index + 1}` : `cột ${String(column)}`;
      return `# ${path.map(String).join(".")}`;
    },
    problems,
  };
}

function csvError(code: string): string {
  switch (code) {
    case "MissingQuotes":
      return "dấu ngoặc kép mở mà không đóng";
    case "InvalidQuotes":
      return "dấu ngoặc kép đặt sai chỗ";
    case "TooFewFields":
      return "dòng thiếu cột so với dòng tiêu đề";
    case "TooManyFields":
      return "dòng thừa cột so với dòng tiêu đề (ô có dấu phẩy phải đặt trong ngoặc kép)";
    default:
      return code;
  }
}
