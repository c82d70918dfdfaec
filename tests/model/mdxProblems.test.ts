/** src/model/mdxProblems.ts: each article's MDX parsed once, its syntax errors then its component problems. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mdxBody, mdxProblems } from "../../src/model/mdxProblems.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { MINI } from "../helpers/mini.ts";

const root = mkdtempSync(join(tmpdir(), "cotmoc-mdx-"));
mkdirSync(join(root, "content/articles"), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (name: string, source: string) => {
  writeFileSync(join(root, "content/articles", name), source);
  return `content/articles/${name}`;
};

describe("mdxBody", () => {
  it("blanks the frontmatter out, keeping its lines", () => {
    const source = '---\ntitle: "a: {b}"\ndate: 2020-01-01\n---\nĐoạn <So id="a.b">1</So>.\n';
    const body = mdxBody(source);
    expect(body).toBe('\n\n\n\nĐoạn <So id="a.b">1</So>.\n');
    expect(body.split("\n")).toHaveLength(source.split("\n").length);
    expect(mdxBody("Không có phần đầu.\n")).toBe("Không có phần đầu.\n");
  });
});

describe("mdxProblems", () => {
  it("finds nothing in an article that parses and uses its components well", () => {
    expect(mdxProblems(MINI, ["content/articles/bai-mau.mdx"])).toEqual([]);
  });

  it("lists every file's syntax errors first, at their lines, then the component problems", () => {
    const a = write("a.mdx", '---\ntitle: "T"\n---\n\n<Khong />\n');
    const b = write("b.mdx", '---\ntitle: "T"\n---\n\nĐoạn <So id="x.y">1\n');
    const out = mdxProblems(root, [a, b]).map(formatProblem);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^content\/articles\/b\.mdx:\d+: MDX sai cú pháp: /);
    expect(out[1]).toMatch(/^content\/articles\/a\.mdx:5: không có thành phần <Khong>/);
  });
});
