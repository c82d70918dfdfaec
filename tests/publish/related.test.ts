/**
 * src/publish/related.ts and share.ts: the site's order (newest first), its topics, each article's
 * related ones and the share links, on the real site and on small made-up ones.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleBySlug } from "../../src/model/lookups.ts";
import { getSite } from "../../src/model/siteStore.ts";
import type { Article, Site } from "../../src/model/types.ts";
import { newestFirst, relatedArticles, topicsOf, usedTopics } from "../../src/publish/related.ts";
import { shareLinks } from "../../src/publish/share.ts";
import { ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
const FIRST = "dang-uy-bo-doi-bien-phong-tinh-ket-qua-buoc-dau-phan-cong-dang-vien-sinh-hoat-tai-cac-chi-bo-thon";
const SECOND = "gan-chuyen-mon-voi-xay-dung-dang-net-moi-o-dang-bo-bien-phong-tinh";

/** Returns a made-up article: its slug, day, topics and the charts its text places. */
function made(slug: string, day: string, topics: string[], charts: string[] = []): Article {
  const real = articleBySlug(site, FIRST);
  return {
    ...real,
    slug,
    data: { ...real.data, date: new Date(`${day}T00:00:00+07:00`), topics },
    scan: { ...real.scan, charts: charts.map((id) => ({ ...real.scan.charts[0]!, id })) },
  };
}
const siteOf = (articles: Article[]): Site => ({ ...site, articles, datasets: [] });

describe("the seeds", () => {
  it("are newest first: the September article leads", () => {
    expect(newestFirst(site.articles).map((a) => a.slug)).toEqual([SECOND, FIRST]);
  });

  it("have topics from the list, named as the list names them", () => {
    expect(topicsOf(site, articleBySlug(site, FIRST)).map((t) => t.name)).toEqual(["Xây dựng Đảng", "Dân vận"]);
    expect(usedTopics(site).map((t) => [t.topic.slug, t.articles.map((a) => a.slug)])).toEqual([
      ["xay-dung-dang", [SECOND, FIRST]],
      ["bien-gioi-moc-gioi", [SECOND]],
      ["dan-van", [SECOND, FIRST]],
    ]);
  });

  it("are related to each other by the topics they share, in the first one's order", () => {
    const r = relatedArticles(site, articleBySlug(site, SECOND));
    expect(r.map((x) => [x.article.slug, x.topics.map((t) => t.slug), x.datasets])).toEqual([
      [FIRST, ["xay-dung-dang", "dan-van"], []],
    ]);
    expect(relatedArticles(site, articleBySlug(site, FIRST)).map((x) => x.article.slug)).toEqual([SECOND]);
  });
});

describe("relatedArticles", () => {
  const a = made("a", "2020-01-01", ["dan-van"], ["x"]);
  const topicOnly = made("b", "2020-05-01", ["dan-van"]);
  const dataset = made("c", "2019-01-01", [], ["x"]);
  const older = made("d", "2019-06-01", ["dan-van"]);
  const nothing = made("e", "2021-01-01", ["bien-gioi-moc-gioi"]);

  it("puts a shared dataset before a shared topic, then the newest, and leaves out what shares nothing", () => {
    const s = siteOf([a, topicOnly, dataset, older, nothing]);
    expect(relatedArticles(s, a).map((r) => r.article.slug)).toEqual(["c", "b", "d"]);
    expect(relatedArticles(s, a, 2).map((r) => r.article.slug)).toEqual(["c", "b"]);
  });

  it("is none when no other article shares a topic or a dataset", () => {
    expect(relatedArticles(siteOf([a, nothing]), a)).toEqual([]);
  });

  it("does not depend on the order the articles were read in", () => {
    const forward = relatedArticles(siteOf([a, topicOnly, dataset, older]), a);
    const backward = relatedArticles(siteOf([older, dataset, topicOnly, a]), a);
    expect(backward.map((r) => r.article.slug)).toEqual(forward.map((r) => r.article.slug));
  });
});

/** The list as first written: every other article compared with `a`, then sorted (the reference for the indexed one). */
function relatedByComparing(s: Site, a: Article, max = 3) {
  const datasetsOf = (x: Article) =>
    new Set([...s.datasets.filter((d) => d.article === x.slug).map((d) => d.id), ...x.scan.charts.map((c) => c.id)]);
  const own = datasetsOf(a);
  return s.articles
    .filter((b) => b.slug !== a.slug)
    .map((b) => ({
      article: b,
      topics: topicsOf(s, a).filter((t) => b.data.topics.includes(t.slug)),
      datasets: [...datasetsOf(b)].filter((id) => own.has(id)).sort(),
    }))
    .filter((r) => r.topics.length + r.datasets.length > 0)
    .sort(
      (x, y) =>
        y.datasets.length * 2 + y.topics.length - (x.datasets.length * 2 + x.topics.length) ||
        y.article.data.date.getTime() - x.article.data.date.getTime() ||
        x.article.slug.localeCompare(y.article.slug),
    )
    .slice(0, max);
}

describe("relatedArticles on made-up sites", () => {
  const topicSlugs = site.topics.map((t) => t.slug);
  const anArticle = fc.record({
    day: fc.constantFrom("2019-01-01", "2020-01-01", "2020-05-01", "2021-01-01"),
    topics: fc.array(fc.constantFrom(...topicSlugs, "khong-co"), { maxLength: 3 }),
    charts: fc.array(fc.constantFrom("x", "y", "z"), { maxLength: 2 }),
    publishes: fc.array(fc.constantFrom("x", "y", "w"), { maxLength: 2 }),
  });

  it("are the lists that comparing every pair of articles gives, in the same order, for any max", () => {
    fc.assert(
      fc.property(fc.array(anArticle, { maxLength: 12 }), fc.integer({ min: 0, max: 5 }), (specs, max) => {
        const articles = specs.map((x, i) => made(`a${i}`, x.day, x.topics, x.charts));
        // A dataset belongs to one article: the first that publishes its id.
        const owner = new Map<string, string>();
        specs.forEach((x, i) => x.publishes.forEach((id) => owner.has(id) || owner.set(id, `a${i}`)));
        const datasets = [...owner].map(([id, article]) => ({ ...site.datasets[0]!, id, article }));
        const s: Site = { ...site, articles, datasets };
        for (const a of articles) {
          const got = relatedArticles(s, a, max).map((r) => [r.article.slug, r.topics.map((t) => t.slug), r.datasets]);
          const want = relatedByComparing(s, a, max).map((r) => [r.article.slug, r.topics.map((t) => t.slug), r.datasets]);
          expect(got).toEqual(want);
        }
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });
});

describe("shareLinks", () => {
  const url = "https://cotmoc.example/bai-viet/gan-chuyen-mon/?a=1&b=2";
  const title = "Gắn chuyên môn với xây dựng Đảng: Nét mới & hơn";
  const links = shareLinks(url, title);

  it("are Zalo, Facebook, X and e-mail, each labelled in Vietnamese", () => {
    expect(links.map((l) => l.name)).toEqual(["Zalo", "Facebook", "X", "Email"]);
    for (const l of links) expect(l.label).toMatch(/^(Chia sẻ|Gửi)/);
  });

  it("carry the page's URL whole, encoded, to each service's own https page or to mailto", () => {
    for (const l of links) {
      const u = new URL(l.href);
      expect(["https:", "mailto:"]).toContain(u.protocol);
      const carried = [...u.searchParams.values()].some((v) => v === url || v.endsWith(`\n${url}`));
      expect(carried, l.href).toBe(true);
    }
    expect(links.find((l) => l.name === "X")?.href).toContain(encodeURIComponent(title));
  });
});
