/** src/model/jsonFile.ts: a JSON dataset parsed, with its syntax errors in Vietnamese and a way back to each field's line. */
import { describe, expect, it } from "vitest";
import { parseJsonFile } from "../../src/model/jsonFile.ts";
import { formatProblem } from "../../src/model/problems.ts";

const SOURCE =
  '{\n  "id": "x",\n  "values": [\n    { "key": "a", "value": 1 },\n    {\n      "key": "b",\n      "value": 2\n    }\n  ]\n}\n';

/** Returns the problems of parsing `source`, one line each. */
const problems = (source: string) => parseJsonFile("data/x.json", source).problems.map(formatProblem);

describe("parseJsonFile", () => {
  it("gives the parsed content and no problem", () => {
    const parsed = parseJsonFile("data/x.json", SOURCE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.input).toEqual({
      id: "x",
      values: [
        { key: "a", value: 1 },
        { key: "b", value: 2 },
      ],
    });
  });

  it("locates a field path, or the nearest field that holds it", () => {
    const { locate } = parseJsonFile("data/x.json", SOURCE);
    expect(locate(["id"])).toBe(2);
    expect(locate(["values", 1, "value"])).toBe(7);
    expect(locate(["values", 1])).toBe(5);
    expect(locate(["values", 1, "quote"])).toBe(5);
    expect(locate(["title"])).toBe(1);
  });

  it("reads NFD text as NFC and drops a byte-order mark", () => {
    const parsed = parseJsonFile("data/x.json", `\uFEFF${JSON.stringify({ title: "Biên phòng".normalize("NFD") })}`);
    expect(parsed.input).toEqual({ title: "Biên phòng" });
  });

  it("reports a syntax error in Vietnamese, at its line", () => {
    expect(problems('{\n  "id": "x"\n  "kind": "bars"\n}')).toEqual(["data/x.json:3: JSON sai cú pháp: thiếu dấu phẩy."]);
    expect(problems('{\n  "value": 227,642\n}')[0]).toMatch(/^data\/x\.json:2: JSON sai cú pháp: /);
  });

  it("refuses what JSON does not allow: comments and trailing commas", () => {
    expect(problems('{\n  // ghi chú\n  "id": "x"\n}')).toEqual([
      "data/x.json:2: JSON sai cú pháp: JSON không cho phép chú thích.",
    ]);
    expect(problems('{ "id": "x", }')[0]).toMatch(/^data\/x\.json:1: JSON sai cú pháp: /);
  });

  it("reports an empty file, and locates nothing in a file it could not parse", () => {
    const parsed = parseJsonFile("data/x.json", "");
    expect(parsed.input).toBeUndefined();
    expect(parsed.problems.map(formatProblem)).toEqual(["data/x.json:1: JSON sai cú pháp: thiếu giá trị."]);
    expect(parsed.locate(["id"])).toBeUndefined();
  });
});
