/** Every content check the build and `npm run check` run: the site model plus MDX syntax and components. */
import { mdxProblems } from "./mdxProblems.ts";
import { articleFiles } from "./paths.ts";
import type { Problem } from "./problems.ts";
import type { PublishedRecord } from "./published.ts";
import { readSite } from "./readSite.ts";
import type { Site } from "./types.ts";

/** Returns the site model, every problem in content/ and data/ under `root`, and the records of what it publishes. */
export function checkAll(root: string): { site: Site; problems: Problem[]; records: PublishedRecord[] } {
  const mdx = mdxProblems(root, articleFiles(root));
  const { site, problems, records } = readSite(root);
  return { site, problems: [...mdx, ...problems], records };
}
