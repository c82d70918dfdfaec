/** src/model/inputs.ts: only real files inside the project are read; the rest is refused by path, never by content. */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listInputs, readInput } from "../../src/model/inputs.ts";
import { DATA_RULES } from "../../src/model/paths.ts";
import { formatProblem, type Problem } from "../../src/model/problems.ts";
import { readSite } from "../../src/model/readSite.ts";
import { miniCopy } from "../helpers/mini.ts";
import { cleanUp, tempDir } from "../editor/sandbox.ts";

afterEach(cleanUp);

/** A secret outside the site, which no message may quote. */
function secretFile(): string {
  const path = join(tempDir(), "passwd");
  writeFileSync(path, "root:x:0:0:MAT-KHAU-BI-MAT\n");
  return path;
}

function listData(root: string): { names: string[]; problems: string[] } {
  const problems: Problem[] = [];
  const names = listInputs(root, "data", DATA_RULES, problems);
  return { names, problems: problems.map(formatProblem) };
}

describe("listInputs", () => {
  it("keeps the inputs, skips known junk, README.md and the published/ folder", () => {
    const root = tempDir();
    mkdirSync(join(root, "data/published"), { recursive: true });
    for (const f of [
      "b.json",
      "a.csv",
      "README.md",
      ".DS_Store",
      "Thumbs.db",
      "a.json~",
      ".a.json.swp",
      ".gitkeep",
      ".b.json.tmp",
    ])
      writeFileSync(join(root, "data", f), "");
    expect(listData(root)).toEqual({ names: ["a.csv", "b.json"], problems: [] });
  });

  it("refuses a hidden file with an input's extension, a wrong extension and upper-case extensions", () => {
    const root = tempDir();
    mkdirSync(join(root, "data"));
    for (const f of [".an.json", "d.JSON", "ghi-chu"]) writeFileSync(join(root, "data", f), "");
    expect(listData(root).problems).toEqual([
      "data/.an.json: là tệp ẩn (tên bắt đầu bằng dấu chấm): bỏ dấu chấm ở đầu tên, hoặc xóa tệp.",
      'data/d.JSON: tệp đuôi ".JSON" không được đọc ở data/: ở đây chỉ có tệp .json, .csv (và README.md); đổi đuôi, hoặc chuyển tệp đi nơi khác.',
      "data/ghi-chu: tệp không có đuôi không được đọc ở data/: ở đây chỉ có tệp .json, .csv (và README.md); đổi đuôi, hoặc chuyển tệp đi nơi khác.",
    ]);
  });

  it.each(["con", "AUX", "Nul", "com1", "LPT9", "prn"])("refuses the Windows device name %s, whatever its case", (id) => {
    const root = tempDir();
    mkdirSync(join(root, "data"));
    writeFileSync(join(root, "data", `${id}.json`), "{}");
    const r = listData(root);
    expect(r.names).toEqual([]);
    expect(r.problems[0]).toContain(`data/${id}.json: tên "${id}" là tên Windows dành riêng`);
  });

  it("accepts names that only start like a device name", () => {
    const root = tempDir();
    mkdirSync(join(root, "data"));
    for (const f of ["console.json", "com10.json", "auxiliary.csv"]) writeFileSync(join(root, "data", f), "");
    expect(listData(root)).toEqual({ names: ["auxiliary.csv", "com10.json", "console.json"], problems: [] });
  });

  it("refuses a data folder, or a published folder, that is a link to another place", () => {
    const outside = tempDir();
    mkdirSync(join(outside, "published"));
    writeFileSync(join(outside, "x.json"), "{}");
    const a = tempDir();
    symlinkSync(outside, join(a, "data"));
    expect(listData(a)).toEqual({
      names: [],
      problems: [
        "data/: là một liên kết (symlink), không phải thư mục thật: Cột Mốc chỉ đọc tệp nằm trong dự án; thay liên kết bằng thư mục thật.",
      ],
    });
    const b = tempDir();
    mkdirSync(join(b, "data"));
    symlinkSync(join(outside, "published"), join(b, "data/published"));
    expect(listData(b)).toEqual({ names: [], problems: [] });
    const problems: Problem[] = [];
    expect(listInputs(b, "data/published", { exts: [".json"] }, problems)).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      "data/published/: là một liên kết (symlink), không phải thư mục thật: Cột Mốc chỉ đọc tệp nằm trong dự án; thay liên kết bằng thư mục thật.",
    ]);
  });

  it("never reads a linked file: readInput refuses a link swapped in after the listing", () => {
    const root = tempDir();
    mkdirSync(join(root, "data"));
    symlinkSync(secretFile(), join(root, "data/x.json"));
    expect(() => readInput(root, "data/x.json")).toThrow(/ELOOP/);
  });
});

describe("readSite with a link in data/ or data/published/", () => {
  it("names the links and quotes nothing of what they point to", () => {
    const { root, remove } = miniCopy();
    try {
      const secret = secretFile();
      symlinkSync(secret, join(root, "data/passwd.csv"));
      mkdirSync(join(root, "data/published"));
      symlinkSync(secret, join(root, "data/published/chi-bo.json"));
      symlinkSync(secret, join(root, "content/articles/passwd.mdx"));
      const problems = readSite(root).problems.map(formatProblem);
      expect(problems.filter((p) => p.includes("liên kết (symlink)"))).toEqual([
        expect.stringMatching(/^content\/articles\/passwd\.mdx: là một liên kết/),
        expect.stringMatching(/^data\/passwd\.csv: là một liên kết/),
        expect.stringMatching(/^data\/published\/chi-bo\.json: là một liên kết/),
      ]);
      expect(problems.join("\n")).not.toMatch(/MAT-KHAU|root:x/);
    } finally {
      remove();
    }
  });
});
