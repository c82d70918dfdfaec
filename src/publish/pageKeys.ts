/**
 * The `cacheKey` of every page with static paths, for Astro's incremental build: the hash of exactly
 * the model data the page renders, found with the same lookups the page makes, on this build's model.
 * A page whose key and code are unchanged is copied from the last build instead of rendered.
 *
 * Code is not in these keys: Astro adds the hash of the page's module graph (every src/ module it
 * imports, with the chart code's own version in charts/cache.ts), the MDX modules it renders, the
 * config and the lockfile. An HTML page's key also carries the site's bundled styles and scripts
 * (`htmlPaths`). Pages without static paths (front page, lists, feeds) always render.
 */
import { createHash } from "node:crypto";
import { articleBySlug, articleDatasets, datasetById, findArticle, findDataset, headlineFigures } from "../model/lookups.ts";
import type { Topic } from "../model/topics.ts";
import type { Article, Dataset, Site } from "../model/types.ts";
import { articleCorrections } from "./corrections.ts";
import { relatedArticles, topicsOf } from "./related.ts";
import { articleChart } from "./siteCards.ts";
import { siteBundleVersion } from "./siteBundle.ts";

/** Model objects are read-only during a build: each is serialized and hashed once. */
const hashes = new WeakMap<object, string>();

/** JSON that refuses what it would silently drop, so no input of a page can fall out of its key. */
function strictJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Map || v instanceof Set || typeof v === "function" || typeof v === "symbol" || typeof v === "bigint")
      throw new Error(`pageKeys: giá trị không tuần tự hóa được (${Object.prototype.toString.call(v)}).`);
    return v;
  });
}

/** Returns the sha256 of an object's JSON, computed once per object. */
export function contentHash(x: object): string {
  let h = hashes.get(x);
  if (h === undefined) {
    h = createHash("sha256").update(strictJson(x)).digest("hex");
    hashes.set(x, h);
  }
  return h;
}

/** Returns a page's key: the hash of its parts (objects by their content hash, the rest as JSON). */
export function pageKey(...parts: unknown[]): string {
  const hash = createHash("sha256");
  const add = (p: unknown): void => {
    if (Array.isArray(p)) {
      hash.update("[");
      for (const q of p) add(q);
      hash.update("]");
    } else if (p !== null && typeof p === "object") hash.update(`#${contentHash(p)}`);
    else hash.update(`=${strictJson(p ?? null)}`);
    hash.update(",");
  };
  add(parts);
  return hash.digest("hex");
}

/** What a list shows of an article (title, date, byline, topics…): its frontmatter, not its text. */
function listing(a: Article): unknown[] {
  return [a.slug, a.data, a.dateHasTime ?? false];
}

/**
 * A chart's pages, embed, downloads, oEmbed and social card: the dataset and its whole article (the
 * source line shows its frontmatter, the quote links its paragraphs).
 */
export function chartKey(site: Site, d: Dataset): string {
  return pageKey("chart", d, articleBySlug(site, d.article));
}

/** A published version's pages and downloads: the version, the live dataset it links to, its article. */
export function versionKey(site: Site, version: Dataset): string {
  return pageKey("version", version, datasetById(site, version.id), articleBySlug(site, version.article));
}

/**
 * An article's page: the article, every dataset it draws or quotes (each with its article's
 * frontmatter, for source lines), its corrections and the titles they name, its topics, and what
 * its "Bài liên quan" lists.
 */
export function articleKey(site: Site, a: Article): string {
  const own = articleDatasets(site, a.slug);
  const placed = [...a.scan.charts, ...a.scan.figures].flatMap((r) => {
    // An unknown id fails the page, not its key.
    const d = findDataset(site, r.id.split(".")[0] ?? "");
    const of = d && findArticle(site, d.article);
    return d ? [[d, of ? listing(of) : null]] : [];
  });
  const corrections = articleCorrections(site, a);
  const titles = corrections.map((c) => findDataset(site, c.dataset)?.title ?? null);
  const related = relatedArticles(site, a).map((r) => [listing(r.article), r.topics, r.datasets]);
  return pageKey("article", a, own, placed, corrections, titles, topicsOf(site, a), related);
}

/** An article's social card: its frontmatter, its datasets (the chart and figure it shows), the charts its text places first. */
export function articleCardKey(site: Site, a: Article): string {
  const d = articleChart(site, a);
  return pageKey(
    "article-card",
    listing(a),
    a.scan.charts,
    articleDatasets(site, a.slug),
    d?.id ?? null,
    headlineFigures(site, a, 1),
  );
}

/**
 * A page of a topic: the topic, its number, the count of pages and of the topic's articles, and for
 * each article it lists, its frontmatter and the chart its item shows.
 */
export function topicKey(
  site: Site,
  topic: Topic,
  page: number,
  pages: number,
  total: number,
  articles: readonly Article[],
): string {
  return pageKey(
    "topic",
    topic,
    [page, pages, total],
    articles.map((a) => [listing(a), articleChart(site, a) ?? null]),
  );
}

/** A page of the archive: its number and the count, and for each article it lists, its frontmatter and the chart its item shows. */
export function archiveKey(site: Site, page: number, pages: number, articles: readonly Article[]): string {
  return pageKey(
    "archive",
    [page, pages, site.articles.length],
    articles.map((a) => [listing(a), articleChart(site, a) ?? null]),
  );
}

/** A page of the data page: its number and the counts, and each dataset it lists with its article's frontmatter. */
export function dataKey(site: Site, page: number, pages: number, datasets: readonly Dataset[]): string {
  return pageKey(
    "data",
    [page, pages, site.datasets.length],
    datasets.map((d) => [d, listing(articleBySlug(site, d.article))]),
  );
}

/**
 * Returns the static paths of a route that writes HTML, each key joined with the version of the
 * site's bundled styles and scripts: their hashes are in every page's CSP. Files (PNG, CSV…) have no CSP.
 */
export function htmlPaths<P extends { cacheKey: string }>(paths: P[]): P[] {
  const bundle = siteBundleVersion();
  return paths.map((p) => ({ ...p, cacheKey: pageKey("html", p.cacheKey, bundle) }));
}

/** A file served as it is (a font): its bytes. */
export function bytesKey(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
