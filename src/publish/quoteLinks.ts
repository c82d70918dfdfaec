/** Links from a figure's quote back to the paragraph of the article that states it. */
import { paragraphId } from "../model/paragraphIds.ts";
import type { Article } from "../model/types.ts";
import { foldText } from "../lib/text.ts";
import { articleHref } from "../lib/urls.ts";

/**
 * Returns the 1-based number, among the article's `<p>` paragraphs (as paragraphIds.ts numbers
 * them), of the paragraph that contains `quote`; undefined when no paragraph does (or a heading,
 * list or quote block does).
 */
export function paragraphOf(article: Article, quote: string): number | undefined {
  const q = foldText(quote);
  const paragraphs = article.scan.paragraphs.filter((p) => p.paragraph);
  const i = paragraphs.findIndex((p) => p.text.includes(q));
  return i === -1 ? undefined : i + 1;
}

/** Returns the URL of the paragraph stating `quote`, with a text fragment that highlights it. */
export function quoteHref(article: Article, quote: string): string {
  const n = paragraphOf(article, quote);
  const fragment = `:~:text=${encodeURIComponent(foldText(quote)).replace(/-/g, "%2D")}`;
  return `${articleHref(article.slug)}#${n ? paragraphId(n) : ""}${fragment}`;
}
