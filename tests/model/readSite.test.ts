/** src/model/readSite.ts: every file read and checked, the site model with every problem, or a `SiteError`. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SiteError } from "../../src/model/problems.ts";
import { loadSite, readSite } from "../../src/model/readSite.ts";
import { json, MINI, miniCopy, problemsAfter } from "../helpers/mini.ts";

describe("the mini fixture", () => {
  it("is valid, with its figures formatted for readers", () => {
    const { site, problems } = readSite(MINI);
    expect(problems).toEqual([]);
    const d = site.datasets.find((x) => x.id === "dong-gop");
    expect(d?.figures.map((f) => f.text)).toEqual(["gần 125 triệu đồng", "227,642 km"]);
    expect(site.datasets.find((x) => x.id === "chi-bo")?.partsSum).toBe(81);
  });
});

describe("readSite", () => {
  it("reads every article and dataset, JSON and CSV, in file-name order", () => {
    const { site } = readSite(MINI);
    expect(site.root).toBe(MINI);
    expect(site.articles.map((a) => a.slug)).toEqual(["bai-mau"]);
    expect(site.datasets.map((d) => d.file)).toEqual(["data/chi-bo.json", "data/dong-gop-csv.csv", "data/dong-gop.json"]);
  });

  it("reads an empty folder as an empty site", () => {
    const root = mkdtempSync(join(tmpdir(), "cotmoc-empty-"));
    try {
      const { site, problems } = readSite(root);
      expect(problems).toEqual([]);
      expect(site).toMatchObject({ root, articles: [], datasets: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("refuses a second dataset with an id already used, naming the first file", () => {
    const { root, remove } = miniCopy();
    try {
      cpSync(join(root, "data/chi-bo.json"), join(root, "data/chi-bo-2.json"));
      const { site, problems } = readSite(root);
      expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
        'data/chi-bo-2.json: id "chi-bo" phải trùng với tên tệp "chi-bo-2".',
        'data/chi-bo.json: id "chi-bo" đã được dùng trong data/chi-bo-2.json; mỗi bộ dữ liệu cần một id riêng.',
      ]);
      expect(site.datasets.filter((d) => d.id === "chi-bo").map((d) => d.file)).toEqual(["data/chi-bo-2.json"]);
    } finally {
      remove();
    }
  });

  it("names a dataset's article that does not exist, and checks none of its quotes", () => {
    expect(
      problemsAfter(
        "data/dong-gop.json",
        json((d) => (d.article = "bai-khac")),
      ),
    ).toEqual([
      'data/dong-gop.json:3: article: không có bài viết "bai-khac" trong content/articles/ (tên tệp .mdx, không có đuôi).',
    ]);
  });
});

describe("loadSite", () => {
  it("returns the site model when there is no problem", () => {
    expect(loadSite(MINI)).toEqual(readSite(MINI).site);
  });

  it("throws a SiteError listing every problem", () => {
    const { root, remove } = miniCopy();
    try {
      writeFileSync(join(root, "data/chi-bo.json"), "{");
      writeFileSync(join(root, "data/dong-gop.json"), "[");
      let error: unknown;
      try {
        loadSite(root);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SiteError);
      expect((error as SiteError).problems.map((p) => p.file)).toEqual(["data/chi-bo.json", "data/dong-gop.json"]);
      expect((error as SiteError).message).toMatch(/^Cột Mốc: 2 lỗi trong nội dung/);
    } finally {
      remove();
    }
  });
});
