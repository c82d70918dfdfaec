/**
 * The front page, the topic pages and the ends of article and chart pages, read back from dist/:
 * every article newest first with its chart's thumbnail, topics that list exactly their articles,
 * related articles, and share links to the canonical URL with no script.
 */
import { describe, expect, it } from "vitest";
import { formatPublished } from "../../src/lib/format.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { newestFirst, relatedArticles, usedTopics } from "../../src/publish/related.ts";
import { articleChart } from "../../src/publish/siteCards.ts";
import { htmlPages, page, ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
const front = page("index.html");
const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, " ").trim() ?? "";
/** Returns the article slugs a list links to, in order ("/bai-viet/<slug>/" → slug). */
const slugsIn = (els: Iterable<Element>) =>
  [...els].map((a) => /\/bai-viet\/([^/]+)\/$/.exec(a.getAttribute("href") ?? "")?.[1]).filter(Boolean);

describe("the front page", () => {
  const titles = front.querySelectorAll(".cm-lead-title a, .cm-story-title a");

  it("lists every article once, newest first, the newest as the lead", () => {
    expect(slugsIn(titles)).toEqual(newestFirst(site.articles).map((a) => a.slug));
    expect(slugsIn(front.querySelectorAll(".cm-lead-title a"))).toEqual([newestFirst(site.articles)[0]?.slug]);
  });

  it("gives each article its date as the original prints it, and a drawn thumbnail of its key chart", () => {
    for (const a of site.articles) {
      const item = [...titles].find((t) => t.getAttribute("href")?.includes(a.slug))?.closest(".cm-lead, .cm-story");
      expect(text(item?.querySelector("time"))).toBe(formatPublished(a.data.date, a.dateHasTime ?? false));
      const chart = articleChart(site, a);
      if (!chart) continue;
      const thumb = item?.querySelector(`a.cm-thumb[href$="/bieu-do/${chart.id}/"] svg.cm-chart`);
      expect(thumb, a.slug).toBeTruthy();
      // A thumbnail is decorative: the link beside it names the chart, screen readers skip it.
      expect(thumb?.closest("[aria-hidden=true]")).toBeTruthy();
      expect(thumb?.querySelector("title, desc")).toBeNull();
      expect(thumb?.querySelectorAll("rect, line, path, text").length).toBeGreaterThan(0);
    }
  });

  it("has a gallery with a thumbnail for every drawn chart, and a link to every other dataset", () => {
    const gallery = front.querySelector(".cm-gallery");
    for (const d of site.datasets) {
      const links = front.querySelectorAll(`a[href$="/bieu-do/${d.id}/"]`);
      expect(links.length, d.id).toBeGreaterThan(0);
      if (d.kind !== "table") expect(gallery?.querySelector(`a.cm-thumb[href$="/bieu-do/${d.id}/"] svg`), d.id).toBeTruthy();
    }
  });

  it("links to every topic that has articles", () => {
    for (const { topic } of usedTopics(site))
      expect(front.querySelector(`.cm-topics a[href$="/chu-de/${topic.slug}/"]`)).toBeTruthy();
  });
});

describe("topic pages", () => {
  const used = usedTopics(site);

  it("exist for exactly the topics in use, and the index links to each", () => {
    const built = htmlPages()
      .map((f) => /^chu-de\/([^/]+)\/index\.html$/.exec(f)?.[1])
      .filter(Boolean)
      .sort();
    expect(built).toEqual(used.map((t) => t.topic.slug).sort());
    const index = page("chu-de/index.html");
    for (const { topic } of used) expect(text(index.querySelector(`a[href$="/chu-de/${topic.slug}/"]`))).toBe(topic.name);
  });

  it.each(used.map((t) => [t.topic.slug, t] as const))("%s lists exactly its articles, newest first", (slug, t) => {
    const doc = page(`chu-de/${slug}/index.html`);
    expect(text(doc.querySelector("h1"))).toBe(t.topic.name);
    expect(slugsIn(doc.querySelectorAll(".cm-story-title a"))).toEqual(t.articles.map((a) => a.slug));
  });
});

describe("the end of an article", () => {
  it.each(site.articles.map((a) => [a.slug, a] as const))("%s: its related articles, as the model relates them", (slug, a) => {
    const doc = page(`bai-viet/${slug}/index.html`);
    const related = relatedArticles(site, a).map((r) => r.article.slug);
    const section = doc.querySelector(".cm-related");
    if (related.length === 0) expect(section).toBeNull();
    else expect(slugsIn(section?.querySelectorAll("li > a") ?? [])).toEqual(related);
  });
});

describe("share links", () => {
  const pages = [
    ...site.articles.map((a) => `bai-viet/${a.slug}/index.html`),
    ...site.datasets.map((d) => `bieu-do/${d.id}/index.html`),
  ];

  it.each(pages)("%s: Zalo, Facebook, X and e-mail carry the canonical URL; no script, no image", (file) => {
    const doc = page(file);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "";
    expect(canonical).toMatch(/^https?:\/\//);
    const share = doc.querySelector(".cm-share");
    const links = [...(share?.querySelectorAll("a") ?? [])];
    expect(links.map((a) => text(a))).toEqual(["Zalo", "Facebook", "X", "Email"]);
    for (const a of links) {
      const u = new URL(a.getAttribute("href") ?? "");
      expect(["https:", "mailto:"]).toContain(u.protocol);
      expect(
        [...u.searchParams.values()].some((v) => v === canonical || v.endsWith(`\n${canonical}`)),
        u.href,
      ).toBe(true);
      expect(a.getAttribute("aria-label")).toBeTruthy();
      expect(a.getAttribute("rel")).toContain("noopener");
    }
    // Nothing in the block loads from anywhere: no script, image, frame or style sheet.
    expect(share?.querySelectorAll("script, img, iframe, link, object, embed, [style]").length).toBe(0);
  });

  it("on a chart page stand next to its embed code", () => {
    const d = site.datasets[0];
    const doc = page(`bieu-do/${d?.id}/index.html`);
    expect(doc.querySelector(".cm-share")?.nextElementSibling?.classList.contains("cm-embed-code")).toBe(true);
  });
});
