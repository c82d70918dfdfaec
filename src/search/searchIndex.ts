/**
 * Build-time search index: runs Pagefind over a built site folder and writes `pagefind/` into it.
 * Only pages with a `data-pagefind-body` element are indexed (articles, chart pages, the data page):
 * the home page, the search page and embed pages stay out. Node only: never import from a page.
 *
 * Pagefind matches "bien" with "biên" (it drops tones) but not "doi" with "đội": đ is a letter of
 * its own. So each page goes to Pagefind with one extra, searchable metadata field, `khongdau`,
 * listing its đ-words without đ ("doi dong…"). The built HTML on disk is not changed.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import * as pagefind from "pagefind";
import { cachedText, sourceVersion } from "../lib/fileCache.ts";
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

/** Writes the index into `<dir>/pagefind/` and returns how many pages it holds; throws on Pagefind's errors. */
export async function writeSearchIndex(dir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({
      // One Vietnamese index for the whole site, whatever a page declares.
      forceLanguage: "vi",
      excludeSelectors: EXCLUDE_SELECTORS,
    });
    if (!index) throw new Error(errors.join("\n"));
    const problems = [...errors];
    // In path order: the same site gives the same index files. Pagefind (its own process) indexes
    // one page while the next is read and prepared here.
    const sent: Promise<{ errors: string[] }>[] = [];
    for (const file of htmlFiles(dir)) {
      // Looked for in the bytes: most pages (embeds, versions) are never indexed, and need no decoding.
      const bytes = readFileSync(file);
      if (bytes.indexOf(BODY_MARK) < 0) continue;
      const content = preparedPage(bytes.toString("utf8"));
      if (content === undefined) continue;
      const url = `/${relative(dir, file).split("\\").join("/")}`.replace(/index\.html$/, "");
      sent.push(index.addHTMLFile({ url, content }));
      if (sent.length > IN_FLIGHT) await sent[sent.length - 1 - IN_FLIGHT];
    }
    for (const added of await Promise.all(sent)) problems.push(...added.errors);
    const pages = sent.length;
    const written = await index.writeFiles({ outputPath: join(dir, "pagefind") });
    problems.push(...written.errors);
    if (problems.length) throw new Error(problems.join("\n"));
    for (const name of readdirSync(join(dir, "pagefind"))) if (UNUSED.test(name)) rmSync(join(dir, "pagefind", name));
    return pages;
  } finally {
    await pagefind.close();
  }
}
