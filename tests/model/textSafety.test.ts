/** src/model/textSafety.ts and limits.ts: invisible and undrawable characters named, limits applied to every text field. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cmapCodePoints, drawableCodePoints } from "../../src/design/glyphs.ts";
import { FONT_FILES } from "../../src/design/typography.ts";
import { datasetLimitProblems, frontmatterLimitProblems, MAX_ROWS } from "../../src/model/limits.ts";
import { INVISIBLE, invisibleProblem, stripInvisible, undrawableProblem } from "../../src/model/textSafety.ts";

const fact = (extra: object = {}) => ({ key: "a", label: "Hộ", value: 1, quote: "1 hộ", ...extra });
const dataset = (extra: object = {}) => ({ id: "x", article: "y", title: "T", description: "D", values: [fact()], ...extra });

describe("the font's cmap", () => {
  it("is read from the TTF files: Vietnamese and common signs drawn, emoji and CJK not", () => {
    const regular = cmapCodePoints(readFileSync(FONT_FILES[0] ?? ""));
    for (const ch of "ạỹđƯ₫−–“…") expect(regular.has(ch.codePointAt(0) ?? 0), ch).toBe(true);
    for (const ch of ["😀", "中", "🚨"]) expect(drawableCodePoints().has(ch.codePointAt(0) ?? 0), ch).toBe(false);
    expect(drawableCodePoints().size).toBeGreaterThan(2000);
  });
});

describe("invisible characters", () => {
  it("are named by code, name and position", () => {
    expect(invisibleProblem("gnp\u202e.exe")).toContain(
      "U+202E (RIGHT-TO-LEFT OVERRIDE, ký tự điều khiển hướng chữ) ở ký tự thứ 4",
    );
    expect(invisibleProblem("a\u200bb")).toContain("U+200B (ZERO WIDTH SPACE, ký tự rộng bằng không) ở ký tự thứ 2");
    expect(invisibleProblem("Chi bộ thôn")).toBeUndefined();
    expect(stripInvisible([...INVISIBLE.keys()].map((c) => String.fromCodePoint(c)).join("x"))).toBe(
      "x".repeat(INVISIBLE.size - 1),
    );
  });

  it("are refused in every string of a dataset, nested ones included", () => {
    const paths = datasetLimitProblems(
      dataset({ notes: ["ok", "x\u2066y"], values: [fact({ unit: "h\u200d" })], total: { key: "a", note: "\ufeff" } }),
    ).map((p) => p.path.join("."));
    expect(paths).toEqual(["values.0.unit", "notes.1", "total.note"]);
  });
});

describe("undrawable characters", () => {
  it("are refused where text is drawn, not in a quote", () => {
    expect(undrawableProblem("Hộ 🚨")).toContain('ký tự "🚨" (U+1F6A8) ở ký tự thứ 4');
    const problems = datasetLimitProblems(dataset({ values: [fact({ label: "中", quote: "1 hộ 😀" })] }));
    expect(problems.map((p) => p.path.join("."))).toEqual(["values.0.label"]);
    expect(frontmatterLimitProblems({ title: "😀", lead: "😀" }).map((p) => p.path.join("."))).toEqual(["title"]);
  });
});

describe("limits", () => {
  it("refuse too many rows, too long a text, a huge value and an exact value shown rounded", () => {
    const rows = Array.from({ length: MAX_ROWS + 1 }, (_, i) => fact({ key: `k${i}` }));
    expect(datasetLimitProblems(dataset({ values: rows })).map((p) => p.path.join("."))).toEqual([`values.${MAX_ROWS}`]);
    expect(datasetLimitProblems(dataset({ values: rows.slice(0, MAX_ROWS) }))).toEqual([]);
    expect(datasetLimitProblems(dataset({ title: "a".repeat(121) }))[0]?.message).toContain("dài 121 ký tự, quá giới hạn 120");
    expect(datasetLimitProblems(dataset({ values: [fact({ value: 1e308 })] }))[0]?.fatal).toBe(true);
    expect(datasetLimitProblems(dataset({ values: [fact({ value: 1.2345 })] }))[0]?.message).toContain("4 chữ số thập phân");
    expect(datasetLimitProblems(dataset({ values: [fact({ value: 1.2345, qualifier: "khoảng" })] }))).toEqual([]);
    expect(datasetLimitProblems(dataset({ values: [fact({ value: 1e-7 })] }))[0]?.message).toContain("7 chữ số thập phân");
  });

  it("refuse a placeholder left by npm run new", () => {
    expect(
      frontmatterLimitProblems({ author: "THAY THẾ: tên tác giả", publisherUrl: "https://thay-the.invalid/" }).map(
        (p) => p.path[0],
      ),
    ).toEqual(["author", "publisherUrl"]);
  });
});
