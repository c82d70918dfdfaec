/**
 * How articles hang together on the site: newest first, by topic, and each article's related ones
 * (shared topics and shared datasets). Every order is fixed by the data, never by the build's clock.
 */
import type { Topic } from "../model/topics.ts";
import type { Article, Site } from "../model/types.ts";

/** Returns the articles newest first; same-time articles in slug order. */
export function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort((x, y) => y.data.date.getTime() - x.data.date.getTime() || x.slug.localeCompare(y.slug));
}

/** Returns the topics an article names, in its order, as the site's list defines them. */
export function topicsOf(site: Site, a: Article): Topic[] {
  return a.data.topics.flatMap((slug) => site.topics.filter((t) => t.slug === slug));
}

/** Returns the topics at least one article names, in the list's order, each with its articles newest first. */
export function usedTopics(site: Site): { topic: Topic; articles: Article[] }[] {
  return site.topics
    .map((topic) => ({ topic, articles: newestFirst(site.articles.filter((a) => a.data.topics.includes(topic.slug))) }))
    .filter((t) => t.articles.length > 0);
}

/** Each article's datasets, by slug, made once per site model: related lists compare every pair of articles. */
const datasetIndex = new WeakMap<Site, Map<string, Set<string>>>();

/** Returns the ids of the datasets an article publishes or places in its text. */
export function datasetsOf(site: Site, a: Article): Set<string> {
  let index = datasetIndex.get(site);
  if (!index) {
    index = new Map();
    for (const d of site.datasets) {
      const ids = index.get(d.article) ?? new Set<string>();
      index.set(d.article, ids.add(d.id));
    }
    datasetIndex.set(site, index);
  }
  return new Set([...(index.get(a.slug) ?? []), ...a.scan.charts.map((c) => c.id)]);
}

/** An article related to another, and why. */
export interface Related {
  article: Article;
  /** The topics both name. */
  topics: Topic[];
  /** The ids of the datasets both use. */
  datasets: string[];
}

/**
 * Returns the articles related to `a`, at most `max`: those sharing a dataset first (a shared
 * dataset weighs more than a shared topic), then by shared topics, then newest, then by slug.
 * None when no other article shares anything with it.
 */
export function relatedArticles(site: Site, a: Article, max = 3): Related[] {
  const own = datasetsOf(site, a);
  return site.articles
    .filter((b) => b.slug !== a.slug)
    .map((b) => ({
      article: b,
      topics: topicsOf(site, a).filter((t) => b.data.topics.includes(t.slug)),
      datasets: [...datasetsOf(site, b)].filter((id) => own.has(id)).sort(),
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
