/**
 * How articles' Markdown is read, for Astro's Markdown processor (astro.config.mjs) and for the
 * article pages' MDX compile (src/publish/articleBody.ts), which must agree.
 */
import { paragraphIds } from "./paragraphIds.ts";

export const ARTICLE_MARKDOWN = {
  // Keep the articles' punctuation exactly as published: quotes are checked against it.
  features: { smartPunctuation: false },
  hastPlugins: [paragraphIds],
};
