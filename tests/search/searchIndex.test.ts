/** src/search/searchIndex.ts: the page Pagefind reads (its đ-words field, without its SVG). The built index is checked in tests/reader/searchIndex.test.ts. */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256 } from "../../src/lib/fileCache.ts";
import { walk } from "../helpers/dist.ts";
import { MAX_PARTS, PAGES_PER_PART, partCount, PARTS_FILE, partOf as partOfSome } from "../../src/search/indexParts.ts";
import { D_WORDS_META, pageForIndex, withoutSvg, writeSearchIndex } from "../../src/search/searchIndex.ts";

describe("pageForIndex", () => {
  const html = (body: string) => `<!doctype html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;
  const field = (out: string | undefined) =>
    new JSDOM(out ?? "").window.document
      .querySelector(`[data-pagefind-meta^="${D_WORDS_META}:"]`)
      ?.getAttribute("data-pagefind-meta");

  it("skips pages without a data-pagefind-body element (home, search, embeds)", () => {
    expect(pageForIndex(html("<main><h1>Đội Cấn</h1></main>"))).toBeUndefined();
  });

  it("adds the body's đ-words, leaving out what the index leaves out", () => {
    const out = pageForIndex(
      html(
        `<nav>Điều hướng</nav><main data-pagefind-body><h1>Xã Đội Cấn</h1><svg><text>đường</text></svg>` +
          `<div data-pagefind-ignore>đồn</div><textarea>đây</textarea><p>đóng góp</p></main>`,
      ),
    );
    expect(field(out)).toBe(`${D_WORDS_META}:doi dong`);
  });

  it("adds no field to a body without đ", () => {
    const out = pageForIndex(html("<main data-pagefind-body><h1>Biên phòng</h1></main>"));
    expect(out).toContain("Biên phòng");
    expect(field(out)).toBeUndefined();
  });
});

describe("pageForIndex's word breaks", () => {
  it("ends each table cell, caption and list item with a space, so Pagefind does not join their words", () => {
    const out = pageForIndex(
      `<!doctype html><html lang="vi"><body><main data-pagefind-body><table><caption>Giúp đỡ</caption><tr><th>Số liệu</th><th>Giá trị</th></tr>` +
        `<tr><th>Đội Cấn</th><td>12</td></tr></table><ul><li>một</li><li>hai</li></ul></main></body></html>`,
    );
    const text = new JSDOM(out).window.document.querySelector("main")?.textContent ?? "";
    expect(text.replace(/\s+/g, " ").trim()).toBe("Giúp đỡ Số liệu Giá trị Đội Cấn 12 một hai");
  });
});

describe("withoutSvg", () => {
  it("drops every svg element, nested or self-closing, and keeps the rest", () => {
    expect(withoutSvg(`<p>a</p><svg viewBox="0 0 1 1"><svg x="1"><text>b</text></svg><g/></svg><p>c</p>`)).toBe(
      "<p>a</p><p>c</p>",
    );
    expect(withoutSvg(`a<SVG class="x"/>b<svg><title>t</title></svg>c`)).toBe("abc");
    expect(withoutSvg(`a<svgfoo>b</svgfoo>`)).toBe(`a<svgfoo>b</svgfoo>`);
  });

  it("leaves a stray closing tag and drops an unclosed svg to the end, as a browser would", () => {
    expect(withoutSvg(`a</svg>b`)).toBe(`a</svg>b`);
    expect(withoutSvg(`a<svg><text>b`)).toBe("a");
  });

  it("changes nothing the index reads: the same đ-words with and without charts", () => {
    const page = (chart: string) =>
      `<!doctype html><html lang="vi"><body><main data-pagefind-body><p>Đồn</p>${chart}<p>đội</p></main></body></html>`;
    const drawn = pageForIndex(page(`<figure><svg role="img"><g><text>đường</text></g></svg></figure>`));
    expect(drawn).toBe(pageForIndex(page("<figure></figure>")));
    expect(drawn).toContain(`${D_WORDS_META}:doi don"`);
  });
});

/** Every file of a site's index, by name, as a hash of its bytes. */
function indexFiles(dir: string): Map<string, string> {
  const index = join(dir, "pagefind");
  return new Map(walk(index).map((f) => [`/pagefind/${f}`, sha256(readFileSync(join(index, f)).toString("base64"))]));
}

/** Runs `fn` in a fresh temporary folder, then puts the cache's variables back as they were and removes the folder. */
async function inScratch(fn: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "cotmoc-search-"));
  const saved = { COTMOC_CACHE_DIR: process.env.COTMOC_CACHE_DIR, COTMOC_CHART_CACHE: process.env.COTMOC_CHART_CACHE };
  try {
    await fn(tmp);
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe("writeSearchIndex's cache of prepared pages", () => {
  /** A site folder of two indexed pages, the second saying `word`. */
  function site(dir: string, word: string): string {
    const page = (title: string, text: string) =>
      `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
    mkdirSync(join(dir, "a"), { recursive: true });
    mkdirSync(join(dir, "b"), { recursive: true });
    writeFileSync(join(dir, "a", "index.html"), page("Đồn biên phòng", "Đội Cấn đóng góp ngày công."));
    writeFileSync(join(dir, "b", "index.html"), page("Mốc giới", `Bàn giao ${word} cho người dân.`));
    return dir;
  }

  it("gives, after a page changed, the index a build without the cache gives", { timeout: 60_000 }, () =>
    inScratch(async (tmp) => {
      process.env.COTMOC_CACHE_DIR = join(tmp, "cache");
      await writeSearchIndex(site(join(tmp, "first"), "cột mốc"));
      expect(readdirSync(join(tmp, "cache", "search-pages"))).toHaveLength(2);
      await writeSearchIndex(site(join(tmp, "second"), "cọc dấu"));
      expect(readdirSync(join(tmp, "cache", "search-pages"))).toHaveLength(3);
      process.env.COTMOC_CHART_CACHE = "off";
      await writeSearchIndex(site(join(tmp, "fresh"), "cọc dấu"));
      expect(indexFiles(join(tmp, "second"))).toEqual(indexFiles(join(tmp, "fresh")));
    }),
  );
});

describe("writeSearchIndex's parts", () => {
  // A part per page, for a site of five pages: four parts.
  const partOf = (group: string) => partOfSome(group, MAX_PARTS);
  // The data page and two articles, each in a part of its own.
  const slugs = ["bai-a", "bai-b", "bai-c", "bai-d", "bai-e", "bai-f", "bai-g", "bai-h"];
  const first = slugs.find((slug) => partOf(slug) !== partOf("/du-lieu/"))!;
  const second = slugs.find((slug) => ![partOf(first), partOf("/du-lieu/")].includes(partOf(slug)))!;
  const page = (title: string, text: string, group?: string) =>
    `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><main data-pagefind-body${
      group === undefined ? "" : ` data-search-group="${group}"`
    }><h1>${title}</h1><p>${text}</p></main></body></html>`;
  /** A site of a data page and two articles with one chart page each; the second article's chart says `word`. */
  function site(dir: string, word: string): string {
    const files: [string, string][] = [
      ["du-lieu/index.html", page("Dữ liệu", "Mọi bộ dữ liệu.")],
      [`bai-viet/${first}/index.html`, page("Đồn biên phòng", "Đội Cấn đóng góp ngày công.", first)],
      [`bieu-do/${first}-1/index.html`, page("Ngày công", "Đóng góp theo xã.", first)],
      [`bai-viet/${second}/index.html`, page("Mốc giới", "Bàn giao cột mốc.", second)],
      [`bieu-do/${second}-1/index.html`, page("Cột mốc", `Bàn giao ${word} cho người dân.`, second)],
    ];
    for (const [f, html] of files) {
      mkdirSync(join(dir, f, ".."), { recursive: true });
      writeFileSync(join(dir, f), html);
    }
    return dir;
  }

  it("gives a small site one index, and a large one a part per PAGES_PER_PART pages, at most MAX_PARTS", () => {
    expect(partCount(15)).toBe(1);
    expect(partCount(2 * PAGES_PER_PART - 1)).toBe(1);
    expect(partCount(2 * PAGES_PER_PART)).toBe(2);
    expect(partCount(1_000_000)).toBe(MAX_PARTS);
    expect(partCount(5, 1)).toBe(MAX_PARTS);
    expect(MAX_PARTS).toBeGreaterThan(1);
    expect(partOf(first)).toMatch(/^[0-9a-f]$/);
    expect(partOf(second)).not.toBe(partOf(first));
  });

  it(
    "writes each article's pages in its part, the data page in the part of its address, and the list of parts",
    { timeout: 60_000 },
    () =>
      inScratch(async (tmp) => {
        process.env.COTMOC_CHART_CACHE = "off";
        expect(await writeSearchIndex(site(tmp, "cột mốc"), 1)).toEqual({ pages: 5, parts: 3, made: 3 });
        // The lowest part first, at pagefind/; the others in folders of their names.
        const pages = new Map([
          [partOf("/du-lieu/"), 1],
          [partOf(first), 2],
          [partOf(second), 2],
        ]);
        const [lowest, ...others] = [...pages.keys()].sort();
        expect(JSON.parse(readFileSync(join(tmp, "pagefind", PARTS_FILE), "utf8"))).toEqual(others.map((p) => `${p}/`));
        const count = (folder: string) =>
          JSON.parse(readFileSync(join(tmp, "pagefind", folder, "pagefind-entry.json"), "utf8")).languages.vi.page_count;
        expect(count("")).toBe(pages.get(lowest!));
        for (const p of others) expect(count(p)).toBe(pages.get(p));
        // Pagefind's script, worker and WebAssembly once, beside the first part.
        const names = [...indexFiles(tmp).keys()];
        expect(names.filter((n) => /pagefind(-worker)?\.js$|\.pagefind$/.test(n)).sort()).toEqual([
          "/pagefind/pagefind-worker.js",
          "/pagefind/pagefind.js",
          "/pagefind/wasm.unknown.pagefind",
        ]);
      }),
  );

  it(
    "indexes again only the part whose page changed, drops the part it replaced, and gives what a build without the cache gives",
    { timeout: 60_000 },
    () =>
      inScratch(async (tmp) => {
        const kept = () => readdirSync(join(tmp, "cache", "search-parts")).sort();
        process.env.COTMOC_CACHE_DIR = join(tmp, "cache");
        expect(await writeSearchIndex(site(join(tmp, "first"), "cột mốc"), 1)).toEqual({ pages: 5, parts: 3, made: 3 });
        const before = kept();
        expect(before).toHaveLength(3);
        // Only the second article's part is made again (its chart page changed; only its pages were
        // read again), and its old version is dropped from the cache.
        expect(await writeSearchIndex(site(join(tmp, "second"), "cọc dấu"), 1)).toEqual({ pages: 5, parts: 3, made: 1 });
        const after = kept();
        expect(after).toHaveLength(3);
        expect(after.filter((k) => !before.includes(k))).toHaveLength(1);
        expect(readdirSync(join(tmp, "cache", "search-pages"))).toHaveLength(6);
        process.env.COTMOC_CHART_CACHE = "off";
        await writeSearchIndex(site(join(tmp, "fresh"), "cọc dấu"), 1);
        expect(indexFiles(join(tmp, "second"))).toEqual(indexFiles(join(tmp, "fresh")));
        // A kept part with files gone is indexed again, not a failed build nor a part placed without them.
        delete process.env.COTMOC_CHART_CACHE;
        for (const k of kept()) rmSync(join(tmp, "cache", "search-parts", k, "pagefind", "fragment"), { recursive: true });
        expect(await writeSearchIndex(site(join(tmp, "damaged"), "cọc dấu"), 1)).toEqual({ pages: 5, parts: 3, made: 3 });
        expect(indexFiles(join(tmp, "damaged"))).toEqual(indexFiles(join(tmp, "fresh")));
      }),
  );
});
