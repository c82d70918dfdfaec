/** Reads one article: its MDX scanned, its frontmatter parsed as YAML and checked by the schema. */
import { parse as parseYaml, YAMLParseError } from "yaml";
import { scanMdx } from "./mdxScan.ts";
import { readInput } from "./inputs.ts";
import { ARTICLES_DIR } from "./paths.ts";
import { frontmatterLimitProblems } from "./limits.ts";
import { fieldPath, type Problem } from "./problems.ts";
import { PLACEHOLDER } from "./scaffold.ts";
import { describeInvisible, firstInvisible } from "./textSafety.ts";
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
  const lines = scan.frontmatter.split("\n");
  const lineOf = (key: PropertyKey | undefined) => {
    const idx = lines.findIndex((l) => l.startsWith(`${String(key)}:`));
    return idx >= 0 ? idx + scan.frontmatterLine : undefined;
  };
  for (const p of frontmatterLimitProblems(raw))
    problems.push({ file, line: lineOf(p.path[0]), field: fieldPath(p.path), message: p.message });
  problems.push(...bodyProblems(file, source, scan.frontmatter ? lines.length + 2 : 0));
  const result = articleSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({
        file,
        line: lineOf(issue.path[0]),
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

/** Returns the problems of the article's body (after its `fences` frontmatter lines): invisible characters and placeholders. */
function bodyProblems(file: string, source: string, fences: number): Problem[] {
  const out: Problem[] = [];
  const body = source.normalize("NFC").split("\n");
  const invisible = firstInvisible(body.slice(fences).join("\n"));
  if (invisible)
    out.push({
      file,
      line: invisible.line + fences,
      message: `có ký tự vô hình ${describeInvisible(invisible.cp)} ở cột ${invisible.column}: người đọc không thấy nó nhưng nó đổi cách chữ hiện ra và làm trích dẫn không khớp; xóa ký tự này.`,
    });
  const placeholder = body.findIndex((l, i) => i >= fences && l.includes(PLACEHOLDER));
  if (placeholder >= 0)
    out.push({
      file,
      line: placeholder + 1,
      message: `còn chữ mẫu "${PLACEHOLDER}" do npm run new viết; thay đoạn này bằng nội dung bài trước khi xuất bản.`,
    });
  return out;
}
