/** src/publish/archive.ts: how much the front page lists, and the archive's pages. */
import { describe, expect, it } from "vitest";
import { ARCHIVE_PAGE_SIZE, archivePages, FRONT_STORIES } from "../../src/publish/archive.ts";
import { archivePath } from "../../src/lib/urls.ts";
import type { Article } from "../../src/model/types.ts";
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
  it("does not exist while the front page lists every article", () => {
    expect(archivePages(articles(0))).toEqual([]);
    expect(archivePages(articles(1 + FRONT_STORIES))).toEqual([]);
    expect(archivePages(site.articles)).toEqual([]);
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
