/** src/model/zodProblems.ts: zod's issues as problems an editor understands, at their line and field. */
import { describe, expect, it } from "vitest";
import { parseJsonFile } from "../../src/model/jsonFile.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { datasetSchema } from "../../src/model/schemas/dataset.ts";
import { friendlyMessage, issuePath, zodProblems } from "../../src/model/zodProblems.ts";

describe("friendlyMessage", () => {
  it("says a missing field is missing", () => {
    expect(friendlyMessage({ code: "invalid_type", message: "Invalid input", path: ["title"] }, {})).toBe(
      "thiếu trường bắt buộc này.",
    );
  });

  it("keeps the schema's message for a field of the wrong type, ending it with a full stop", () => {
    expect(friendlyMessage({ code: "invalid_type", message: "phải là một số", path: ["v"] }, { v: "1" })).toBe("phải là một số.");
    expect(friendlyMessage({ code: "custom", message: "sai rồi.", path: [] }, {})).toBe("sai rồi.");
  });

  it("names unknown keys and suggests a typo", () => {
    expect(friendlyMessage({ code: "unrecognized_keys", message: "x", path: [], keys: ["colour", "size"] }, {})).toBe(
      'trường không được biết đến: "colour", "size". Kiểm tra lỗi chính tả.',
    );
  });
});

describe("issuePath", () => {
  it("points at an unknown key itself, else at the issue's path", () => {
    expect(issuePath({ code: "unrecognized_keys", message: "", path: ["total"], keys: ["nots"] })).toEqual(["total", "nots"]);
    expect(issuePath({ code: "invalid_type", message: "", path: ["values", 0] })).toEqual(["values", 0]);
  });
});

describe("zodProblems", () => {
  it("gives one problem per issue, at the line and field the file's locator names", () => {
    const source = '{\n  "id": "x",\n  "kind": "pie",\n  "colour": 1\n}';
    const parsed = parseJsonFile("data/x.json", source);
    const result = datasetSchema.safeParse(parsed.input);
    if (result.success) throw new Error("the schema accepted a bad dataset");
    const out = zodProblems("data/x.json", result.error.issues, parsed.input, parsed).map(formatProblem);
    expect(out).toContain(
      'data/x.json:3: kind: phải là một trong "bars", "stack", "groups", "split", "number", "compare", "table".',
    );
    expect(out).toContain('data/x.json:4: colour: trường không được biết đến: "colour". Kiểm tra lỗi chính tả.');
    expect(out).toContain("data/x.json:1: title: thiếu trường bắt buộc này.");
  });

  it("names fields the file's own way when it has one", () => {
    const [p] = zodProblems(
      "data/x.csv",
      [{ code: "custom", message: "m", path: ["values", 0, "key"] }],
      {},
      {
        locate: () => 7,
        field: () => "cột key",
      },
    );
    expect(p).toEqual({ file: "data/x.csv", line: 7, field: "cột key", message: "m." });
  });
});
