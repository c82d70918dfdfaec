/**
 * The editor's guide lists every field and every accepted value the checks know: the lists are read
 * from the zod schemas, the CSV reader and the limits (never retyped here), so a field, an enum value
 * or a limit added to the code without a line in docs/huong-dan-bien-tap.md fails this test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, CSV_META, NUMBER_FORMATS } from "../../src/model/csvFile.ts";
import { ARTICLE_LENGTHS, DATASET_LENGTHS, MAX_ROWS, MAX_VALUE } from "../../src/model/limits.ts";
import { ARTICLE_COMPONENTS } from "../../src/model/mdxComponents.ts";
import { articleSchema } from "../../src/model/schemas/article.ts";
import { datasetSchema } from "../../src/model/schemas/dataset.ts";
import { formatNumber } from "../../src/lib/format.ts";

const GUIDE = readFileSync(join(import.meta.dirname, "../../docs/huong-dan-bien-tap.md"), "utf8");
/** The rows of the guide's tables: where fields are explained. */
const ROWS = GUIDE.split("\n").filter((l) => l.startsWith("|"));

/** What this test reads of a zod 4 schema's definition. */
interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
  entries?: Record<string, string>;
}

interface Field {
  path: string;
  name: string;
  values: string[];
}

/** Returns every field of a zod schema (nested objects and arrays walked), with its enum values if any. */
function fields(schema: { _zod: { def: Def } }, path = ""): Field[] {
  const unwrap = (d: Def): Def => {
    const inner = d.innerType ?? d.in ?? (d.type === "array" ? d.element : undefined);
    return inner ? unwrap(inner._zod.def) : d;
  };
  const def = unwrap(schema._zod.def);
  if (def.type !== "object" || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([name, child]) => {
    const d = unwrap(child._zod.def);
    const here = path ? `${path}.${name}` : name;
    return [{ path: here, name, values: d.type === "enum" ? Object.values(d.entries ?? {}) : [] }, ...fields(child, here)];
  });
}

const SCHEMAS = { "phần đầu bài": articleSchema, "bộ dữ liệu": datasetSchema };

describe("the guide lists", () => {
  it.each(Object.entries(SCHEMAS))("every field of the %s in one of its tables", (_name, schema) => {
    const all = fields(schema);
    expect(all.length).toBeGreaterThan(5);
    const missing = all.filter((f) => !ROWS.some((r) => r.includes(`\`${f.name}\``))).map((f) => f.path);
    expect(missing).toEqual([]);
  });

  it("every accepted value of every enum of a dataset", () => {
    const enums = fields(datasetSchema).filter((f) => f.values.length);
    expect(enums.length).toBeGreaterThan(0);
    const missing = enums.flatMap((f) =>
      f.values.filter((v) => !GUIDE.includes(`\`${v}\``) && !GUIDE.includes(`\`"${v}"\``)).map((v) => `${f.path}: ${v}`),
    );
    expect(missing).toEqual([]);
  });

  it("every CSV header line, column and way of writing numbers", () => {
    const missing = [...CSV_META, ...CSV_COLUMNS, ...NUMBER_FORMATS.map((n) => `# numbers: ${n}`)].filter(
      (f) => !GUIDE.includes(`\`${f}\``),
    );
    expect(missing).toEqual([]);
  });

  it("every component an article may use", () => {
    for (const c of ARTICLE_COMPONENTS) expect(GUIDE).toContain(`<${c}`);
  });

  it("every limit, with the number the check applies", () => {
    const row = (field: string) => ROWS.find((r) => r.startsWith(`| ${field} `)) ?? "";
    for (const [field, max] of Object.entries(DATASET_LENGTHS)) expect(row(`dữ liệu \`${field}\``), field).toContain(` ${max} `);
    for (const [field, max] of Object.entries(ARTICLE_LENGTHS)) expect(row(`bài \`${field}\``), field).toContain(` ${max} `);
    expect(row("số liệu một biểu đồ")).toContain(` ${MAX_ROWS} `);
    expect(row("giá trị lớn nhất")).toContain(` ${formatNumber(MAX_VALUE / 1e9)} tỷ `);
  });
});
