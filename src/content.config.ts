import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { join } from "node:path";
import { checkEntry, listInputs } from "./model/inputs.ts";
import { ARTICLE_RULES, ARTICLES_DIR, projectRoot } from "./model/paths.ts";
import { formatProblem, type Problem } from "./model/problems.ts";

const inner = glob({
  pattern: "*.mdx",
  base: join(projectRoot(), ARTICLES_DIR),
  generateId: ({ entry }) => {
    // Each file, also one the dev server sees appear: a link or a reserved name is refused, not rendered.
    const found = checkEntry(projectRoot(), ARTICLES_DIR, entry, ARTICLE_RULES);
    if (found !== "input")
      throw new Error(found === "skip" ? `${ARTICLES_DIR}/${entry}: không phải bài viết.` : formatProblem(found));
    return entry.replace(/\.mdx$/, "");
  },
});

/**
 * The articles: one MDX file each in content/articles/, its file name the slug. Astro only renders
 * them: their frontmatter is checked once, by the site model (src/model/), which pages read it from;
 * the folder is listed by the same rules first (src/model/inputs.ts), so nothing refused is loaded.
 */
const articles = defineCollection({
  loader: {
    ...inner,
    load: async (context) => {
      const problems: Problem[] = [];
      listInputs(projectRoot(), ARTICLES_DIR, ARTICLE_RULES, problems);
      if (problems.length) throw new Error(problems.map(formatProblem).join("\n"));
      return inner.load(context);
    },
  },
});

export const collections = { articles };
