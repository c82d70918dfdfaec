/**
 * Build-time search index: runs Pagefind over a built site folder and writes `pagefind/` into it.
 * Only pages with a `data-pagefind-body` element are indexed (articles, chart pages, the data page):
 * the home page, the search page and embed pages stay out. The index is written in parts, each kept
 * in the build cache, so a rebuild indexes again only the parts whose pages changed (indexParts.ts).
 * Node only: never import from a page.
 *
 * Pagefind matches "bien" with "biên" (it drops tones) but not "doi" with "đội": đ is a letter of
 * its own. So each page goes to Pagefind with one extra, searchable metadata field, `khongdau`,
 * listing its đ-words without đ ("doi dong…"). The built HTML on disk is not changed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import * as pagefind from "pagefind";
import { cachedText, sourceVersion } from "../lib/fileCache.ts";
import {
  BODY_MARK,
  dropOtherParts,
  type IndexedPage,
  indexedPages,
  makePart,
  partFolder,
  partKey,
  PAGES_PER_PART,
  PARTS_FILE,
  placePart,
  RUNTIME,
} from "./indexParts.ts";
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

/** Pages sent to Pagefind before waiting for the oldest to be indexed. */
const IN_FLIGHT = 8;

/** Elements whose text Pagefind runs into the next one's. */
const SEPARATE = "th, td, caption, li, dt, dd, figcaption";

/** NodeFilter.SHOW_TEXT. */
const SHOW_TEXT = 4;

/** Returns the page as Pagefind should read it (with its đ-words field), or undefined if it is not indexed. */
export function pageForIndex(html: string): string | undefined {
  if (!html.includes(BODY_MARK)) return undefined;
  const { document } = parseHTML(withoutSvg(html));
  const bodies = [...document.querySelectorAll("[data-pagefind-body]")];
  if (!bodies.length) return undefined;
  const skip = [...EXCLUDE_SELECTORS, "[data-pagefind-ignore]"].join(",");
  // Pagefind joins the text of table cells, captions and list items with nothing between them
  // ("vật chấtSố liệuGiá trị"): a space at the end of each keeps their words apart.
  for (const body of bodies) for (const cell of body.querySelectorAll(SEPARATE)) cell.append(" ");
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

/** What a part's index files depend on besides its pages: this module's code, and Pagefind's version. */
const PART_VERSION = sourceVersion(
  import.meta.url,
  ["./searchIndex.ts", "./indexParts.ts", "./rank.ts", "../lib/slug.ts"],
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
  try {
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
  } finally {
    // Pagefind's process holds one part at a time.
    await index.deleteIndex();
  }
  if (problems.length) throw new Error(problems.join("\n"));
  for (const name of readdirSync(out)) if (UNUSED.test(name)) rmSync(join(out, name));
}

/** What `writeSearchIndex` wrote: the pages indexed, the parts they are in, and how many parts were indexed now (not kept). */
export interface IndexSummary {
  pages: number;
  parts: number;
  made: number;
}

/**
 * Writes the index into `<dir>/pagefind/`, one part per `perPart` pages (tests make parts of a small
 * site with a small one), and returns what it wrote; throws on Pagefind's errors.
 * The first part is at `pagefind/` with Pagefind's script; the others are in `pagefind/<part>/`,
 * listed in PARTS_FILE.
 */
export async function writeSearchIndex(dir: string, perPart = PAGES_PER_PART): Promise<IndexSummary> {
  const pages = indexedPages(dir, perPart);
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
      const key = partKey(partPages, PART_VERSION);
      used.add(key);
      const part = await partFolder(partPages, key, scratch, indexPart);
      if (part.made) made++;
      try {
        count += await placePart(part.folder, to, skip);
      } catch {
        if (!part.made) made++;
        // A kept part with a file gone (removed by hand, or by another build's pruning): indexed again, here.
        rmSync(to, { recursive: true, force: true });
        const again = join(scratch, `again-${key}`);
        await makePart(partPages, again, indexPart);
        count += await placePart(again, to, skip);
      }
    }
    // No page to index: an empty index, which the search page still loads.
    if (!parts.length) await indexPart([], out);
    writeFileSync(join(out, PARTS_FILE), JSON.stringify(parts.slice(1).map(([part]) => `${part}/`)));
    dropOtherParts(used);
    return { pages: count, parts: parts.length, made };
  } finally {
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
