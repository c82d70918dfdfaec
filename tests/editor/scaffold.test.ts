/**
 * `npm run new -- "<tiêu đề>"`: the slug rules, the files it writes, that `npm run check` refuses the
 * site while a placeholder remains, naming each, and that it passes and builds once they are
 * replaced. One Astro build.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { scanMdx } from "../../src/model/mdxScan.ts";
import {
  articleMdx,
  datasetJson,
  newArticleSlug,
  PLACEHOLDER,
  PLACEHOLDER_URL,
  scaffoldArticle,
} from "../../src/model/scaffold.ts";
import { readSite } from "../../src/model/readSite.ts";
import { datasetSchema } from "../../src/model/schemas/dataset.ts";
import { cleanUp, FIXTURES, isolatedProject, runBuild, runScript, siteFrom, tempDir } from "./sandbox.ts";

afterAll(cleanUp);

const TITLE = "Đồn Biên phòng Đồng Đăng: “Mùa xuân” trên biên giới";
const SLUG = "don-bien-phong-dong-dang-mua-xuan-tren-bien-gioi";

describe("the slug of a new article", () => {
  it("is the title in ASCII, đ → d, marks and punctuation dropped", () => {
    expect(newArticleSlug(TITLE, [], [])).toBe(SLUG);
    expect(newArticleSlug(TITLE.normalize("NFD"), [], [])).toBe(SLUG);
    expect(newArticleSlug("  Đội   Cấn, 2020!  ", [], [])).toBe("doi-can-2020");
  });

  it("is unique against articles and against the datasets earlier scaffolds made", () => {
    expect(newArticleSlug("Đội Cấn", ["doi-can"], [])).toBe("doi-can-2");
    expect(newArticleSlug("Đội Cấn", ["doi-can", "doi-can-2"], [])).toBe("doi-can-3");
    expect(newArticleSlug("Đội Cấn", [], ["doi-can-so-lieu"])).toBe("doi-can-2");
    // Another dataset sharing the prefix is no clash: the new one would be doi-can-so-lieu.
    expect(newArticleSlug("Đội Cấn", [], ["doi-can"])).toBe("doi-can");
  });

  it("needs a letter or digit to make a file name from", () => {
    expect(() => newArticleSlug(" ??? ", [], [])).toThrow("không có chữ cái hay chữ số nào");
  });
});

describe("the scaffolded files", () => {
  const s = scaffoldArticle(TITLE, "2020-02-05", [], []);

  it("are an article and its stub dataset, named by the slug", () => {
    expect(s.slug).toBe(SLUG);
    expect(s.datasetId).toBe(`${SLUG}-so-lieu`);
    expect(s.files.map((f) => f.path)).toEqual([`content/articles/${SLUG}.mdx`, `data/${SLUG}-so-lieu.json`]);
  });

  it("keep the title exactly, quotes and colon included", () => {
    const fm = parseYaml(scanMdx(articleMdx(`${TITLE} "và" \\`, "x", "2020-02-05")).frontmatter);
    expect(fm.title).toBe(`${TITLE} "và" \\`);
    expect(fm.date).toBe("2020-02-05");
  });

  it("mark every placeholder for the editor", () => {
    const mdx = s.files[0]?.content ?? "";
    const data = JSON.parse(s.files[1]?.content ?? "{}");
    const fm = parseYaml(scanMdx(mdx).frontmatter);
    for (const field of ["description", "author", "publisher", "sourceNote"]) {
      expect(fm[field]).toMatch(new RegExp(`^${PLACEHOLDER}`));
    }
    // No publication is assumed: the publisher's address is a placeholder too, a valid but reserved URL.
    expect(fm.publisherUrl).toBe(PLACEHOLDER_URL);
    expect(mdx).not.toMatch(/baolangson|Lạng Sơn/);
    expect(scanMdx(mdx).text.startsWith(PLACEHOLDER)).toBe(true);
    expect([data.title, data.description, data.values[0].label].every((t: string) => t.startsWith(PLACEHOLDER))).toBe(true);
  });

  it("give a dataset the schema accepts, quoting the sample sentence of the article", () => {
    const data = datasetSchema.parse(JSON.parse(datasetJson(SLUG, `${SLUG}-so-lieu`)));
    const quote = data.values[0]?.quote ?? "";
    expect(scanMdx(s.files[0]?.content ?? "").text).toContain(quote);
    expect(scanMdx(s.files[0]?.content ?? "").figures.map((f) => f.id)).toEqual([`${SLUG}-so-lieu.vi-du`]);
  });
});

describe("npm run new", () => {
  const site = siteFrom(join(FIXTURES, "mini"));
  const run = (...args: string[]) => runScript("new", site, ["--date", "2020-02-05", ...args]);
  const listing = () => [...readdirSync(join(site, "content/articles")), ...readdirSync(join(site, "data"))].sort();

  it("creates the two files and says what to do next", () => {
    const r = run(TITLE);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Đã tạo bài "${SLUG}":\n  content/articles/${SLUG}.mdx\n  data/${SLUG}-so-lieu.json\n`);
    expect(readFileSync(join(site, `content/articles/${SLUG}.mdx`), "utf8")).toBe(
      scaffoldArticle(TITLE, "2020-02-05", [], []).files[0]?.content,
    );
  });

  it("leaves a site npm run check refuses until every placeholder is replaced, naming file and field", () => {
    const refused = runScript("check", site);
    expect(refused.status).toBe(1);
    const mdx = `content/articles/${SLUG}.mdx`;
    const data = `data/${SLUG}-so-lieu.json`;
    const said = refused.stderr.split("\n").filter((l) => l.includes("còn chữ mẫu"));
    expect(said.map((l) => l.split(": còn chữ mẫu")[0])).toEqual([
      `${mdx}:3: description`,
      `${mdx}:4: author`,
      `${mdx}:5: publisher`,
      `${mdx}:6: publisherUrl`,
      `${mdx}:8: sourceNote`,
      `${mdx}:11`,
      `${data}:4: title`,
      `${data}:5: description`,
      `${data}:11: values[0].label`,
    ]);
    fillPlaceholders(site, SLUG);
    const r = runScript("check", site);
    expect(r.stderr).toBe("");
    // The mini fixture's own files, plus the new article and its dataset.
    const mini = readSite(join(FIXTURES, "mini")).site;
    expect(r.stdout).toContain(`Không có lỗi: ${mini.articles.length + 1} bài viết, ${mini.datasets.length + 1} bộ dữ liệu`);
  });

  it("run again with the same title makes a -2 slug and overwrites nothing", () => {
    const before = readFileSync(join(site, `content/articles/${SLUG}.mdx`), "utf8");
    const r = run(TITLE);
    expect(r.status).toBe(0);
    expect(existsSync(join(site, `content/articles/${SLUG}-2.mdx`))).toBe(true);
    expect(existsSync(join(site, `data/${SLUG}-2-so-lieu.json`))).toBe(true);
    expect(readFileSync(join(site, `content/articles/${SLUG}.mdx`), "utf8")).toBe(before);
    expect(runScript("check", site).status).toBe(1);
    fillPlaceholders(site, `${SLUG}-2`);
    expect(runScript("check", site).status).toBe(0);
  });

  it("refuses a missing title or a date that does not exist, writing nothing", () => {
    const files = listing();
    const none = run();
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('Cần tiêu đề bài viết: npm run new -- "Tiêu đề bài viết"');
    const badDate = runScript("new", site, ["--date", "2020-02-31", "Tiêu đề"]);
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toContain('--date "2020-02-31" phải là một ngày có thật');
    expect(listing()).toEqual(files);
  });

  it("leaves a site that builds, with the new articles and charts", () => {
    const out = join(tempDir(), "dist");
    const r = runBuild(isolatedProject(), site, out);
    expect(r.stderr.split("\n").filter((l) => /lỗi|error/i.test(l))).toEqual([]);
    expect(r.status).toBe(0);
    for (const page of [`bai-viet/${SLUG}`, `bai-viet/${SLUG}-2`, `bieu-do/${SLUG}-so-lieu`, `bieu-do/${SLUG}-2-so-lieu`]) {
      expect(existsSync(join(out, page, "index.html")), page).toBe(true);
    }
    expect(
      readSite(site)
        .site.articles.map((a) => a.slug)
        .sort(),
    ).toEqual(["bai-mau", SLUG, `${SLUG}-2`].sort());
  }, 180_000);
});

/** Replaces the placeholders of the scaffolded article `slug` and its dataset, as an editor would. */
function fillPlaceholders(site: string, slug: string): void {
  for (const file of [`content/articles/${slug}.mdx`, `data/${slug}-so-lieu.json`]) {
    const text = readFileSync(join(site, file), "utf8");
    writeFileSync(
      join(site, file),
      text
        .replaceAll(`${PLACEHOLDER}: `, "")
        .replaceAll(`${PLACEHOLDER} đoạn`, "Viết đoạn")
        .replaceAll(PLACEHOLDER_URL, "https://example.org/"),
    );
  }
}
