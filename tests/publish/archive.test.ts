/** src/publish/archive.ts: how much the front page lists, the archive's pages and the data page's. */
import { describe, expect, it } from "vitest";
import {
  ARCHIVE_PAGE_SIZE,
  archivePages,
  DATA_PAGE_SIZE,
  dataPages,
  FRONT_STORIES,
  frontHasMore,
  pagesOf,
  topicPages,
} from "../../src/publish/archive.ts";
import { archivePath, dataPath, topicPath } from "../../src/lib/urls.ts";
import type { Article, Dataset } from "../../src/model/types.ts";
import { site } from "../helpers/site.ts";

/** Returns `n` copies of a seed article, each its own slug and day. */
function articles(n: number): Article[] {
  const base = site.articles[0]!;
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    slug: `bai-${i}`,
    data: { ...base.data, date: new Date(Date.UTC(2020, 0, 1 + i)) },
  }));
}

describe("the archive", () => {
  it("is one page while the front page lists every article, which then does not link to it", () => {
    expect(archivePages(articles(0))).toEqual([[]]);
    expect(archivePages(articles(1 + FRONT_STORIES))).toHaveLength(1);
    expect(archivePages(site.articles).flat()).toHaveLength(site.articles.length);
    expect(frontHasMore(articles(1 + FRONT_STORIES))).toBe(false);
    expect(frontHasMore(articles(2 + FRONT_STORIES))).toBe(true);
  });

  it("holds every article once, newest first, in full pages but the last", () => {
    for (const n of [2 + FRONT_STORIES, ARCHIVE_PAGE_SIZE, ARCHIVE_PAGE_SIZE + 1, 3 * ARCHIVE_PAGE_SIZE]) {
      // Given oldest first, with one pair swapped: the archive sorts by date, not by the order it is given.
      const given = articles(n);
      [given[0], given[1]] = [given[1]!, given[0]!];
      const pages = archivePages(given);
      expect(pages).toHaveLength(Math.ceil(n / ARCHIVE_PAGE_SIZE));
      expect(pages.slice(0, -1).every((p) => p.length === ARCHIVE_PAGE_SIZE)).toBe(true);
      expect(pages.flat().map((a) => a.slug)).toEqual(Array.from({ length: n }, (_, i) => `bai-${n - 1 - i}`));
    }
  });

  it("has its first page at /bai-viet/ and the others under /bai-viet/trang/", () => {
    expect([1, 2, 40].map((n) => archivePath(n))).toEqual(["bai-viet/", "bai-viet/trang/2/", "bai-viet/trang/40/"]);
  });
});

/** `perArticle` datasets of each article, as the site lists them: by file, not by date. */
function datasetsOf(list: Article[], perArticle: number): Dataset[] {
  const base = site.datasets[0]!;
  return list.flatMap((a) => Array.from({ length: perArticle }, (_, k) => ({ ...base, id: `${a.slug}-${k}`, article: a.slug })));
}

describe("the data page", () => {
  it("is one page, empty, when the site has no dataset", () => {
    expect(dataPages([], [])).toEqual([[]]);
  });

  it("holds every dataset once, by article newest first and each article's in the site's order, in full pages but the last", () => {
    for (const [n, per] of [
      [1, 3],
      [10, 5],
      [17, 3],
      [40, 4],
    ] as const) {
      const given = articles(n);
      const datasets = datasetsOf(given, per);
      // The site's order is not the dates': shuffled by a fixed rule.
      const site = [...datasets].sort((x, y) => (x.id.length % 3) - (y.id.length % 3) || x.id.localeCompare(y.id));
      const pages = dataPages([...given].reverse(), site);
      expect(pages).toHaveLength(Math.max(1, Math.ceil((n * per) / DATA_PAGE_SIZE)));
      expect(pages.slice(0, -1).every((p) => p.length === DATA_PAGE_SIZE)).toBe(true);
      const expected = Array.from({ length: n }, (_, i) => `bai-${n - 1 - i}`).flatMap((slug) =>
        site.filter((d) => d.article === slug).map((d) => d.id),
      );
      expect(pages.flat().map((d) => d.id)).toEqual(expected);
    }
  });

  it("has its first page at /du-lieu/ and the others under /du-lieu/trang/", () => {
    expect([1, 2, 160].map((n) => dataPath(n))).toEqual(["du-lieu/", "du-lieu/trang/2/", "du-lieu/trang/160/"]);
  });
});

describe("a topic's pages", () => {
  it("keep the order they are given (newest first, from usedTopics), as many to a page as the archive's", () => {
    for (const n of [1, ARCHIVE_PAGE_SIZE, ARCHIVE_PAGE_SIZE + 1, 2 * ARCHIVE_PAGE_SIZE + 7]) {
      const given = articles(n);
      const pages = topicPages(given);
      expect(pages).toHaveLength(Math.ceil(n / ARCHIVE_PAGE_SIZE));
      expect(pages.slice(0, -1).every((p) => p.length === ARCHIVE_PAGE_SIZE)).toBe(true);
      expect(pages.flat()).toEqual(given);
    }
  });

  it("are cut by one rule: in order, full pages but the last, one page when there is nothing", () => {
    expect(pagesOf([], 3)).toEqual([[]]);
    expect(pagesOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pagesOf([1, 2, 3], 3)).toEqual([[1, 2, 3]]);
  });

  it("have their first page at /chu-de/<slug>/ and the others under /chu-de/<slug>/trang/", () => {
    expect([1, 2, 12].map((n) => topicPath("dan-van", n))).toEqual([
      "chu-de/dan-van/",
      "chu-de/dan-van/trang/2/",
      "chu-de/dan-van/trang/12/",
    ]);
  });
});
