/** src/model/problems.ts: a problem names its file, its line or field, and what is wrong. */
import { describe, expect, it } from "vitest";
import { fieldPath, formatProblem, SiteError } from "../../src/model/problems.ts";

describe("formatProblem", () => {
  it("writes file, line, field and message, leaving out what is not known", () => {
    expect(formatProblem({ file: "data/x.json", line: 12, field: "values[2].value", message: "sai." })).toBe(
      "data/x.json:12: values[2].value: sai.",
    );
    expect(formatProblem({ file: "data/x.json", line: 12, message: "sai." })).toBe("data/x.json:12: sai.");
    expect(formatProblem({ file: "data/x.json", field: "id", message: "sai." })).toBe("data/x.json: id: sai.");
    expect(formatProblem({ file: "data/x.json", message: "sai." })).toBe("data/x.json: sai.");
  });
});

describe("SiteError", () => {
  it("carries every problem and lists them, one a line", () => {
    const problems = [
      { file: "a.json", line: 1, message: "một." },
      { file: "b.mdx", message: "hai." },
    ];
    const e = new SiteError(problems);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("SiteError");
    expect(e.problems).toBe(problems);
    expect(e.message).toBe("Cột Mốc: 2 lỗi trong nội dung, chưa thể dựng trang:\n  a.json:1: một.\n  b.mdx: hai.");
  });
});

describe("fieldPath", () => {
  it("writes a path as an editor reads it", () => {
    expect(fieldPath(["values", 2, "value"])).toBe("values[2].value");
    expect(fieldPath(["total", "note"])).toBe("total.note");
    expect(fieldPath([0, "key"])).toBe("[0].key");
    expect(fieldPath([])).toBe("");
  });
});
