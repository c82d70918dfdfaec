/** src/search/indexParts.ts indexedPages: a rebuild reads only the pages whose files are not the ones the last build read. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { indexedPages } from "../../src/search/indexParts.ts";

// Every read passes through to node:fs; the test counts the pages read.
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return { ...real, default: real, readFileSync: vi.fn(real.readFileSync) };
});

const page = (title: string, group?: string) =>
  `<!doctype html><html lang="vi"><body><main data-pagefind-body${group ? ` data-search-group="${group}"` : ""}><h1>${title}</h1></main></body></html>`;
const FILES: Record<string, string> = {
  "bai-viet/a/index.html": page("Đồn biên phòng", "a"),
  "bieu-do/a-1/index.html": page("Ngày công", "a"),
  "bieu-do/a-1/nhung/index.html": "<!doctype html><html><body><figure>nhúng</figure></body></html>",
  "du-lieu/index.html": page("Dữ liệu"),
};

describe("indexedPages", () => {
  let tmp: string;
  let saved: string | undefined;
  beforeEach(() => {
    tmp = fs.mkdtempSync(join(tmpdir(), "cotmoc-pages-"));
    saved = process.env.COTMOC_CACHE_DIR;
    process.env.COTMOC_CACHE_DIR = join(tmp, "cache");
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.COTMOC_CACHE_DIR;
    else process.env.COTMOC_CACHE_DIR = saved;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** The site's pages read by `indexedPages(dir)`, and what it returned. */
  function run(dir: string) {
    const read = vi.mocked(fs.readFileSync);
    read.mockClear();
    const pages = indexedPages(dir);
    const files = read.mock.calls.map(([f]) => String(f)).filter((f) => f.startsWith(dir) && f.endsWith(".html"));
    return {
      pages: pages.map((p) => ({ ...p, file: p.file.slice(dir.length) })),
      read: files.map((f) => f.slice(dir.length + 1)).sort(),
    };
  }

  it("reads a page again only when its file is another (rendered, or rewritten), and returns what a first reading returns", () => {
    const first = join(tmp, "first");
    for (const [rel, html] of Object.entries(FILES)) {
      fs.mkdirSync(join(first, rel, ".."), { recursive: true });
      fs.writeFileSync(join(first, rel), html);
    }
    const firstRun = run(first);
    expect(firstRun.read).toEqual(Object.keys(FILES).sort());
    // Grouped by article; the embed page is not indexed; the data page is in the group of its address.
    expect(firstRun.pages.map((p) => p.url)).toEqual(["/bai-viet/a/", "/bieu-do/a-1/", "/du-lieu/"]);

    // The next build: restored pages are hard links to the same files; one page rendered anew (a new
    // file of other bytes), one written into (same file, same size: only its time tells).
    const second = join(tmp, "second");
    for (const rel of Object.keys(FILES)) {
      fs.mkdirSync(join(second, rel, ".."), { recursive: true });
      fs.linkSync(join(first, rel), join(second, rel));
    }
    fs.rmSync(join(second, "bieu-do/a-1/index.html"));
    fs.writeFileSync(join(second, "bieu-do/a-1/index.html"), page("Ngày công mới", "a"));
    const rewritten = join(second, "du-lieu/index.html");
    const inode = fs.statSync(rewritten).ino;
    const sameSize = page("Dữ liệU");
    expect(sameSize.length).toBe(FILES["du-lieu/index.html"]!.length);
    const t = fs.statSync(rewritten).mtime;
    fs.writeFileSync(rewritten, sameSize);
    fs.utimesSync(rewritten, t, new Date(t.getTime() + 1000));
    expect(fs.statSync(rewritten).ino).toBe(inode);
    const secondRun = run(second);
    expect(secondRun.read).toEqual(["bieu-do/a-1/index.html", "du-lieu/index.html"]);

    // What it returns is what a build without the kept facts returns.
    fs.rmSync(join(tmp, "cache"), { recursive: true });
    const fresh = run(second);
    expect(fresh.read).toHaveLength(Object.keys(FILES).length);
    expect(secondRun.pages).toEqual(fresh.pages);
    expect(secondRun.pages).not.toEqual(firstRun.pages);
  });
});
