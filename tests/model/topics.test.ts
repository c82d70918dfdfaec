/** src/model/topics.ts: the list of topics (content/topics.json) and articles' topics checked against it. */
import { describe, expect, it } from "vitest";
import { readSite } from "../../src/model/readSite.ts";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem } from "../../src/model/problems.ts";
import { MINI, json, miniCopy, problemsAfter } from "../helpers/mini.ts";

const ARTICLE = "content/articles/bai-mau.mdx";
const withTopics = (topics: string[]) => (s: string) =>
  s.replace(/^date:/m, `topics:\n${topics.map((t) => `  - ${t}`).join("\n")}\ndate:`);

describe("topics", () => {
  it("are read from content/topics.json, in its order", () => {
    expect(readSite(MINI).site.topics.map((t) => t.slug)).toEqual(["xay-dung-dang", "bien-gioi-moc-gioi", "dan-van"]);
  });

  it("an article names known ones without a problem", () => {
    expect(problemsAfter(ARTICLE, withTopics(["dan-van", "xay-dung-dang"]))).toEqual([]);
  });

  it("an unknown one is refused at its line, with every allowed slug and its name", () => {
    // "bien-gioi" is named on line 10, after a known topic its name starts.
    const problems = problemsAfter(ARTICLE, withTopics(["dan-van", "bien-gioi-moc-gioi", "bien-gioi"]));
    expect(problems).toEqual([
      `${ARTICLE}:10: topics[2]: chủ đề "bien-gioi" không có trong content/topics.json; phải là một trong "xay-dung-dang" (Xây dựng Đảng), "bien-gioi-moc-gioi" (Biên giới và mốc giới), "dan-van" (Dân vận). Chủ đề mới thì thêm vào content/topics.json trước.`,
    ]);
  });

  it("a topic list with a bad slug or a slug twice is refused, naming the file and the field", () => {
    const bad = problemsAfter(
      "content/topics.json",
      json((d) => {
        d[1].slug = "Biên giới";
        d[2].slug = "xay-dung-dang";
      }),
    );
    expect(bad.map((p) => p.split(": ").slice(0, 2).join(": "))).toEqual([
      "content/topics.json:8: [1].slug",
      // The duplicate is found once the file passes its schema: one mistake at a time.
    ]);
    const twice = problemsAfter(
      "content/topics.json",
      json((d) => {
        d[2].slug = "xay-dung-dang";
      }),
    );
    expect(twice).toEqual([`content/topics.json:13: [2].slug: chủ đề "xay-dung-dang" bị khai báo hai lần.`]);
  });

  it("a broken list is reported once, not again for each article that names a topic", () => {
    const { root, remove } = miniCopy();
    try {
      writeFileSync(join(root, ARTICLE), withTopics(["dan-van"])(readFileSync(join(root, ARTICLE), "utf8")));
      writeFileSync(join(root, "content/topics.json"), "[{");
      const problems = readSite(root).problems.map(formatProblem);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.startsWith("content/topics.json"))).toBe(true);
    } finally {
      remove();
    }
  });
});
