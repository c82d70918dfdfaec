/** src/model/paths.ts: the project root and where an editor's files live. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ARTICLES_DIR, articleFiles, DATA_DIR, DATA_EXTS, projectRoot } from "../../src/model/paths.ts";
import type { Problem } from "../../src/model/problems.ts";
import { MINI } from "../helpers/mini.ts";

const root = mkdtempSync(join(tmpdir(), "cotmoc-paths-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("projectRoot", () => {
  it("is COTMOC_ROOT when set, else the working directory", () => {
    const saved = process.env.COTMOC_ROOT;
    try {
      delete process.env.COTMOC_ROOT;
      expect(projectRoot()).toBe(process.cwd());
      process.env.COTMOC_ROOT = "/srv/cot-moc";
      expect(projectRoot()).toBe("/srv/cot-moc");
    } finally {
      if (saved === undefined) delete process.env.COTMOC_ROOT;
      else process.env.COTMOC_ROOT = saved;
    }
  });
});

describe("the content folders", () => {
  it("are content/articles and data, with datasets in JSON or CSV", () => {
    expect([ARTICLES_DIR, DATA_DIR, DATA_EXTS]).toEqual(["content/articles", "data", [".json", ".csv"]]);
  });
});

describe("articleFiles", () => {
  it("lists the article files relative to the root", () => {
    expect(articleFiles(MINI)).toEqual(["content/articles/bai-mau.mdx"]);
    expect(articleFiles(join(root, "missing"))).toEqual([]);
  });

  it("leaves out what the folder rules refuse, and reports it", () => {
    mkdirSync(join(root, "content/articles/cu"), { recursive: true });
    for (const f of ["a.mdx", "b.md", "nul.mdx"]) writeFileSync(join(root, "content/articles", f), "");
    const problems: Problem[] = [];
    expect(articleFiles(root, problems)).toEqual(["content/articles/a.mdx"]);
    expect(problems.map((p) => p.file)).toEqual(["content/articles/b.md", "content/articles/cu/", "content/articles/nul.mdx"]);
  });
});
