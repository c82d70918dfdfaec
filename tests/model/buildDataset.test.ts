/** src/model/buildDataset.ts: a dataset of the site model from its checked file, every problem at its line and field. */
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/model/buildDataset.ts";
import { parseCsvFile } from "../../src/model/csvFile.ts";
import { parseJsonFile } from "../../src/model/jsonFile.ts";
import { formatProblem, type Problem } from "../../src/model/problems.ts";
import type { DatasetFile } from "../../src/model/readDataset.ts";
import { datasetSchema } from "../../src/model/schemas/dataset.ts";
import { articleFixture, buildFixture, chiBoSource, dongGopSource, hoGiaDinhSource } from "../charts/fixtures.ts";

/** Returns the checked file of a CSV source, as readDataset makes it. */
function csvFile(file: string, source: string): DatasetFile {
  const parsed = parseCsvFile(file, source);
  expect(parsed.problems).toEqual([]);
  return { input: datasetSchema.parse(parsed.input), parsed, file };
}

describe("buildDataset", () => {
  it("copies the file's fields and builds its figures, total, parts and derived figures", () => {
    const { dataset: d, problems } = buildFixture(hoGiaDinhSource());
    expect(problems).toEqual([]);
    const source = hoGiaDinhSource();
    expect(d).toMatchObject({
      id: source.id,
      file: `data/${source.id}.json`,
      article: source.article,
      title: source.title,
      description: source.description,
      headline: "322 trong 699 hộ là gia đình chính sách, khó khăn, neo đơn",
      relationship: "groups",
      kind: "groups",
      unit: source.unit,
      notes: [],
      totalNote: source.total?.note,
      partsSum: 700,
      derived: [],
    });
    expect(d.figures.map((f) => f.key)).toEqual(source.values.map((v) => v.key));
    expect(d.total).toBe(d.figures[0]);
    expect(d.parts).toEqual(d.figures.slice(1));
  });

  it("keeps derived figures apart from the source figures", () => {
    const { dataset: d } = buildFixture(dongGopSource());
    expect(d.figures.map((f) => f.role)).toEqual(["value", "value", "value"]);
    expect(d.derived.map((f) => [f.key, f.role, f.text])).toEqual([["tong-gia-tri", "derived", "gần 310 triệu đồng"]]);
    expect([d.total, d.parts, d.partsSum, d.totalNote]).toEqual([undefined, [], undefined, undefined]);
  });

  it("names the file, the line and the JSON field of each problem", () => {
    const source = chiBoSource();
    source.values[3] = { ...source.values[3]!, key: "giap-bien" };
    expect(buildFixture(source).problems).toEqual([
      'data/chi-bo-thon-theo-loai.json:29: values[3].key: khóa "giap-bien" bị trùng trong cùng bộ dữ liệu.',
    ]);
  });

  it("names a CSV file's rows and columns", () => {
    const file = csvFile(
      "data/ds.csv",
      "# id: ds\n# article: bai-mau\n# title: T\n# description: D.\n# relationship: amounts\n# numbers: plain\nkey,label,value,quote\na,A,1,một\na,B,2,hai\n",
    );
    const problems: Problem[] = [];
    buildDataset(file, undefined, true, problems);
    expect(problems.map(formatProblem)).toEqual(['data/ds.csv:9: cột key: khóa "a" bị trùng trong cùng bộ dữ liệu.']);
  });

  it("reports an article that does not exist, at the article field", () => {
    const parsed = parseJsonFile("data/x.json", JSON.stringify(chiBoSource(), null, 2));
    const problems: Problem[] = [];
    buildDataset({ input: datasetSchema.parse(parsed.input), parsed, file: "data/x.json" }, undefined, false, problems);
    expect(problems.map(formatProblem)).toEqual([
      'data/x.json:3: article: không có bài viết "bai-mau" trong content/articles/ (tên tệp .mdx, không có đuôi).',
    ]);
  });

  it("checks each quote against the article when the article read without problems", () => {
    const article = articleFixture("Đến nay có 81 chi bộ thôn, trong đó có 64 chi bộ thôn giáp biên.");
    const { problems } = buildFixture(chiBoSource(), article);
    expect(problems.map((p) => p.split(": ")[1])).toEqual(["values[0].quote", "values[2].quote", "values[3].quote"]);
    expect(problems.every((p) => p.includes("trích dẫn không có trong bài content/articles/bai-mau.mdx"))).toBe(true);
  });
});
