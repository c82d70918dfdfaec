/** MDX syntax errors of articles, from the same parser Astro's Markdown processor uses (Sätteri). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createMdxHastHandle, dropHandle } from "satteri";
import type { Problem } from "./problems.ts";

/** Returns MDX syntax problems of the given article files (paths relative to `root`). */
export function mdxSyntaxProblems(root: string, files: string[]): Problem[] {
  const out: Problem[] = [];
  for (const file of files) {
    const source = readFileSync(join(root, file), "utf8").normalize("NFC");
    // Blank the frontmatter out, keeping its lines, so reported lines match the file.
    const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (m) => "\n".repeat(m.split("\n").length - 1));
    try {
      dropHandle(createMdxHastHandle(body));
    } catch (e) {
      const msg = (e as Error).message.split("\n")[0] ?? "";
      const line = /^(\d+):\d+/.exec(msg)?.[1];
      out.push({ file, line: line ? Number(line) : undefined, message: `MDX sai cú pháp: ${msg.replace(/^\d+:\d+:\s*/, "")}` });
    }
  }
  return out;
}
