/** Every content check the build and `npm run check` run: the site model plus MDX syntax and components. */
import { readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { componentProblems } from "./mdxComponents.ts";
import { mdxSyntaxProblems } from "./mdxSyntax.ts";
import type { Problem } from "./problems.ts";
import { ARTICLES_DIR, readSite, type Site } from "./site.ts";

/** Returns the site model and every problem in content/ and data/ under `root`. */
export function checkAll(root: string): { site: Site; problems: Problem[] } {
  const dir = join(root, ARTICLES_DIR);
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".mdx"))
        .sort()
        .map((f) => `${ARTICLES_DIR}/${f}`)
    : [];
  const syntax = mdxSyntaxProblems(root, files);
  const components = componentProblems(root, files);
  const { site, problems } = readSite(root);
  return { site, problems: [...syntax, ...components, ...problems] };
}
