/**
 * A CSV and a JSON dataset with the same content give the same figures and the same chart: the
 * mini fixture's dong-gop.json and dong-gop-csv.csv state the same values (the CSV in vi notation,
 * "125.000.000" and "227,642"); only their id, title, description and file differ.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clearChartCache, renderChart } from "../../src/charts/index.ts";
import { parseCsvFile } from "../../src/model/csvFile.ts";
import { readSite } from "../../src/model/readSite.ts";
import { type Dataset } from "../../src/model/types.ts";
import type { ChartKind } from "../../src/model/schemas/dataset.ts";
import { FIXTURES } from "./sandbox.ts";

const { site, problems } = readSite(join(FIXTURES, "mini"));
const json = site.datasets.find((d) => d.id === "dong-gop");
const csv = site.datasets.find((d) => d.id === "dong-gop-csv");

/** Returns the dataset with the fields that name it (not its content) taken from `like`. */
function renamed(d: Dataset, like: Dataset): Dataset {
  return { ...d, id: like.id, title: like.title, headline: like.headline, description: like.description, file: like.file };
}

/** Returns the chart drawn afresh: the chart cache would otherwise hand back the first drawing. */
function fresh(d: Dataset, kind: ChartKind): string {
  clearChartCache();
  return renderChart(d, { kind });
}

describe("CSV and JSON datasets with the same content", () => {
  it("both load without problems", () => {
    expect(problems).toEqual([]);
    expect(json?.file).toBe("data/dong-gop.json");
    expect(csv?.file).toBe("data/dong-gop-csv.csv");
  });

  it("differ only in id, title (and so headline), description and file", () => {
    if (!json || !csv) throw new Error("mini fixture datasets missing");
    expect(csv.title).not.toBe(json.title);
    expect(renamed(csv, json)).toEqual(json);
  });

  it("have the same figures, values and reader texts", () => {
    expect(csv?.figures).toEqual(json?.figures);
    expect(csv?.figures.map((f) => [f.value, f.text])).toEqual([
      [125_000_000, "gần 125 triệu đồng"],
      [227.642, "227,642 km"],
    ]);
  });

  it.each(["number", "bars", "compare"] as const)("draw the same %s chart", (kind) => {
    if (!json || !csv) throw new Error("mini fixture datasets missing");
    const fromJson = fresh(json, kind);
    const fromCsv = fresh(renamed(csv, json), kind);
    expect(fromJson).toContain("<svg");
    expect(fromCsv).toBe(fromJson);
    // Not vacuous: the chart does depend on the data.
    const changed = {
      ...json,
      figures: json.figures.map((f, i) => (i === 0 ? { ...f, text: "gần 126 triệu đồng", value: 126e6 } : f)),
    };
    expect(fresh(changed, kind)).not.toBe(fromJson);
  });
});

describe("the line that says how a CSV writes its numbers", () => {
  const csvWith = (line: string) =>
    [line, "key,label,value,quote", 'a,A,"227,642","227,642 km"', "b,B,1.359,1.359 lượt"].join("\n");

  it("is `# numbers: vi` or `# numbers: plain`; `# notation:`, its earlier name, reads the same", () => {
    const numbers = parseCsvFile("data/x.csv", csvWith("# numbers: vi"));
    const earlier = parseCsvFile("data/x.csv", csvWith("# notation: vi"));
    expect(numbers.problems).toEqual([]);
    expect(earlier.problems).toEqual([]);
    expect(earlier.input).toEqual(numbers.input);
    expect((numbers.input as { values: { value: number }[] }).values.map((v) => v.value)).toEqual([227.642, 1359]);
  });

  it("is required, and named in the problem", () => {
    const { problems: missing } = parseCsvFile("data/x.csv", csvWith("# id: x"));
    expect(missing.map((p) => [p.field, p.message])).toEqual([
      ["numbers", 'tệp CSV phải nói cách viết số: thêm dòng "# numbers: vi" (1.234,5) hoặc "# numbers: plain" (1234.5).'],
    ]);
  });
});
