/**
 * The Pagefind index in dist/: it holds exactly the pages marked for search, and indexing the same
 * pages again gives the same bytes (two builds of the same input are byte-identical).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSearchIndex } from "../../src/search/searchIndex.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { DIST, htmlPages, page, ROOT, walk } from "../helpers/dist.ts";

const site = getSite(ROOT);
const scratch = mkdtempSync(join(tmpdir(), "cot-moc-search-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Returns every file of a pagefind/ folder with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(walk(join(dir, "pagefind")).map((f) => [f, readFileSync(join(dir, "pagefind", f))]));
}

describe("the search index", () => {
  it("holds the articles, the live chart pages, the data and corrections pages, and no other page", () => {
    const entry = JSON.parse(readFileSync(join(DIST, "pagefind/pagefind-entry.json"), "utf8"));
    expect(Object.keys(entry.languages)).toEqual(["vi"]);
    expect(entry.languages.vi.page_count).toBe(site.articles.length + site.datasets.length + 2);
    const marked = htmlPages().filter((f) => page(f).querySelector("[data-pagefind-body]"));
    expect(marked.sort()).toEqual(
      [
        ...site.articles.map((a) => `bai-viet/${a.slug}/index.html`),
        ...site.datasets.map((d) => `bieu-do/${d.id}/index.html`),
        "du-lieu/index.html",
        "dinh-chinh/index.html",
      ].sort(),
    );
  });

  it("ships only what the search page uses (no prebuilt Pagefind UI)", () => {
    const files = walk(join(DIST, "pagefind"));
    expect(files).toContain("pagefind.js");
    expect(files.filter((f) => /ui\.(js|css)$/.test(f))).toEqual([]);
  });

  it("is the same, byte for byte, when the same pages are indexed again", async () => {
    const copy = join(scratch, "site");
    for (const f of htmlPages()) cpSync(join(DIST, f), join(copy, f), { recursive: true });
    await writeSearchIndex(copy);
    const [built, again] = [snapshot(DIST), snapshot(copy)];
    expect([...again.keys()]).toEqual([...built.keys()]);
    for (const [f, bytes] of built) expect(again.get(f)?.equals(bytes), f).toBe(true);
  }, 60_000);
});
