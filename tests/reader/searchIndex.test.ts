/**
 * The Pagefind index in dist/: it holds exactly the pages marked for search, each in the part its
 * article names, and indexing the same pages again gives the same bytes (two builds of the same input
 * are byte-identical).
 */
import { gunzipSync } from "node:zlib";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { partCount, PARTS_FILE, partOf as partOfSome } from "../../src/search/indexParts.ts";
import { writeSearchIndex } from "../../src/search/searchIndex.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { DIST, htmlPages, page, ROOT, walk } from "../helpers/dist.ts";

const site = getSite(ROOT);
/** The site's indexed pages: its articles, its live chart pages, the data and corrections pages. */
const INDEXED = site.articles.length + site.datasets.length + 2;
/** The part of a group, in an index of the site's size (a small site has one part). */
const partOf = (group: string) => partOfSome(group, partCount(INDEXED));
const scratch = mkdtempSync(join(tmpdir(), "cot-moc-search-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Returns every file of a pagefind/ folder with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(walk(join(dir, "pagefind")).map((f) => [f, readFileSync(join(dir, "pagefind", f))]));
}

/** Returns the folders of the index's parts under dist/pagefind/ ("" for the first), as the search page finds them. */
function partFolders(): string[] {
  return ["", ...(JSON.parse(readFileSync(join(DIST, "pagefind", PARTS_FILE), "utf8")) as string[])];
}

/** Returns the pages an index folder holds (address and indexed text), read from its fragments. */
function fragments(folder: string): { url: string; content: string }[] {
  const dir = join(DIST, "pagefind", folder, "fragment");
  return readdirSync(dir).map((f) =>
    JSON.parse(
      gunzipSync(readFileSync(join(dir, f)))
        .toString("utf8")
        .slice("pagefind_dcd".length),
    ),
  );
}

/** Returns the addresses of the pages an index folder holds. */
function indexedUrls(folder: string): string[] {
  return fragments(folder).map((f) => f.url);
}

describe("the search index", () => {
  it("holds the articles, the live chart pages, the data and corrections pages, and no other page", () => {
    const counts = partFolders().map((folder) => {
      const entry = JSON.parse(readFileSync(join(DIST, "pagefind", folder, "pagefind-entry.json"), "utf8"));
      expect(Object.keys(entry.languages)).toEqual(["vi"]);
      return entry.languages.vi.page_count as number;
    });
    expect(counts.reduce((a, b) => a + b)).toBe(INDEXED);
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

  it("keeps an article's page and its chart pages in the part of its slug, and the other pages in the part of their address", () => {
    const expected = new Map<string, string>([
      ["/du-lieu/", partOf("/du-lieu/")],
      ["/dinh-chinh/", partOf("/dinh-chinh/")],
      ...site.articles.map((a) => [`/bai-viet/${a.slug}/`, partOf(a.slug)] as [string, string]),
      ...site.datasets.map((d) => [`/bieu-do/${d.id}/`, partOf(d.article)] as [string, string]),
    ]);
    // Each folder holds the pages of one part: its own name, or for the first (pagefind/), a part lower than the others'.
    const others = partFolders().slice(1);
    const found = new Map<string, string>();
    for (const folder of partFolders())
      for (const url of indexedUrls(folder)) found.set(url, folder ? folder.replace("/", "") : (expected.get(url) ?? "?"));
    expect(found).toEqual(expected);
    const first = indexedUrls("").map((url) => expected.get(url));
    expect(new Set(first).size).toBe(1);
    for (const folder of others) expect(folder.replace("/", "") > first[0]!).toBe(true);
    // As many folders as parts: one for a small site like the seed (the search page's merging of
    // several is checked in searchPage.test.ts, on parts made of the seed's pages).
    expect(others.length).toBe(new Set(expected.values()).size - 1);
  });

  it("indexes the words of table cells apart: the data page's column names are words of their own", () => {
    const data = partFolders()
      .flatMap(fragments)
      .find((f) => f.url === "/du-lieu/");
    const heads = [...page("du-lieu/index.html").querySelectorAll("table thead th")].map((th) => th.textContent?.trim());
    expect(heads.length).toBeGreaterThan(1);
    expect(data?.content).toContain(heads.join(" "));
  });

  it("ships only what the search page uses: Pagefind's script once, no prebuilt Pagefind UI", () => {
    const files = walk(join(DIST, "pagefind"));
    expect(files.filter((f) => /(^|\/)(pagefind(-worker)?\.js|wasm\.[^/]*\.pagefind)$/.test(f)).sort()).toEqual([
      "pagefind-worker.js",
      "pagefind.js",
      "wasm.unknown.pagefind",
    ]);
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
