/**
 * Legibility on figures the two real articles do not have: the bench's synthetic newsroom
 * (scripts/bench/corpus.ts, seeded), whose four chart forms carry figures from slivers of one to
 * thousands, built by `npm run build` in a scratch project. Every chart page is measured in
 * Debian's Chromium at 320, 360 and 1280 px by the rules of tests/helpers/legibility.ts, in the
 * light scheme (the dark one moves no text). It found numbers cut off at a split bar's right edge
 * and leaders through numbers, which the real articles' data never showed.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARCHIVE_PAGE_SIZE, DATA_PAGE_SIZE, FRONT_CHARTS, FRONT_STORIES } from "../../src/publish/archive.ts";
import { writeCorpus } from "../../scripts/bench/corpus.ts";
import { siteInBrowser } from "../helpers/browser.ts";
import { formatProblems, legibilityProblems, measureCharts, type Seen } from "../helpers/legibility.ts";
import { cleanUp, isolatedProject, runBuild, tempDir } from "../editor/sandbox.ts";
import { ROOT } from "../helpers/dist.ts";

afterAll(cleanUp);

/** Articles of the corpus: four charts each. Its first 40 hold each form's hard cases (slivers at the bar's end, long numbers). */
const ARTICLES = 40;
const WIDTHS = [320, 360, 1280] as const;

const scratch = tempDir("cotmoc-corpus-");
const dist = join(scratch, "dist");
let charts = 0;

beforeAll(() => {
  const site = join(scratch, "site");
  charts = writeCorpus(site, ARTICLES).charts;
  // The site's topics: every article names one (a topic of more than a page), every other one a second.
  copyFileSync(join(ROOT, "content/topics.json"), join(site, "content/topics.json"));
  const dir = join(site, "content/articles");
  readdirSync(dir)
    .sort()
    .forEach((f, i) => {
      const topics = i % 2 ? "topics:\n  - dan-van\n  - xay-dung-dang\n" : "topics:\n  - dan-van\n";
      writeFileSync(join(dir, f), readFileSync(join(dir, f), "utf8").replace(/\n---\n/, `\n${topics}---\n`));
    });
  const r = runBuild(isolatedProject(), site, dist);
  if (r.status !== 0) throw new Error(`the corpus does not build:\n${`${r.stdout}\n${r.stderr}`.slice(-4000)}`);
}, 900_000);

const web = siteInBrowser(dist);
const seen: Seen[] = [];
let measured = 0;
let pages: string[] = [];

beforeAll(async () => {
  pages = readdirSync(join(dist, "bieu-do"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `bieu-do/${e.name}/`)
    .sort();
  for (const width of WIDTHS) {
    const context = await web.browser.newContext({ colorScheme: "light", viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const path of pages) {
      const res = await page.goto(web.server.url + path, { waitUntil: "load" });
      expect(res?.status(), path).toBe(200);
      const charts = await page.evaluate(measureCharts);
      measured += charts.length;
      for (const c of charts)
        for (const p of legibilityProblems(c)) seen.push({ ...p, path, width, scheme: "light", drawing: c.drawing });
    }
    await context.close();
  }
}, 600_000);

describe(`chart legibility on a synthetic newsroom of ${ARTICLES} articles, in Chromium at 320, 360 and 1280 px`, () => {
  it("measures one drawing on each chart page at each width", () => {
    expect(pages.length).toBe(charts);
    expect(measured).toBe(charts * WIDTHS.length);
  });

  it("breaks no legibility rule: no text under 12 px, overlapping, outside its chart or across a line", () => {
    expect(seen.length, `\n${formatProblems(seen)}\n`).toBe(0);
  });
});

describe(`the front page, the archive and the data page of a newsroom of ${ARTICLES} articles`, () => {
  const doc = (path: string) => parseHTML(readFileSync(join(dist, path, "index.html"), "utf8")).document;
  const storyLinks = (path: string) =>
    [...doc(path).querySelectorAll(".cm-story-title a, .cm-lead-title a")].map((a) => a.getAttribute("href"));
  const articles = () =>
    readdirSync(join(dist, "bai-viet"), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== "trang")
      .map((e) => `/bai-viet/${e.name}/`);
  /** The numbers of the stories the pages list, in order: the corpus dates article n on day n, and its title ends "(n)". */
  const numbersOf = (paths: string[]) =>
    paths.flatMap((p) =>
      [...doc(p).querySelectorAll(".cm-story-title a")].map((a) => Number(/\((\d+)\)$/.exec(a.textContent ?? "")?.[1])),
    );
  /** The pages of one list, in order: each page's pager says where it is and links to the one before and the next. */
  const expectPagers = (paths: string[]) =>
    paths.forEach((p, i) => {
      const pager = doc(p).querySelector("nav.cm-pager");
      expect(pager?.querySelector("a[rel=prev]")?.getAttribute("href"), p).toBe(i === 0 ? undefined : `/${paths[i - 1]}/`);
      expect(pager?.querySelector("a[rel=next]")?.getAttribute("href"), p).toBe(
        i === paths.length - 1 ? undefined : `/${paths[i + 1]}/`,
      );
      expect(pager?.textContent, p).toContain(`Trang ${i + 1}/${paths.length}`);
    });

  it("lists the lead and the newest stories and charts on the front page, and links to the archive", () => {
    const front = doc("");
    expect(storyLinks("")).toHaveLength(1 + FRONT_STORIES);
    expect(front.querySelectorAll(".cm-gallery li")).toHaveLength(FRONT_CHARTS);
    const more = front.querySelector(".cm-more a");
    expect(more?.getAttribute("href")).toBe("/bai-viet/");
    expect(more?.textContent).toBe(`Tất cả ${ARTICLES} bài viết`);
    // The front page's stories are the archive's first, in the same order.
    expect(storyLinks("bai-viet")!.slice(0, 1 + FRONT_STORIES)).toEqual(storyLinks(""));
  });

  it("lists every article once across its pages, newest first, each page linked to the next and the one before", () => {
    const count = Math.ceil(ARTICLES / ARCHIVE_PAGE_SIZE);
    const paths = Array.from({ length: count }, (_, i) => (i === 0 ? "bai-viet" : `bai-viet/trang/${i + 1}`));
    const listed = paths.flatMap((p) => storyLinks(p));
    expect([...listed].sort()).toEqual(articles().sort());
    expect(numbersOf(paths)).toEqual(Array.from({ length: ARTICLES }, (_, i) => ARTICLES - i));
    expectPagers(paths);
    expect(readdirSync(join(dist, "bai-viet/trang")).sort()).toEqual(
      paths
        .slice(1)
        .map((p) => p.split("/").pop())
        .sort(),
    );
  });

  it("lists a topic's articles once across its pages, newest first, each page linked to the next and the one before", () => {
    const count = Math.ceil(ARTICLES / ARCHIVE_PAGE_SIZE);
    expect(count).toBeGreaterThan(1);
    const paths = Array.from({ length: count }, (_, i) => (i === 0 ? "chu-de/dan-van" : `chu-de/dan-van/trang/${i + 1}`));
    expect([...paths.flatMap((p) => storyLinks(p))].sort()).toEqual(articles().sort());
    expect(numbersOf(paths)).toEqual(Array.from({ length: ARTICLES }, (_, i) => ARTICLES - i));
    expectPagers(paths);
    // A topic of one page has no pager.
    expect(storyLinks("chu-de/xay-dung-dang")).toHaveLength(ARTICLES / 2);
    expect(doc("chu-de/xay-dung-dang").querySelector("nav.cm-pager")).toBeNull();
  });

  it("lists every dataset once across the data page's pages, by article newest first, each page linked to the next and the one before; only the first is searched", () => {
    const datasets = readdirSync(join(dist, "bieu-do"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `/bieu-do/${e.name}/`);
    const count = Math.ceil(datasets.length / DATA_PAGE_SIZE);
    expect(count).toBeGreaterThan(2);
    const paths = Array.from({ length: count }, (_, i) => (i === 0 ? "du-lieu" : `du-lieu/trang/${i + 1}`));
    const rows = paths.flatMap((p) => [...doc(p).querySelectorAll(".cm-datasets tbody tr")]);
    const listed = rows.map((r) => r.querySelector("th a")?.getAttribute("href"));
    expect([...listed].sort()).toEqual(datasets.sort());
    // The corpus dates article n on day n, and its title ends "(n)": never older then newer.
    const numbers = rows.map((r) => Number(/\((\d+)\)$/.exec(r.querySelector("td a")?.textContent ?? "")?.[1]));
    expect(numbers[0]).toBe(ARTICLES);
    expect(numbers.every((n, i) => i === 0 || n <= (numbers[i - 1] ?? 0))).toBe(true);
    paths.forEach((p, i) => {
      const page = doc(p);
      expect(page.querySelectorAll(".cm-datasets tbody tr").length).toBe(
        i < count - 1 ? DATA_PAGE_SIZE : datasets.length - i * DATA_PAGE_SIZE,
      );
      expect(page.querySelector("[data-pagefind-body]") !== null, p).toBe(i === 0);
    });
  });
});
