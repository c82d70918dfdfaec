/**
 * The last word on provenance: every quote a dataset stands on must be in the words a reader sees on
 * the built article page, not only in the MDX source. Read from the page's `<article>`, leaving out
 * what the site generates around the article's words (charts with their tables and tooltips, scripts)
 * and anything hidden; a mismatch fails the build before the new site replaces the last good one.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { cachedText, sourceVersion } from "../lib/fileCache.ts";
import { foldText } from "../lib/text.ts";
import { articlePath } from "../lib/urls.ts";
import type { Problem } from "../model/problems.ts";
import type { Site } from "../model/types.ts";

/** What is not the article's visible words: generated charts, code, and hidden elements. */
const NOT_WORDS = "figure[data-chart], script, style, template, noscript, svg, [hidden], [aria-hidden='true'], [inert]";

/** Elements that start a new line: their words are not run together with their neighbours'. */
const BLOCKS = new Set(
  "address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul".split(
    " ",
  ),
);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Returns the words of `n` and its descendants, a space at each block's edges. */
function words(n: DomNode): string {
  if (n.nodeType === 3) return n.textContent ?? "";
  if (n.nodeType !== 1) return "";
  const inner = Array.from(n.childNodes).map(words).join("");
  return BLOCKS.has(n.nodeName.toLowerCase()) ? ` ${inner} ` : inner;
}

/** Returns the visible words of the `<article>` of an HTML page, folded as quotes are (foldText); "" when there is none. */
export function articleVisibleText(html: string): string {
  const { document } = parseHTML(html);
  const article = document.querySelector("article");
  // A hidden article (or one inside hidden markup) shows the reader no word.
  if (!article || article.closest(NOT_WORDS)) return "";
  for (const el of Array.from(article.querySelectorAll(NOT_WORDS))) el.remove();
  return foldText(words(article as unknown as DomNode));
}

/** What a page's visible words depend on besides the page: this module, the folding, linkedom's version. */
const VISIBLE_VERSION = sourceVersion(import.meta.url, ["./pageQuotes.ts", "../lib/text.ts"], ["linkedom"]);

/** `articleVisibleText`, kept in the build cache: a rebuild parses only the article pages that changed. */
function visibleTextOf(html: string): string {
  return cachedText("visible-text", VISIBLE_VERSION, html, articleVisibleText) ?? "";
}

/** A quote to find on its article's built page, and where it is written (a dataset's file and field). */
export interface QuoteRef {
  article: string;
  file: string;
  field: string;
  quote: string;
}

/** Returns every source figure's quote, by dataset: what `missingQuotes` looks for, without the rest of the model. */
export function quoteRefs(site: Site): QuoteRef[] {
  return site.datasets.flatMap((ds) =>
    ds.figures.flatMap((f, i) =>
      f.quote === undefined ? [] : [{ article: ds.article, file: ds.file, field: `values[${i}].quote`, quote: f.quote }],
    ),
  );
}

/** Returns a problem for each quote not in the visible words of its built article page under `dir`. */
export function missingQuotes(dir: string, refs: readonly QuoteRef[]): Problem[] {
  const out: Problem[] = [];
  const texts = new Map<string, string>();
  for (const ref of refs) {
    const page = join(articlePath(ref.article), "index.html");
    if (!texts.has(ref.article)) {
      const file = join(dir, page);
      texts.set(ref.article, existsSync(file) ? visibleTextOf(readFileSync(file, "utf8")) : "");
    }
    if ((texts.get(ref.article) ?? "").includes(foldText(ref.quote))) continue;
    out.push({
      file: ref.file,
      field: ref.field,
      message: `trích dẫn "${ref.quote}" không có trong chữ người đọc thấy trên trang ${page}; chép nguyên văn chữ hiện trên trang bài viết.`,
    });
  }
  return out;
}
