/** Every content check the build and `npm run check` run: the site model plus MDX syntax and components. */
import { mdxProblems } from "./mdxProblems.ts";
import { articleFiles } from "./paths.ts";
import type { Problem } from "./problems.ts";
import { readSite } from "./readSite.ts";
import type { Site } from "./types.ts";

/** Returns the site model and every problem in content/ and data/ under `root`. */
export function checkAll(root: string): { site: Site; problems: Problem[] } {
  const mdx = mdxProblems(root, articleFiles(root));
  const { site, problems } = readSite(root);
  return { site, problems: [...mdx, ...problems] };
}
