/**
 * How articles hang together on the site: newest first, by topic, and each article's related ones
 * (shared topics and shared datasets). Every order is fixed by the data, never by the build's clock.
 */
import { articleDatasets } from "../model/lookups.ts";
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

/**
 * What related lists are computed from, made once per site model: without it, each article's list
 * compared it with every other article, and 2,000 articles took 11 s of a rebuild.
 */
interface RelatedIndex {
  /** Each article's datasets (published or placed in its text), by slug. */
  datasets: Map<string, ReadonlySet<string>>;
  /** The articles using each dataset, by dataset id. */
  byDataset: Map<string, Article[]>;
  /** The articles naming each topic, by topic slug. */
  byTopic: Map<string, Article[]>;
  /** Each article's place in the site's newest-first order. */
  rank: Map<Article, number>;
}

const relatedIndexes = new WeakMap<Site, RelatedIndex>();

/** Each article's datasets: those it publishes and the charts its text places. */
function idsOf(site: Site, a: Article): Set<string> {
  return new Set([...articleDatasets(site, a.slug).map((d) => d.id), ...a.scan.charts.map((c) => c.id)]);
}

/** Appends `value` to the list under `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function relatedIndex(site: Site): RelatedIndex {
  let index = relatedIndexes.get(site);
  if (index) return index;
  index = { datasets: new Map(), byDataset: new Map(), byTopic: new Map(), rank: new Map() };
  for (const a of site.articles) {
    const ids = idsOf(site, a);
    index.datasets.set(a.slug, ids);
    for (const id of ids) push(index.byDataset, id, a);
    for (const slug of new Set(a.data.topics)) push(index.byTopic, slug, a);
  }
  for (const [i, a] of newestFirst(site.articles).entries()) index.rank.set(a, i);
  relatedIndexes.set(site, index);
  return index;
}

/** Returns the ids of the datasets an article publishes or places in its text. */
export function datasetsOf(site: Site, a: Article): ReadonlySet<string> {
  return relatedIndex(site).datasets.get(a.slug) ?? idsOf(site, a);
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
  const index = relatedIndex(site);
  const own = datasetsOf(site, a);
  const topics = topicsOf(site, a);
  // Only articles sharing something are looked at: a shared topic counts 1, a shared dataset 2.
  const scores = new Map<Article, number>();
  const add = (b: Article, points: number) => b.slug !== a.slug && scores.set(b, (scores.get(b) ?? 0) + points);
  for (const t of topics) for (const b of index.byTopic.get(t.slug) ?? []) add(b, 1);
  for (const id of own) for (const b of index.byDataset.get(id) ?? []) add(b, 2);
  // The best `max`, kept in order as the scores are read: higher score, then newer, then slug.
  const before = (x: [Article, number], y: [Article, number]) =>
    y[1] - x[1] || (index.rank.get(x[0]) ?? 0) - (index.rank.get(y[0]) ?? 0);
  const best: [Article, number][] = [];
  for (const entry of scores) {
    if (best.length >= max && (max <= 0 || before(entry, best[best.length - 1]!) >= 0)) continue;
    let i = best.length;
    while (i > 0 && before(entry, best[i - 1]!) < 0) i--;
    best.splice(i, 0, entry);
    if (best.length > max) best.pop();
  }
  return best.map(([b]) => ({
    article: b,
    topics: topics.filter((t) => b.data.topics.includes(t.slug)),
    datasets: [...datasetsOf(site, b)].filter((id) => own.has(id)).sort(),
  }));
}
