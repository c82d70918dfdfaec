import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { join } from "node:path";
import { ARTICLES_DIR, projectRoot } from "./model/paths.ts";

/**
 * The articles: one MDX file each in content/articles/, its file name the slug. Astro only renders
 * them: their frontmatter is checked once, by the site model (src/model/), which pages read it from.
 */
const articles = defineCollection({
  loader: glob({
    pattern: "*.mdx",
    base: join(projectRoot(), ARTICLES_DIR),
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
});

export const collections = { articles };
