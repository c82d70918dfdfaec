/**
 * How much the front page lists, and the archive that lists the rest: every article, newest first, a
 * page at a time. A newsroom's front page stays the same size as the site grows (at 2,000 articles it
 * listed every story and chart: 27.5 MB of HTML).
 */
import type { Article } from "../model/types.ts";
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
