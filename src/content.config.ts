import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { join } from "node:path";
import { listInputs } from "./model/inputs.ts";
import { ARTICLE_RULES, ARTICLES_DIR, projectRoot } from "./model/paths.ts";
import { formatProblem, type Problem } from "./model/problems.ts";

/** Throws the problems of the article folder's listing (a symlink, a sub-folder, a reserved name), if any. */
function refuseBadInputs(): void {
  const problems: Problem[] = [];
  listInputs(projectRoot(), ARTICLES_DIR, ARTICLE_RULES, problems);
  if (problems.length) throw new Error(problems.map(formatProblem).join("\n"));
}

const inner = glob({
  pattern: "*.mdx",
  base: join(projectRoot(), ARTICLES_DIR),
  generateId: ({ entry }) => {
    // Also on each file the dev server sees change: a link swapped in is refused, not rendered.
    refuseBadInputs();
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
      refuseBadInputs();
      return inner.load(context);
    },
  },
});

export const collections = { articles };
