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

/** Returns true when the site has an archive: the front page cannot list every article. */
export function hasArchive(articles: readonly Article[]): boolean {
  return articles.length > 1 + FRONT_STORIES;
}

/** Returns the archive's pages of articles, newest first; none when the front page lists every article. */
export function archivePages(articles: readonly Article[], size = ARCHIVE_PAGE_SIZE): Article[][] {
  if (!hasArchive(articles)) return [];
  const all = newestFirst(articles);
  return Array.from({ length: Math.ceil(all.length / size) }, (_, i) => all.slice(i * size, (i + 1) * size));
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
  return Array.from({ length: Math.max(1, Math.ceil(all.length / size)) }, (_, i) => all.slice(i * size, (i + 1) * size));
}
