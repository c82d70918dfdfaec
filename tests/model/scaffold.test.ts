/**
 * src/model/scaffold.ts: a new article and its stub dataset, which pass the model's checks as they are.
 * tests/editor/scaffold.test.ts checks the slugs, the files and the build from the editor's side.
 */
import { describe, expect, it } from "vitest";
import { referenceProblems } from "../../src/model/references.ts";
import { cleanTitle, DATASET_SUFFIX, PLACEHOLDER, scaffoldArticle } from "../../src/model/scaffold.ts";
import { articleFixture, buildFixture } from "../charts/fixtures.ts";
import { parse as parseYaml } from "yaml";
import { scanMdx } from "../../src/model/mdxScan.ts";

describe("cleanTitle", () => {
  it("stores a title in NFC with its white space folded", () => {
    expect(cleanTitle("  Đội\tCấn \n giữ   biên ".normalize("NFD"))).toBe("Đội Cấn giữ biên");
  });
});

describe("scaffoldArticle", () => {
  const s = scaffoldArticle("Đội Cấn: “Mùa xuân”", "2026-11-22", ["doi-can-mua-xuan"], []);

  it("names the article and its dataset from the title, unique against what exists", () => {
    expect(s.slug).toBe("doi-can-mua-xuan-2");
    expect(s.datasetId).toBe(`doi-can-mua-xuan-2${DATASET_SUFFIX}`);
    expect(s.files.map((f) => f.path)).toEqual([
      "content/articles/doi-can-mua-xuan-2.mdx",
      `data/doi-can-mua-xuan-2${DATASET_SUFFIX}.json`,
    ]);
  });

  it("writes an article and a dataset that pass the model's checks, placeholders and all", () => {
    const [mdx = "", data = ""] = s.files.map((f) => f.content);
    const frontmatter = parseYaml(scanMdx(mdx).frontmatter) as Record<string, unknown>;
    const article = articleFixture(mdx.replace(/^---\n[\s\S]*?\n---\n/, ""), { ...frontmatter, sourceUrl: undefined }, s.slug);
    expect(article.data.title).toBe("Đội Cấn: “Mùa xuân”");
    expect(article.data.date.toISOString()).toBe("2026-11-21T17:00:00.000Z");
    const { dataset, problems } = buildFixture(JSON.parse(data), article);
    expect(problems).toEqual([]);
    expect(referenceProblems([article], [dataset], new Set([dataset.id]))).toEqual([]);
    expect(mdx).toContain(PLACEHOLDER);
    expect(dataset.title).toContain(PLACEHOLDER);
  });
});
