/**
 * src/publish/pageKeys.ts: a page's cacheKey changes when what it renders changes, and only then
 * (the built result is compared with a build of every page in tests/editor/incremental.test.ts).
 */
import { describe, expect, it } from "vitest";
import { articleBySlug, datasetById } from "../../src/model/lookups.ts";
import type { Article, Dataset, Site } from "../../src/model/types.ts";
import { articleKey, chartKey, contentHash, pageKey, topicKey, versionKey } from "../../src/publish/pageKeys.ts";
import { usedTopics } from "../../src/publish/related.ts";
import { site } from "../helpers/site.ts";

const FIRST = "dang-uy-bo-doi-bien-phong-tinh-ket-qua-buoc-dau-phan-cong-dang-vien-sinh-hoat-tai-cac-chi-bo-thon";
const SECOND = "gan-chuyen-mon-voi-xay-dung-dang-net-moi-o-dang-bo-bien-phong-tinh";
const OF_FIRST = "chi-bo-thon-theo-loai";

/** Returns the site with one dataset replaced by `change` of it (a new object, as a new build reads). */
function withDataset(id: string, change: (d: Dataset) => Dataset): Site {
  const swap = (d: Dataset) => (d.id === id ? change(d) : d);
  return { ...site, datasets: site.datasets.map(swap), versions: site.versions.map(swap) };
}
function withArticle(slug: string, change: (a: Article) => Article): Site {
  return { ...site, articles: site.articles.map((a) => (a.slug === slug ? change(a) : a)) };
}
const ofSecond = site.datasets.find((d) => d.article === SECOND) as Dataset;

describe("a page's key", () => {
  it("differs between pages and is the same for the same data read twice", () => {
    const keys = site.datasets.map((d) => chartKey(site, d));
    expect(new Set(keys).size).toBe(keys.length);
    const copy = structuredClone(site);
    expect(site.datasets.map((d) => chartKey(copy, datasetById(copy, d.id)))).toEqual(keys);
  });

  it("of a chart changes with its dataset, and with its article's text (quote links point into it)", () => {
    const d = datasetById(site, OF_FIRST);
    const edited = withDataset(OF_FIRST, (x) => ({ ...x, description: `${x.description} Sửa.` }));
    expect(chartKey(edited, datasetById(edited, OF_FIRST))).not.toBe(chartKey(site, d));
    const text = withArticle(FIRST, (a) => ({ ...a, scan: { ...a.scan, text: `${a.scan.text} Thêm.` } }));
    expect(chartKey(text, datasetById(text, OF_FIRST))).not.toBe(chartKey(site, d));
    // Another article's dataset does not move it.
    const other = withDataset(ofSecond.id, (x) => ({ ...x, description: `${x.description} Sửa.` }));
    expect(chartKey(other, datasetById(other, OF_FIRST))).toBe(chartKey(site, d));
  });

  it("of a version changes with the live dataset it links to", () => {
    const v = site.versions.find((x) => x.id === OF_FIRST) as Dataset;
    const edited = withDataset(OF_FIRST, (x) => ({ ...x, title: `${x.title} mới` }));
    const v2 = edited.versions.find((x) => x.id === OF_FIRST) as Dataset;
    expect(versionKey(edited, v2)).not.toBe(versionKey(site, v));
  });

  it("of an article changes with its text and its datasets, not with another article's text", () => {
    const a = articleBySlug(site, FIRST);
    const key = articleKey(site, a);
    const own = withDataset(OF_FIRST, (x) => ({ ...x, notes: [...x.notes, "Ghi chú mới."] }));
    expect(articleKey(own, articleBySlug(own, FIRST))).not.toBe(key);
    const text = withArticle(FIRST, (x) => ({ ...x, scan: { ...x.scan, text: `${x.scan.text} Thêm.` } }));
    expect(articleKey(text, articleBySlug(text, FIRST))).not.toBe(key);
    const other = withArticle(SECOND, (x) => ({ ...x, scan: { ...x.scan, text: `${x.scan.text} Thêm.` } }));
    expect(articleKey(other, articleBySlug(other, FIRST))).toBe(key);
  });

  it("of an article changes with the title of a related article it lists", () => {
    const a = articleBySlug(site, FIRST);
    const renamed = withArticle(SECOND, (x) => ({ ...x, data: { ...x.data, title: `${x.data.title} (sửa)` } }));
    const lists = usedTopics(site).some(
      (t) => t.articles.some((b) => b.slug === FIRST) && t.articles.some((b) => b.slug === SECOND),
    );
    // The two real articles share a topic, so each lists the other under "Bài liên quan".
    expect(lists).toBe(true);
    expect(articleKey(renamed, articleBySlug(renamed, FIRST))).not.toBe(articleKey(site, a));
  });

  it("of a topic changes with a listed article's title, not with its text", () => {
    const [t] = usedTopics(site);
    if (!t) throw new Error("no topic used");
    const key = topicKey(site, t.topic, 1, 1, t.articles.length, t.articles);
    const slug = t.articles[0]?.slug ?? "";
    const renamed = withArticle(slug, (x) => ({ ...x, data: { ...x.data, title: `${x.data.title} (sửa)` } }));
    const rt = usedTopics(renamed).find((x) => x.topic.slug === t.topic.slug);
    expect(rt && topicKey(renamed, rt.topic, 1, 1, rt.articles.length, rt.articles)).not.toBe(key);
    const text = withArticle(slug, (x) => ({ ...x, scan: { ...x.scan, text: `${x.scan.text} Thêm.` } }));
    const tt = usedTopics(text).find((x) => x.topic.slug === t.topic.slug);
    expect(tt && topicKey(text, tt.topic, 1, 1, tt.articles.length, tt.articles)).toBe(key);
    // A page of a topic: its place among the topic's pages is in its key.
    expect(topicKey(site, t.topic, 1, 2, t.articles.length, t.articles)).not.toBe(key);
  });

  it("refuses data JSON would drop silently, so nothing a page shows can fall out of its key", () => {
    expect(() => contentHash({ m: new Map([["a", 1]]) })).toThrow(/không tuần tự hóa/);
    expect(() => pageKey(new Set([1]))).toThrow(/không tuần tự hóa/);
    expect(pageKey("a", 1)).not.toBe(pageKey("a", "1"));
  });
});
