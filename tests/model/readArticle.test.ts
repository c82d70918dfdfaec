/** src/model/readArticle.ts: one article, its MDX scanned and its frontmatter read as YAML and checked. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem, type Problem } from "../../src/model/problems.ts";
import { readArticle } from "../../src/model/readArticle.ts";
import { MINI, problemsAfter } from "../helpers/mini.ts";

const root = mkdtempSync(join(tmpdir(), "cotmoc-article-"));
mkdirSync(join(root, "content/articles"), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Returns what readArticle makes of `source` written as content/articles/x.mdx, and its problems. */
function read(source: string) {
  writeFileSync(join(root, "content/articles/x.mdx"), source);
  const problems: Problem[] = [];
  return { article: readArticle(root, "x.mdx", problems), problems: problems.map(formatProblem) };
}

const FRONTMATTER = [
  'title: "Tiêu đề"',
  'description: "Mô tả."',
  'author: "Tác giả"',
  'publisher: "Báo Lạng Sơn"',
  'publisherUrl: "http://baolangson.vn/"',
  "date: 2020-09-27",
];

describe("readArticle", () => {
  it("reads the slug, the file, the checked frontmatter and the scanned prose", () => {
    const problems: Problem[] = [];
    const a = readArticle(MINI, "bai-mau.mdx", problems);
    expect(problems).toEqual([]);
    expect(a?.slug).toBe("bai-mau");
    expect(a?.file).toBe("content/articles/bai-mau.mdx");
    expect(a?.data).toMatchObject({ title: "Bài mẫu về Đồn Biên phòng", author: "Phóng viên", headline: [] });
    expect(a?.data.date.toISOString()).toBe("2020-02-05T01:24:09.000Z");
    expect(a?.scan.charts).toEqual([{ id: "chi-bo", line: 15 }]);
  });

  it("reads a date without a time as midnight in Vietnam", () => {
    const { article, problems } = read(`---\n${FRONTMATTER.join("\n")}\n---\n\nĐoạn.\n`);
    expect(problems).toEqual([]);
    expect(article?.data.date.toISOString()).toBe("2020-09-26T17:00:00.000Z");
    expect(article?.dateHasTime).toBe(false);
  });

  it("knows when the date gives the time of publication", () => {
    const lines = FRONTMATTER.map((l) => (l.startsWith("date:") ? "date: 2020-02-05T08:24:09+07:00" : l));
    expect(read(`---\n${lines.join("\n")}\n---\n\nĐoạn.\n`).article?.dateHasTime).toBe(true);
  });

  it("reports a YAML syntax error at its line in the file", () => {
    const { article, problems } = read(`---\n${FRONTMATTER.join("\n")}\ntitle: "a\n---\n\nĐoạn.\n`);
    expect(article).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/articles\/x\.mdx:\d+: phần đầu \(frontmatter\) sai cú pháp YAML: /);
  });

  it("reports each field the schema refuses, at the line of its key", () => {
    const lines = FRONTMATTER.map((l) => (l.startsWith("date:") ? "date: 2020-02-31" : l));
    const { article, problems } = read(`---\n${lines.join("\n")}\nheadline: "a.b"\n---\n`);
    expect(article).toBeUndefined();
    expect(problems.map((p) => p.split(": ").slice(0, 2).join(": "))).toEqual([
      "content/articles/x.mdx:7: date",
      "content/articles/x.mdx:8: headline",
    ]);
  });

  it("reads an article without frontmatter as one missing every required field", () => {
    const { problems } = read("Chỉ có một đoạn.\n");
    expect(problems).toContain("content/articles/x.mdx: title: thiếu trường bắt buộc này.");
  });
});

describe("bad frontmatter through readSite, with file, line and field", () => {
  it("a missing frontmatter field and a non-http source URL", () => {
    const out = problemsAfter("content/articles/bai-mau.mdx", (s) =>
      s.replace('author: "Phóng viên"\n', "").replace("http://baolangson.vn/bai-mau.html", "javascript:alert(1)"),
    );
    expect(out).toEqual([
      "content/articles/bai-mau.mdx: author: thiếu trường bắt buộc này.",
      "content/articles/bai-mau.mdx:7: sourceUrl: địa chỉ phải bắt đầu bằng http:// hoặc https://.",
    ]);
  });
  it("NFD text is normalized, not refused", () => {
    expect(problemsAfter("content/articles/bai-mau.mdx", (s) => s.normalize("NFD"))).toEqual([]);
  });
});
