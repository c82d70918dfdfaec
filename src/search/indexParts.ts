/**
 * The search index's parts (src/search/searchIndex.ts writes them): which part a page goes in, and
 * each part's folder kept in the build cache under the hash of its pages, so a rebuild indexes
 * again only the parts with a changed page. Node only.
 */
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cacheRoot, sha256 } from "../lib/fileCache.ts";
import { filesUnder } from "../lib/folders.ts";
import { linkOrCopy, replaceFileSync } from "../lib/linkFile.ts";

/** The attribute of the element Pagefind indexes: a page without it is not indexed. */
export const BODY_MARK = "data-pagefind-body";

/**
 * The index is written in parts, so that a rebuild after one article or dataset changed indexes one
 * part or two again: an article's pages (the article, its charts) share a part, chosen by a hash of
 * its slug, which the pages name (`data-search-group`); a page of no article (the data and
 * corrections pages) goes in the part of its address. The search page merges them (Pagefind's
 * `mergeIndex`), which orders the results by each part's own scores: only parts of thousands of
 * pages drawn alike from the site score alike (a part of two pages put the data page first), so a
 * site has one part per PAGES_PER_PART pages, at most MAX_PARTS, and a small site one index. More
 * parts make a rebuild cheaper and a search dearer: at 2,000 articles (`npm run bench:search`,
 * BENCHMARKS.md), 4 parts cost a reader 1.19 times the bytes of one index and no time, 16 parts
 * 2.45 times the bytes and 1.31 times the time per query.
 */
export const MAX_PARTS = 4;
export const PAGES_PER_PART = 2500;

/** Returns how many parts an index of `pages` pages is written in, with `perPart` pages to a part. */
export function partCount(pages: number, perPart = PAGES_PER_PART): number {
  return Math.max(1, Math.min(MAX_PARTS, Math.floor(pages / perPart)));
}

/** Where a page names its article. */
const GROUP_ATTRIBUTE = /data-search-group="([^"]*)"/;
/** The list of the parts beside the first, which the search page reads: `["3/", "a/"]`. */
export const PARTS_FILE = "parts.json";
/** What every part's folder holds but the search page loads from the first part only. */
export const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|wasm\.[^/]*\.pagefind)$/;

/** A page to index, the name of its part, and the hash of its bytes. */
export interface IndexedPage {
  file: string;
  url: string;
  part: string;
  hash: string;
}

/** Returns the part, of `parts`, of the pages whose group is `group` (an article's slug, or a page's address): a hex digit. */
export function partOf(group: string, parts: number): string {
  return (createHash("sha256").update(group).digest()[0]! % parts).toString(16);
}

/** What was read of a page: the hash of its bytes, and its group, or null when it is not indexed. */
interface PageFacts {
  hash: string;
  group: string | null;
}

/** Reads the page at `file` (its address `url`) for the index. */
function readPage(file: string, url: string): PageFacts {
  const bytes = readFileSync(file);
  const hash = createHash("sha256").update(bytes).digest("hex");
  // Looked for in the bytes: most pages (embeds, versions) are never indexed, and need no decoding.
  const mark = bytes.indexOf(BODY_MARK);
  if (mark < 0) return { hash, group: null };
  // The group is an attribute of the element that bears the mark.
  const tag = bytes.toString("utf8", bytes.lastIndexOf("<", mark), bytes.indexOf(">", mark));
  return { hash, group: GROUP_ATTRIBUTE.exec(tag)?.[1] ?? url };
}

/**
 * The facts read of each page by the last build, under the identity of its file (device, inode,
 * size, modification time in ns). A page Astro restores is a hard link to its stored copy, which is
 * replaced by rename, never written into: the same identity is the same bytes, so a rebuild reads
 * only the pages it rendered (the site's HTML is 1.4 GB at 2,000 articles).
 */
const SEEN_FILE = "search-pages-seen.json";
type Seen = Record<string, [id: string, facts: PageFacts]>;

function readSeen(file: string | undefined): Seen {
  try {
    return file ? (JSON.parse(readFileSync(file, "utf8")) as Seen) : {};
  } catch {
    return {};
  }
}

/** Returns the site's pages to index, in path order, with their parts (`perPart` pages to a part). */
export function indexedPages(dir: string, perPart = PAGES_PER_PART): IndexedPage[] {
  const root = cacheRoot();
  const seenFile = root && join(root, SEEN_FILE);
  const before = readSeen(seenFile);
  const now: Seen = {};
  const found: { page: Omit<IndexedPage, "part">; group: string }[] = [];
  for (const rel of filesUnder(dir)) {
    if (!rel.endsWith(".html")) continue;
    const file = join(dir, rel);
    const url = `/${rel}`.replace(/index\.html$/, "");
    const st = lstatSync(file, { bigint: true });
    const id = `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}`;
    const kept = before[rel];
    const facts = kept?.[0] === id ? kept[1] : readPage(file, url);
    now[rel] = [id, facts];
    if (facts.group !== null) found.push({ page: { file, url, hash: facts.hash }, group: facts.group });
  }
  if (seenFile)
    try {
      mkdirSync(dirname(seenFile), { recursive: true });
      replaceFileSync(seenFile, JSON.stringify(now));
    } catch {
      // An unwritable cache: the next build reads every page again.
    }
  const parts = partCount(found.length, perPart);
  return found.map(({ page, group }) => ({ ...page, part: partOf(group, parts) }));
}

/** In a part's folder: its index files, and the list of them, by which it is placed (a file gone is seen). */
const PART_INDEX = "pagefind";
const PART_LIST = "files.json";

/** Writes the index of `pages` into the folder `out` (which must not exist). */
export type IndexWriter = (pages: IndexedPage[], out: string) => Promise<void>;

/** Makes a part's folder: the index of `pages`, and the list of its files. */
export async function makePart(pages: IndexedPage[], folder: string, write: IndexWriter): Promise<void> {
  const index = join(folder, PART_INDEX);
  await write(pages, index);
  writeFileSync(join(folder, PART_LIST), JSON.stringify(filesUnder(index)));
}

/** Returns the name of the part holding `pages` in the build cache: a hash of the pages' addresses and bytes, and of `version` (the code that indexes them). */
export function partKey(pages: IndexedPage[], version: string): string {
  return sha256([version, ...pages.map((p) => `${p.url}\0${p.hash}`)].join("\n"));
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
export async function partFolder(
  pages: IndexedPage[],
  key: string,
  scratch: string,
  write: IndexWriter,
): Promise<{ folder: string; made: boolean }> {
  const cache = partsCache();
  const kept = cache && join(cache, key);
  if (kept && existsSync(kept)) return { folder: kept, made: false };
  const made = join(scratch, key);
  await makePart(pages, made, write);
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
export async function placePart(folder: string, to: string, skip?: RegExp): Promise<number> {
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

/** Drops the kept parts not named in `used`: the cache holds about one index (the site links its files). */
export function dropOtherParts(used: ReadonlySet<string>): void {
  const cache = partsCache();
  if (cache && existsSync(cache))
    for (const name of readdirSync(cache)) if (!used.has(name)) rmSync(join(cache, name), { recursive: true, force: true });
}
