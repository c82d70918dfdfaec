/**
 * The site's topics: the one list editors choose from (content/topics.json, each with its slug and
 * Vietnamese name), read once per root; an article's `topics` must name slugs from it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "astro/zod";
import { parseJsonFile } from "./jsonFile.ts";
import type { Problem } from "./problems.ts";
import type { Article } from "./types.ts";
import { zodProblems } from "./zodProblems.ts";

export const TOPICS_FILE = "content/topics.json";

const topicSchema = z.object({
  /** The address part of its page, /chu-de/<slug>/: lower-case ASCII, đ → d. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ dan-van)"),
  /** The name readers see ("Dân vận"). */
  name: z.string().min(1, "tên chủ đề không được để trống"),
  /** One sentence under the name on its page. */
  description: z.string().default(""),
});
const topicsSchema = z.array(topicSchema);

export type Topic = z.infer<typeof topicSchema>;

/** Returns the topics of the site at `root` (none when the file is absent), pushing the file's problems. */
export function readTopics(root: string, problems: Problem[]): Topic[] {
  const path = join(root, TOPICS_FILE);
  if (!existsSync(path)) return [];
  const parsed = parseJsonFile(TOPICS_FILE, readFileSync(path, "utf8"));
  if (parsed.problems.length) {
    problems.push(...parsed.problems);
    return [];
  }
  const result = topicsSchema.safeParse(parsed.input);
  if (!result.success) {
    problems.push(...zodProblems(TOPICS_FILE, result.error.issues, parsed.input, parsed));
    return [];
  }
  const seen = new Set<string>();
  for (const [i, t] of result.data.entries()) {
    if (seen.has(t.slug))
      problems.push({
        file: TOPICS_FILE,
        line: parsed.locate([i, "slug"]),
        field: `[${i}].slug`,
        message: `chủ đề "${t.slug}" bị khai báo hai lần.`,
      });
    seen.add(t.slug);
  }
  return result.data;
}

/** Returns the message for a topic that is not in the list, naming every allowed slug. */
export function unknownTopicMessage(slug: string, topics: readonly Topic[]): string {
  const allowed = topics.map((t) => `"${t.slug}" (${t.name})`).join(", ");
  return topics.length
    ? `chủ đề "${slug}" không có trong ${TOPICS_FILE}; phải là một trong ${allowed}. Chủ đề mới thì thêm vào ${TOPICS_FILE} trước.`
    : `chủ đề "${slug}" không có: chưa có tệp ${TOPICS_FILE} liệt kê các chủ đề.`;
}

/** Returns a problem for each topic an article names that is not in the list, at its frontmatter line. */
export function topicProblems(articles: readonly Article[], topics: readonly Topic[]): Problem[] {
  const known = new Set(topics.map((t) => t.slug));
  return articles.flatMap((a) => {
    const lines = a.scan.frontmatter.split("\n");
    const start = lines.findIndex((l) => l.startsWith("topics:"));
    return a.data.topics.flatMap((slug, i) => {
      if (known.has(slug)) return [];
      // The item's own line in the block under `topics:`, else that key's line.
      const item = (l: string) =>
        l
          .replace(/^\s*-\s*/, "")
          .replace(/^(["'])(.*)\1$/, "$2")
          .trim() === slug;
      const at = lines.findIndex((l, n) => n > start && /^\s*-/.test(l) && item(l));
      const idx = at >= 0 ? at : start;
      return [
        {
          file: a.file,
          line: idx >= 0 ? idx + a.scan.frontmatterLine : undefined,
          field: `topics[${i}]`,
          message: unknownTopicMessage(slug, topics),
        },
      ];
    });
  });
}
