/**
 * Quotes are checked against the words a reader sees (issue 16): a quote standing on hidden text,
 * a comment or an escape read the wrong way fails; a correct quote holding "<" (written `&lt;` or
 * `\<`, as an editor would) passes; the published articles all pass.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAll } from "../../src/model/checkAll.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { MINI, miniCopy } from "../helpers/mini.ts";
import { ROOT } from "../helpers/dist.ts";

const ARTICLE = "content/articles/bai-mau.mdx";
/** Returns the problems of the mini site with a paragraph added to its article (at line 17) and a dataset quoting `quote` for `value`. */
function problemsWith(body: string, quote: string, value: number): string[] {
  const { root, remove } = miniCopy();
  try {
    const article = readFileSync(join(root, ARTICLE), "utf8");
    writeFileSync(join(root, ARTICLE), `${article}\n${body}\n\n<Chart id="thu" />\n`);
    const values = [{ key: "so", label: "Số", value, quote }];
    writeFileSync(
      join(root, "data/thu.json"),
      JSON.stringify({
        id: "thu",
        article: "bai-mau",
        title: "Thử",
        description: "Thử.",
        relationship: "facts",
        unit: "buổi",
        values,
      }),
    );
    return checkAll(root).problems.map(formatProblem);
  } finally {
    remove();
  }
}

const notInArticle =
  "data/thu.json:1: values[0].quote: trích dẫn không có trong bài content/articles/bai-mau.mdx; hãy chép nguyên văn một đoạn của bài.";

describe("the quote check reads what a reader sees", () => {
  it("passes a correct quote holding '<', written &lt; or \\<", () => {
    expect(problemsWith("Có &lt;5 buổi vắng và \\<3 buổi nghỉ.", "Có <5 buổi vắng và <3 buổi nghỉ", 5)).toEqual([]);
  });

  it("reads \\<script> as the text <script>, not as a tag", () => {
    expect(problemsWith("Thẻ \\<script> bị chặn 7 buổi.", "Thẻ <script> bị chặn 7 buổi", 7)).toEqual([]);
    expect(problemsWith("Thẻ \\<script> bị chặn 7 buổi.", "Thẻ \\ bị chặn 7 buổi", 7)).toEqual([notInArticle]);
  });

  it("refuses a figure quoted from an editor's comment", () => {
    expect(problemsWith("Có nhiều buổi tuần tra {/* 999 buổi tuần tra */}.", "999 buổi tuần tra", 999)).toEqual([notInArticle]);
  });

  it("refuses a figure quoted from <span hidden>, with the hidden text named at its line", () => {
    const problems = problemsWith("Có nhiều buổi<span hidden> 999 buổi tuần tra</span>.", "999 buổi tuần tra", 999);
    expect(problems).toContain(notInArticle);
    expect(problems.some((p) => p.startsWith("content/articles/bai-mau.mdx:17: <span>: thuộc tính hidden: chữ bị giấu"))).toBe(
      true,
    );
  });
});

describe("the published articles", () => {
  it("the mini site and every article in content/articles pass every check", () => {
    expect(checkAll(MINI).problems).toEqual([]);
    const { site, problems } = checkAll(ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(site.articles.length).toBeGreaterThanOrEqual(2);
  });
});
