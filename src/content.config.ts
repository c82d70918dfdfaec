import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { join } from "node:path";
import { articleSchema } from "./schemas/article.ts";
import { ARTICLES_DIR, projectRoot } from "./lib/site.ts";

/** The articles: one MDX file each in content/articles/, its file name the slug. */
const articles = defineCollection({
  loader: glob({
    pattern: "*.mdx",
    base: join(projectRoot(), ARTICLES_DIR),
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: articleSchema,
});

export const collections = { articles };
