/**
 * Unknown components, missing or malformed props and code expressions are valid MDX that only Astro's
 * renderer would reject, naming the page; the content check names the file and line instead, so
 * `npm run check` stops them too.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkAll } from "../../src/model/checkAll.ts";
import { mdxProblems } from "../../src/model/mdxProblems.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { cleanUp, FIXTURES, siteFrom, tempDir } from "./sandbox.ts";

afterAll(cleanUp);

const FRONTMATTER = '---\ntitle: "T"\n---\n';

/** Returns the problems of one article body (after a 3-line frontmatter: the body starts on line 4). */
function problemsOf(body: string): string[] {
  const root = tempDir();
  mkdirSync(join(root, "content/articles"), { recursive: true });
  writeFileSync(join(root, "content/articles/a.mdx"), FRONTMATTER + body);
  return mdxProblems(root, ["content/articles/a.mdx"]).map(formatProblem);
}

const KNOWN = "bài viết chỉ dùng được <Chart>, <So>, <Photo> (kiểm tra chính tả, chữ hoa, chữ thường).";

describe("components and code in an article", () => {
  it("names the file and line of a component the article page does not provide", () => {
    expect(problemsOf("Đoạn một.\n\n<Khong />\n")).toEqual([`content/articles/a.mdx:6: không có thành phần <Khong>; ${KNOWN}`]);
  });

  it("finds one inside a sentence, and a known component typed in lower case", () => {
    expect(problemsOf('Có <Sô id="x.y">5 hộ</Sô> và\n<chart id="x" />.\n')).toEqual([
      `content/articles/a.mdx:4: không có thành phần <Sô>; ${KNOWN}`,
      `content/articles/a.mdx:5: không có thành phần <chart>; ${KNOWN}`,
    ]);
  });

  it("names code where text belongs: an expression, or a prop given as code", () => {
    expect(problemsOf('Có {khongCo} chi bộ.\n\n<Chart id="a" emphasis={x} />\n')).toEqual([
      "content/articles/a.mdx:4: {khongCo} là mã, không phải chữ: bài viết không dùng biểu thức. Nếu đó là chữ của bài, viết \\{ thay cho {.",
      'content/articles/a.mdx:6: <Chart emphasis={x}>: giá trị là mã; viết emphasis="…".',
    ]);
  });

  it("names a chart kind that does not exist and a missing prop", () => {
    expect(problemsOf('<Chart id="a" kind="banh" />\n\n<Photo />\n')).toEqual([
      'content/articles/a.mdx:4: <Chart kind="banh">: kiểu biểu đồ phải là một trong "bars", "stack", "groups", "split", "number", "compare", "table".',
      'content/articles/a.mdx:6: <Photo> cần thuộc tính caption="…".',
    ]);
  });

  it("accepts the article components, allowed HTML and tags shown as code", () => {
    const body = [
      '<Photo caption="Ảnh" />',
      "",
      'Có <So id="a.b">5 hộ</So>, chữ **đậm**, 5 km<sup>2</sup> và mã `<Khong />`.',
      "",
      '<Chart id={"a"} kind="bars" emphasis={["b", "c"]} />',
      "",
      "{/* ghi chú của biên tập viên */}",
      "",
      "Dấu \\{ngoặc} và \\<1%.",
      "",
      "```",
      "<Khong />",
      "```",
      "",
    ].join("\n");
    expect(problemsOf(body)).toEqual([]);
  });

  it("reports a syntax error once, as a syntax error: one parse gives both checks", () => {
    const problems = problemsOf("Mở {ngoặc mà không đóng\n");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/articles\/a\.mdx:4: MDX sai cú pháp: Unexpected end of file in expression/);
  });

  it("is part of `npm run check`: the mini site with <Khong /> fails", () => {
    const root = siteFrom(join(FIXTURES, "mini"));
    const file = join(root, "content/articles/bai-mau.mdx");
    expect(checkAll(root).problems).toEqual([]);
    const line = readFileSync(file, "utf8").split("\n").length + 1;
    writeFileSync(file, "\n<Khong />\n", { flag: "a" });
    expect(checkAll(root).problems.map(formatProblem)).toEqual([
      `content/articles/bai-mau.mdx:${line}: không có thành phần <Khong>; ${KNOWN}`,
    ]);
  });
});
