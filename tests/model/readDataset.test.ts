/** src/model/readDataset.ts: one dataset file, JSON or CSV, checked by the schema, its id the file's name. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem, type Problem } from "../../src/model/problems.ts";
import { readDataset } from "../../src/model/readDataset.ts";
import { json, MINI, problemsAfter } from "../helpers/mini.ts";

const root = mkdtempSync(join(tmpdir(), "cotmoc-dataset-"));
mkdirSync(join(root, "data"), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Returns what readDataset makes of `source` written as data/<name>, and its problems. */
function read(name: string, source: string) {
  writeFileSync(join(root, "data", name), source);
  const problems: Problem[] = [];
  return { file: readDataset(root, name, problems), problems: problems.map(formatProblem) };
}

describe("readDataset", () => {
  it("reads a JSON file into the schema's input, defaults applied", () => {
    const problems: Problem[] = [];
    const d = readDataset(MINI, "dong-gop.json", problems);
    expect(problems).toEqual([]);
    expect(d?.file).toBe("data/dong-gop.json");
    expect(d?.input).toMatchObject({ id: "dong-gop", unit: "", derived: [], notes: [] });
    expect(d?.input.values[1]).toMatchObject({ key: "duong-bien", value: 227.642, qualifier: "exact", notation: "vi" });
    expect(d?.parsed.locate(["values", 1, "value"])).toBe(9);
  });

  it("reads a CSV file of the same figures into the same values", () => {
    const problems: Problem[] = [];
    const csv = readDataset(MINI, "dong-gop-csv.csv", problems);
    const jsonFile = readDataset(MINI, "dong-gop.json", problems);
    expect(problems).toEqual([]);
    expect(csv?.input.values).toEqual(jsonFile?.input.values);
  });

  it("stops at a syntax error, with its line", () => {
    const { file, problems } = read("x.json", '{\n  "id": "x",\n  "kind" "bars"\n}');
    expect(file).toBeUndefined();
    expect(problems).toEqual(["data/x.json:3: JSON sai cú pháp: thiếu dấu hai chấm."]);
  });

  it("stops at what the schema refuses, each at its line and field", () => {
    const { file, problems } = read("x.json", '{\n  "id": "x",\n  "values": []\n}');
    expect(file).toBeUndefined();
    expect(problems).toContain("data/x.json:3: values: cần ít nhất một số liệu.");
    expect(problems).toContain("data/x.json:1: title: thiếu trường bắt buộc này.");
  });

  it("reports an id that is not the file's name, and still gives the file", () => {
    const source = {
      id: "y",
      article: "a",
      title: "T",
      description: "D.",
      relationship: "facts",
      values: [{ key: "a", label: "A", value: 1, quote: "1" }],
    };
    const { file, problems } = read("x.json", JSON.stringify(source, null, 2));
    expect(problems).toEqual(['data/x.json:2: id: id "y" phải trùng với tên tệp "x".']);
    expect(file?.input.id).toBe("y");
  });

  it("names a CSV file's fields as the editor wrote them", () => {
    const { problems } = read(
      "z.csv",
      "# id: y\n# article: a\n# title: T\n# description: D.\n# relationship: facts\n# numbers: vi\nkey,label,value,quote\na,A,1,một\n",
    );
    expect(problems).toEqual(['data/z.csv:1: # id: id "y" phải trùng với tên tệp "z".']);
  });
});

describe("bad dataset files through readSite, with file, line and field", () => {
  it("a number written as a string", () => {
    expect(problemsAfter("data/dong-gop.json", (s) => s.replace('"value": 227.642', '"value": "227,642"'))).toEqual([
      "data/dong-gop.json:9: values[1].value: phải là một số (ví dụ 227.642), không phải chuỗi.",
    ]);
  });
  it("a negative count", () => {
    expect(
      problemsAfter(
        "data/chi-bo.json",
        json((d) => (d.values[2].value = -8)),
      ),
    ).toEqual(["data/chi-bo.json:24: values[2].value: không được âm."]);
  });
  it("malformed JSON", () => {
    expect(
      problemsAfter("data/chi-bo.json", (s) => s.replace('"relationship": "partition",', '"relationship": "partition"')),
    ).toEqual(["data/chi-bo.json:7: JSON sai cú pháp: thiếu dấu phẩy."]);
  });
  it("an unknown chart kind and an unknown field", () => {
    expect(
      problemsAfter(
        "data/chi-bo.json",
        json((d) => ((d.kind = "pie"), (d.colour = "red"))),
      ),
    ).toEqual([
      'data/chi-bo.json:37: kind: phải là một trong "bars", "stack", "groups", "split", "number", "compare", "table".',
      'data/chi-bo.json:38: colour: trường không được biết đến: "colour". Kiểm tra lỗi chính tả.',
    ]);
  });
  it("an id that is not the file name", () => {
    expect(
      problemsAfter(
        "data/chi-bo.json",
        json((d) => (d.id = "chi-bo-2")),
      ),
    ).toEqual(['data/chi-bo.json:2: id: id "chi-bo-2" phải trùng với tên tệp "chi-bo".']);
  });
  it("NFD text is normalized, not refused", () => {
    expect(problemsAfter("data/dong-gop.json", (s) => s.normalize("NFD"))).toEqual([]);
  });
});
