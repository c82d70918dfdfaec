/**
 * src/publish/articleBody.ts compiles an article's MDX when its page renders, instead of Astro's MDX
 * integration compiling it as a module. Both must give the same page: the same tree of elements,
 * attributes and components, compiled here both ways from the seed articles and from a body that
 * uses everything an article may hold. An Astro upgrade that changes its MDX compile fails here.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import config from "../../astro.config.mjs";
import { articleContent } from "../../src/publish/articleBody.ts";
import { loadSite } from "../../src/model/readSite.ts";
import type { Article } from "../../src/model/types.ts";
import { ROOT } from "../helpers/dist.ts";

/** Stand-ins for Chart, Photo and So: both compiles must place the same components with the same props. */
const components = {
  Chart: (p: unknown) => ({ chart: p }),
  Photo: (p: unknown) => ({ photo: p }),
  So: (p: unknown) => ({ so: p }),
};

type MdxRenderer = { process(content: string, file: string, frontmatter: object): Promise<{ code: string }> };
type Processor = { createMdxRenderer(shared: object, mdx: object): Promise<MdxRenderer> };

// Compiled modules are written under node_modules, where their imports of astro/jsx-runtime resolve.
const modules = join(ROOT, "node_modules/.cache/cot-moc-article-body");
const roots: string[] = [];
afterAll(() => {
  rmSync(modules, { recursive: true, force: true });
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** Returns the body as Astro's MDX integration compiles it (astro.config.mjs's processor), called with the stand-ins. */
async function astroCompiled(source: string, file: string): Promise<unknown> {
  const processor = (config.markdown as { processor: Processor }).processor;
  const renderer = await processor.createMdxRenderer(
    { syntaxHighlight: false },
    { optimize: false, srcDir: pathToFileURL(join(ROOT, "src/")) },
  );
  // @astrojs/mdx blanks the frontmatter with spaces, keeping the lines.
  const content = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (m) => m.replace(/[^\n]/g, " "));
  const { code } = await renderer.process(content, file, {});
  mkdirSync(modules, { recursive: true });
  const path = join(modules, `${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
  writeFileSync(path, `${code}\nexport { MDXContent };\n`);
  const mod = (await import(pathToFileURL(path).href)) as { MDXContent: (props: object) => unknown };
  return mod.MDXContent({ components });
}

/** Returns the body as an article page compiles it, called with the stand-ins. */
function pageCompiled(root: string, article: Article): unknown {
  return articleContent(root, article)({ components });
}

describe("an article's body compiled when its page renders", () => {
  it("is the tree Astro's MDX integration gives, for each seed article", async () => {
    const site = loadSite(ROOT);
    expect(site.articles.length).toBeGreaterThan(0);
    for (const article of site.articles) {
      const source = readFileSync(join(ROOT, article.file), "utf8");
      expect(pageCompiled(ROOT, article)).toEqual(await astroCompiled(source, join(ROOT, article.file)));
    }
  });

  it("is that tree for everything an article may hold", async () => {
    const source = [
      "---",
      "title: Thử",
      "---",
      "",
      "Một **đậm** *nghiêng* ~~bỏ~~ `mã` [bài](https://baolangson.vn/a.html) [mục](#doan-2) www.a.vn & \\{ \\< &lt;b&gt;.",
      "",
      "## Tiêu đề có dấu",
      "",
      "## Tiêu đề có dấu",
      "",
      'Diện tích 5 km<sup>2</sup>, H<sub>2</sub>O,<br />tiếp {/* ghi chú: 999 */} theo <So id="a.b">5 hộ</So>.',
      "",
      '<Chart id="a" kind="bars" emphasis={["x", "y"]} />',
      "",
      '<Photo caption="Ảnh" src="/anh/a.jpg" alt="Mô tả" />',
      "",
      "![ảnh](https://a.vn/x.png) ![ảnh](/anh/b.png)",
      "",
      "> Trích *dẫn* \"thẳng\" 'đơn' -- --- ...",
      "",
      "- mục một",
      "- mục [hai][r]",
      "- [x] việc đã xong",
      "",
      "1. một",
      "2. hai",
      "",
      "| a | b |",
      "|:--|--:|",
      "| 1 | 2 |",
      "",
      "---",
      "",
      "[r]: https://a.vn",
      "",
    ].join("\n");
    const root = mkdtempSync(join(tmpdir(), "cotmoc-article-body-"));
    roots.push(root);
    mkdirSync(join(root, "content/articles"), { recursive: true });
    writeFileSync(join(root, "content/articles/thu.mdx"), source);
    const article = { slug: "thu", file: "content/articles/thu.mdx", data: { title: "Thử" } } as unknown as Article;
    const tree = pageCompiled(root, article);
    expect(tree).toEqual(await astroCompiled(source, join(root, article.file)));
    // Not two empty trees: the paragraphs and headings have their ids.
    expect(JSON.stringify(tree)).toContain('"id":"doan-1"');
    expect(JSON.stringify(tree)).toContain('"id":"tiêu-đề-có-dấu-1"');
  });
});
