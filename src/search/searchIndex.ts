/**
 * Build-time search index: runs Pagefind over a built site folder and writes `pagefind/` into it.
 * Only pages with a `data-pagefind-body` element are indexed (articles, chart pages, the data page):
 * the home page, the search page and embed pages stay out. The index is written in parts (PARTS), each
 * kept in the build cache, so a rebuild indexes again only the parts whose pages changed. Node only:
 * never import from a page.
 *
 * Pagefind matches "bien" with "biên" (it drops tones) but not "doi" with "đội": đ is a letter of
 * its own. So each page goes to Pagefind with one extra, searchable metadata field, `khongdau`,
 * listing its đ-words without đ ("doi dong…"). The built HTML on disk is not changed.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { parseHTML } from "linkedom";
import * as pagefind from "pagefind";
import { cachedText, cacheRoot, sha256, sourceVersion } from "../lib/fileCache.ts";
import { linkOrCopy } from "../lib/linkFile.ts";
import { isFolder, sortedEntries } from "../lib/folders.ts";
import { dWords } from "./rank.ts";

/**
 * What is not indexed inside a page's body: a chart's SVG repeats its data table; code, the embed
 * code box, the download links (EmbedCode.astro, Downloads.astro) and a chart's link to its own
 * page (Chart.astro) are furniture, the same on every page, and would fill excerpts.
 */
export const EXCLUDE_SELECTORS = [
  "svg",
  "textarea",
  "pre",
  "code",
  ".cm-embed-code",
  ".cm-downloads",
  ".cm-links",
  ".cm-more",
  "a[download]",
];
/** The metadata field that carries a page's đ-words written with d. */
export const D_WORDS_META = "khongdau";
/** Pagefind's prebuilt search interfaces: the search page has its own, so they are not shipped. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of sortedEntries(d)) {
      const p = join(d, entry.name);
      if (isFolder(entry, p)) walk(p);
      else if (entry.name.endsWith(".html")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * Returns `html` without its `<svg>` elements (nested ones included). They are never indexed
 * (EXCLUDE_SELECTORS), and a chart's hundreds of elements made parsing chart pages slow.
 */
export function withoutSvg(html: string): string {
  const tag = /<(\/?)svg\b[^>]*?(\/?)>/gi;
  let out = "";
  let depth = 0;
  let from = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [whole, closing, selfClosing] = m;
    if (closing) {
      if (depth === 0) continue; // a stray </svg>: the parser would ignore it too
      depth--;
      if (depth === 0) from = m.index + whole.length;
    } else if (!selfClosing) {
      if (depth === 0) out += html.slice(from, m.index);
      depth++;
    } else if (depth === 0) {
      out += html.slice(from, m.index);
      from = m.index + whole.length;
    }
  }
  // An unclosed <svg> runs to the end of the document, as in a browser.
  return depth === 0 ? out + html.slice(from) : out;
}

/** The attribute of the element Pagefind indexes: a page without it is not indexed. */
const BODY_MARK = "data-pagefind-body";

/** Pages sent to Pagefind before waiting for the oldest to be indexed. */
const IN_FLIGHT = 8;

/** NodeFilter.SHOW_TEXT. */
const SHOW_TEXT = 4;

/** Returns the page as Pagefind should read it (with its đ-words field), or undefined if it is not indexed. */
export function pageForIndex(html: string): string | undefined {
  if (!html.includes(BODY_MARK)) return undefined;
  const { document } = parseHTML(withoutSvg(html));
  const bodies = [...document.querySelectorAll("[data-pagefind-body]")];
  if (!bodies.length) return undefined;
  const skip = [...EXCLUDE_SELECTORS, "[data-pagefind-ignore]"].join(",");
  // Text node by text node: textContent would glue "Cấn</h1><p>đóng" into one word.
  const text: string[] = [];
  for (const body of bodies) {
    const walker = document.createTreeWalker(body, SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest(skip)) text.push(n.textContent ?? "");
  }
  const words = dWords(text.join(" "));
  if (words.length) {
    const field = document.createElement("span");
    field.setAttribute("data-pagefind-meta", `${D_WORDS_META}:${words.join(" ")}`);
    bodies[0]?.prepend(field);
  }
  return document.toString();
}

/**
 * What a page's prepared text depends on besides the page: the code that prepares it (this module, the
 * đ words and the folding they use) and linkedom's version.
 */
const PREPARED_VERSION = sourceVersion(import.meta.url, ["./searchIndex.ts", "./rank.ts", "../lib/slug.ts"], ["linkedom"]);

/**
 * `pageForIndex`, kept in the build cache: parsing is most of the index's cost, and a rebuild that
 * changed a few pages parses only those.
 */
function preparedPage(html: string): string | undefined {
  return cachedText("search-pages", PREPARED_VERSION, html, pageForIndex);
}

/**
 * The index is written in parts, so that a rebuild after one article or dataset changed indexes one
 * part or two again: an article's pages (the article, its charts) share one of PARTS parts, chosen
 * by a hash of its slug, which the pages name (`data-search-group`); a page of no article (the data
 * and corrections pages) goes in the part of its address. The search page merges them (Pagefind's
 * `mergeIndex`), which orders the results by each part's own scores: parts drawn alike from the
 * site score alike, where a small part of its own would put its pages first. More parts make a
 * rebuild cheaper and a search dearer: at 2,000 articles (`npm run bench:search`, BENCHMARKS.md),
 * 4 parts cost a reader 1.19 times the bytes of one index and no time, 16 parts 2.45 times the
 * bytes and 1.31 times the time per query.
 */
export const PARTS = 4;
/** Where a page names its article. */
const GROUP_ATTRIBUTE = /data-search-group="([^"]*)"/;
/** The list of the parts beside the first, which the search page reads: `["3/", "a/"]`. */
export const PARTS_FILE = "parts.json";
/** What every part's folder holds but the search page loads from the first part only. */
const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|wasm\.[^/]*\.pagefind)$/;

/** A page to index, the name of its part, and the hash of its bytes. */
interface IndexedPage {
  file: string;
  url: string;
  part: string;
  hash: string;
}

/** Returns the part of the pages whose group is `group` (an article's slug, or a page's address): a hex digit. */
export function partOf(group: string): string {
  return (createHash("sha256").update(group).digest()[0]! % PARTS).toString(16);
}

/** Returns the site's pages to index, in path order, with their parts. */
function indexedPages(dir: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const file of htmlFiles(dir)) {
    // Looked for in the bytes: most pages (embeds, versions) are never indexed, and need no decoding.
    const bytes = readFileSync(file);
    const mark = bytes.indexOf(BODY_MARK);
    if (mark < 0) continue;
    const url = `/${relative(dir, file).split("\\").join("/")}`.replace(/index\.html$/, "");
    // The group is an attribute of the element that bears the mark.
    const tag = bytes.toString("utf8", bytes.lastIndexOf("<", mark), bytes.indexOf(">", mark));
    const part = partOf(GROUP_ATTRIBUTE.exec(tag)?.[1] ?? url);
    pages.push({ file, url, part, hash: createHash("sha256").update(bytes).digest("hex") });
  }
  return pages;
}

/** What a part's index files depend on besides its pages: this module's code, and Pagefind's version. */
const PART_VERSION = sourceVersion(
  import.meta.url,
  ["./searchIndex.ts", "./rank.ts", "../lib/slug.ts"],
  ["linkedom", "pagefind"],
);

/** Indexes `pages` with Pagefind into the folder `out` (which must not exist); throws on Pagefind's errors. */
async function indexPart(pages: IndexedPage[], out: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({
    // One Vietnamese index for the whole site, whatever a page declares.
    forceLanguage: "vi",
    excludeSelectors: EXCLUDE_SELECTORS,
  });
  if (!index) throw new Error(errors.join("\n"));
  const problems = [...errors];
  // In path order: the same pages give the same index files. Pagefind (its own process) indexes
  // one page while the next is read and prepared here.
  const sent: Promise<{ errors: string[] }>[] = [];
  for (const page of pages) {
    const content = preparedPage(readFileSync(page.file, "utf8"));
    if (content === undefined) continue;
    sent.push(index.addHTMLFile({ url: page.url, content }));
    if (sent.length > IN_FLIGHT) await sent[sent.length - 1 - IN_FLIGHT];
  }
  for (const added of await Promise.all(sent)) problems.push(...added.errors);
  const written = await index.writeFiles({ outputPath: out });
  problems.push(...written.errors);
  if (problems.length) throw new Error(problems.join("\n"));
  for (const name of readdirSync(out)) if (UNUSED.test(name)) rmSync(join(out, name));
}

/** In a part's folder: its index files, and the list of them, by which it is placed (a file gone is seen). */
const PART_INDEX = "pagefind";
const PART_LIST = "files.json";

/** Makes a part's folder: the index of `pages`, and the list of its files. */
async function makePart(pages: IndexedPage[], folder: string): Promise<void> {
  const index = join(folder, PART_INDEX);
  await indexPart(pages, index);
  const files: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const entry of sortedEntries(d))
      if (entry.isDirectory()) walk(join(d, entry.name), `${rel}${entry.name}/`);
      else files.push(`${rel}${entry.name}`);
  };
  walk(index, "");
  writeFileSync(join(folder, PART_LIST), JSON.stringify(files));
}

/** Returns the name of the part holding `pages` in the build cache: a hash of the pages' addresses and bytes. */
function partKey(pages: IndexedPage[]): string {
  return sha256([PART_VERSION, ...pages.map((p) => `${p.url}\0${p.hash}`)].join("\n"));
}

/** Returns the build cache's folder of parts, or undefined when the cache is off. */
function partsCache(): string | undefined {
  const root = cacheRoot();
  return root && join(root, "search-parts");
}

/**
 * Returns the folder of the part holding `pages`, and whether it was indexed now: kept in the build
 * cache, so a part whose pages are unchanged is not indexed again.
 */
async function partFolder(pages: IndexedPage[], key: string, scratch: string): Promise<{ folder: string; made: boolean }> {
  const cache = partsCache();
  const kept = cache && join(cache, key);
  if (kept && existsSync(kept)) return { folder: kept, made: false };
  const made = join(scratch, key);
  await makePart(pages, made);
  if (!kept) return { folder: made, made: true };
  try {
    // Renamed into the cache whole: a folder there is always a complete part.
    mkdirSync(dirname(kept), { recursive: true });
    renameSync(made, kept);
    return { folder: kept, made: true };
  } catch {
    // kept by a build beside this one, or an unwritable cache
    return { folder: existsSync(kept) ? kept : made, made: true };
  }
}

/** Places the index files of the part `folder` at `to` (links where it can), but those whose names `skip` matches; returns its page count. */
async function placePart(folder: string, to: string, skip?: RegExp): Promise<number> {
  const files = JSON.parse(readFileSync(join(folder, PART_LIST), "utf8")) as string[];
  for (const file of files) {
    if (skip?.test(file)) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    await linkOrCopy(join(folder, PART_INDEX, file), join(to, file));
  }
  const entry = JSON.parse(readFileSync(join(folder, PART_INDEX, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** What `writeSearchIndex` wrote: the pages indexed, the parts they are in, and how many parts were indexed now (not kept). */
export interface IndexSummary {
  pages: number;
  parts: number;
  made: number;
}

/**
 * Writes the index into `<dir>/pagefind/` and returns what it wrote; throws on Pagefind's errors.
 * The first part is at `pagefind/` with Pagefind's script; the others are in `pagefind/<part>/`,
 * listed in PARTS_FILE.
 */
export async function writeSearchIndex(dir: string): Promise<IndexSummary> {
  const pages = indexedPages(dir);
  const parts = [...Map.groupBy(pages, (p) => p.part)].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const scratch = mkdtempSync(join(tmpdir(), "cot-moc-search-"));
  try {
    const out = join(dir, "pagefind");
    rmSync(out, { recursive: true, force: true });
    let count = 0;
    let made = 0;
    const used = new Set<string>();
    for (const [i, [name, partPages]] of parts.entries()) {
      const to = i === 0 ? out : join(out, name);
      const skip = i === 0 ? undefined : RUNTIME;
      const key = partKey(partPages);
      used.add(key);
      const part = await partFolder(partPages, key, scratch);
      if (part.made) made++;
      try {
        count += await placePart(part.folder, to, skip);
      } catch {
        made++;
        // A kept part with a file gone (removed by hand, or by another build's pruning): indexed again, here.
        rmSync(to, { recursive: true, force: true });
        const again = join(scratch, `again-${key}`);
        await makePart(partPages, again);
        count += await placePart(again, to, skip);
      }
    }
    // No page to index: an empty index, which the search page still loads.
    if (!parts.length) await indexPart([], out);
    writeFileSync(join(out, PARTS_FILE), JSON.stringify(parts.slice(1).map(([part]) => `${part}/`)));
    // Parts this site no longer has are dropped, so the cache holds about one index (the site links its files).
    const cache = partsCache();
    if (cache && existsSync(cache))
      for (const name of readdirSync(cache)) if (!used.has(name)) rmSync(join(cache, name), { recursive: true, force: true });
    return { pages: count, parts: parts.length, made };
  } finally {
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
