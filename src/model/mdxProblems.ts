/**
 * Parses each article's MDX once, with the parser Astro's Markdown processor uses (Sätteri): a
 * syntax error is a problem at its line; a tree that parses is checked for components and code.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mdxToMdast } from "satteri";
import { componentProblems, type MdastNode } from "./mdxComponents.ts";
import type { Problem } from "./problems.ts";

/** Returns `source` with its frontmatter blanked out, keeping its lines, so reported lines match the file. */
export function mdxBody(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (m) => "\n".repeat(m.split("\n").length - 1));
}

/** Returns the syntax problems, then the component problems, of the given article files (paths relative to `root`). */
export function mdxProblems(root: string, files: readonly string[]): Problem[] {
  const syntax: Problem[] = [];
  const components: Problem[] = [];
  for (const file of files) {
    const body = mdxBody(readFileSync(join(root, file), "utf8").normalize("NFC"));
    let tree: MdastNode;
    try {
      tree = mdxToMdast(body) as MdastNode;
    } catch (e) {
      const msg = (e as Error).message.split("\n")[0] ?? "";
      const line = /^(\d+):\d+/.exec(msg)?.[1];
      syntax.push({
        file,
        line: line ? Number(line) : undefined,
        message: `MDX sai cú pháp: ${msg.replace(/^\d+:\d+:\s*/, "")}`,
      });
      continue;
    }
    components.push(...componentProblems(file, tree));
  }
  return [...syntax, ...components];
}
