/**
 * How much the front page lists, and the archive that lists the rest: every article, newest first, a
 * page at a time; the data page likewise, a page of datasets at a time. A newsroom's pages stay the
 * same size as the site grows (at 2,000 articles the front page listed every story and chart, 27.5 MB
 * of HTML, and the data page every dataset, 8.5 MB).
 */
import type { Article, Dataset } from "../model/types.ts";
import { newestFirst } from "./related.ts";

/** Stories the front page lists after its lead. */
export const FRONT_STORIES = 12;
/** Charts (and, apart, datasets with nothing to draw) the front page's gallery shows. */
export const FRONT_CHARTS = 12;
/** Stories on one page of the archive. */
export const ARCHIVE_PAGE_SIZE = 30;

/** Returns true when the front page cannot list every article: it then links to the archive. */
export function frontHasMore(articles: readonly Article[]): boolean {
  return articles.length > 1 + FRONT_STORIES;
}

/** Returns `items` cut into pages of `size`, in order: one page, empty, when there are none. */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.max(1, Math.ceil(items.length / size)) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** Returns the archive's pages of articles, newest first (the site's menu links its first page). */
export function archivePages(articles: readonly Article[], size = ARCHIVE_PAGE_SIZE): Article[][] {
  return pagesOf(newestFirst(articles), size);
}

/** Returns a topic's pages of articles (given newest first), as many to a page as the archive's. */
export function topicPages(articles: readonly Article[], size = ARCHIVE_PAGE_SIZE): Article[][] {
  return pagesOf(articles, size);
}

/** Datasets on one page of the data page. */
export const DATA_PAGE_SIZE = 50;

/**
 * Returns the data page's pages of datasets: by their article, newest first, each article's in the
 * site's order; one page even with no dataset (the menu links the data page).
 */
export function dataPages(articles: readonly Article[], datasets: readonly Dataset[], size = DATA_PAGE_SIZE): Dataset[][] {
  const rank = new Map(newestFirst(articles).map((a, i) => [a.slug, i]));
  const all = datasets
    .map((d, i) => ({ d, i, r: rank.get(d.article) ?? rank.size }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map((x) => x.d);
  return pagesOf(all, size);
}
