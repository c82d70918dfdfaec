/** src/model/paths.ts: the project root and where an editor's files live. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ARTICLES_DIR, articleFiles, DATA_DIR, DATA_EXTS, listFiles, projectRoot } from "../../src/model/paths.ts";
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

describe("listFiles", () => {
  it("lists the files with one of the extensions, sorted, hidden files left out", () => {
    const dir = join(root, "list");
    mkdirSync(dir);
    for (const f of ["b.json", "a.csv", ".a.json", "c.txt", "a.json~", "d.JSON"]) writeFileSync(join(dir, f), "");
    expect(listFiles(dir, DATA_EXTS)).toEqual(["a.csv", "b.json"]);
  });

  it("lists nothing in a folder that does not exist", () => {
    expect(listFiles(join(root, "missing"), DATA_EXTS)).toEqual([]);
  });
});

describe("articleFiles", () => {
  it("lists the article files relative to the root", () => {
    expect(articleFiles(MINI)).toEqual(["content/articles/bai-mau.mdx"]);
    expect(articleFiles(join(root, "missing"))).toEqual([]);
  });
});
