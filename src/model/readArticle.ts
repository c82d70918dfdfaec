/** Reads one article: its MDX scanned, its frontmatter parsed as YAML and checked by the schema. */
import { parse as parseYaml, YAMLParseError } from "yaml";
import { scanMdx } from "./mdxScan.ts";
import { readInput } from "./inputs.ts";
import { ARTICLES_DIR } from "./paths.ts";
import { fieldPath, type Problem } from "./problems.ts";
import { articleSchema } from "./schemas/article.ts";
import type { Article } from "./types.ts";
import { friendlyMessage } from "./zodProblems.ts";

/** Returns the article `content/articles/<name>`, or undefined with its problems pushed to `problems`. */
export function readArticle(root: string, name: string, problems: Problem[]): Article | undefined {
  const file = `${ARTICLES_DIR}/${name}`;
  const source = readInput(root, file);
  const scan = scanMdx(source);
  let raw: unknown;
  try {
    raw = parseYaml(scan.frontmatter) ?? {};
  } catch (e) {
    const line = e instanceof YAMLParseError ? (e.linePos?.[0]?.line ?? 0) + scan.frontmatterLine - 1 : undefined;
    problems.push({ file, line, message: `phần đầu (frontmatter) sai cú pháp YAML: ${(e as Error).message.split("\n")[0]}` });
    return undefined;
  }
  const result = articleSchema.safeParse(raw);
  if (!result.success) {
    const lines = scan.frontmatter.split("\n");
    for (const issue of result.error.issues) {
      const idx = lines.findIndex((l) => l.startsWith(`${String(issue.path[0])}:`));
      problems.push({
        file,
        line: idx >= 0 ? idx + scan.frontmatterLine : undefined,
        field: fieldPath(issue.path),
        message: friendlyMessage(issue, raw),
      });
    }
    return undefined;
  }
  // A date-time gives the hour the original printed; a bare day ("2020-09-27") gives none.
  const date = (raw as { date?: unknown }).date;
  const dateHasTime = typeof date === "string" && date.includes("T");
  return { slug: name.replace(/\.mdx$/, ""), file, data: result.data, scan, dateHasTime };
}
