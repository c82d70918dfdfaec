/**
 * Parses each article's MDX with the parser Astro's Markdown processor uses (Sätteri): a syntax error
 * is a problem at its line; a tree that parses is checked for components, code and refused HTML.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { componentProblems } from "./mdxComponents.ts";
import { mdxBody, parseMdxBody } from "./mdxScan.ts";
import type { Problem } from "./problems.ts";

export { mdxBody };

/** Returns the syntax problems, then the component problems, of the given article files (paths relative to `root`). */
export function mdxProblems(root: string, files: readonly string[]): Problem[] {
  const syntax: Problem[] = [];
  const components: Problem[] = [];
  for (const file of files) {
    const parsed = parseMdxBody(mdxBody(readFileSync(join(root, file), "utf8").normalize("NFC")));
    if ("error" in parsed) syntax.push({ file, ...parsed.error });
    else components.push(...componentProblems(file, parsed.tree));
  }
  return [...syntax, ...components];
}
