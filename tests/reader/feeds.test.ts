/**
 * Feeds and sharing, read back from the built site: /rss.xml, the sitemap, and on every page a
 * canonical URL, meta description, Open Graph and Twitter cards and JSON-LD, all absolute under
 * SITE_URL + BASE_PATH (the same variables astro.config.mjs reads).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/model/siteStore.ts";
import { jsonLdText } from "../../src/publish/structuredData.ts";
import { DIST, htmlPages, page, ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
/** The site's home as the build wrote it into every absolute URL. */
const HOME = new URL((process.env.BASE_PATH ?? "/").replace(/\/?$/, "/"), process.env.SITE_URL ?? "http://localhost:4321").href;
const absolute = (path: string) => new URL(path, HOME).href;
/** Returns the file in dist/ an absolute URL of the site points to. */
const fileOf = (url: string) => {
  expect(url.startsWith(HOME), url).toBe(true);
  const path = decodeURIComponent(url.slice(HOME.length));
  return join(DIST, path.endsWith("/") || path === "" ? `${path}index.html` : path);
};
const xml = (file: string) => {
  const doc = new JSDOM(readFileSync(join(DIST, file), "utf8"), { contentType: "application/xml" }).window.document;
  expect(doc.querySelector("parsererror"), `${file} is not well-formed XML`).toBeNull();
  return doc;
};
/** Pages a reader or crawler lands on (embed pages are for iframes and have their own rules). */
const pages = htmlPages().filter((f) => f !== "404.html" && !f.includes("/nhung/"));

describe("/rss.xml", () => {
  const doc = xml("rss.xml");
  const items = [...doc.querySelectorAll("channel > item")];
  const text = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent ?? "";

  it("is RSS 2.0 in Vietnamese, linking the site's home", () => {
    expect(doc.documentElement.nodeName).toBe("rss");
    expect(doc.documentElement.getAttribute("version")).toBe("2.0");
    expect(doc.querySelector("channel > language")?.textContent).toBe("vi");
    expect(doc.querySelector("channel > link")?.textContent).toBe(HOME);
    expect(doc.querySelector("channel > title")?.textContent).toBe("Cột Mốc");
  });

  it("has every article, newest first, with its summary, date, author and a working link", () => {
    const newestFirst = [...site.articles].sort((x, y) => y.data.date.getTime() - x.data.date.getTime());
    expect(items).toHaveLength(site.articles.length);
    for (const [i, a] of newestFirst.entries()) {
      const item = items[i] as Element;
      const link = absolute(`bai-viet/${a.slug}/`);
      expect(text(item, "title")).toBe(a.data.title);
      expect(text(item, "link")).toBe(link);
      expect(text(item, "guid")).toBe(link);
      expect(text(item, "description")).toBe(a.data.description);
      expect(new Date(text(item, "pubDate")).getTime()).toBe(a.data.date.getTime());
      expect(text(item, "dc:creator")).toBe(a.data.author);
      expect(existsSync(fileOf(link)), link).toBe(true);
    }
  });

  it("is announced on every page", () => {
    for (const f of pages) {
      const alt = page(f).querySelector('link[rel="alternate"][type="application/rss+xml"]');
      expect(alt?.getAttribute("href"), f).toBe(absolute("rss.xml"));
    }
  });
});

describe("sitemap", () => {
  const index = xml("sitemap-index.xml");
  const locs = [...index.querySelectorAll("sitemap > loc")].flatMap((l) => {
    const file = fileOf(l.textContent ?? "").slice(DIST.length + 1);
    return [...xml(file).querySelectorAll("url > loc")].map((u) => u.textContent ?? "");
  });

  it("lists the home, every article, every chart and the data page, each an existing page", () => {
    const expected = [
      HOME,
      absolute("du-lieu/"),
      ...site.articles.map((a) => absolute(`bai-viet/${a.slug}/`)),
      ...site.datasets.map((d) => absolute(`bieu-do/${d.id}/`)),
    ];
    expect(locs).toEqual(expect.arrayContaining(expected));
    for (const loc of locs) expect(existsSync(fileOf(loc)), loc).toBe(true);
  });

  it("leaves out the 404 page, the search page, embed pages and files", () => {
    for (const loc of locs) {
      expect(loc).toMatch(/\/$/);
      expect(loc).not.toMatch(/\/(nhung|tim-kiem|404)\/$/);
    }
  });
});

describe("meta tags", () => {
  it.each(pages)("%s has an absolute canonical URL, a description, Open Graph and Twitter cards", (f) => {
    const doc = page(f);
    const meta = (key: string) =>
      doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? undefined;
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
    // A chart's pinned version points search engines at the live chart.
    expect(canonical).toBe(absolute(f.replace(/index\.html$/, "").replace(/v\/\d+\/$/, "")));
    expect(meta("description")?.length).toBeGreaterThan(20);
    expect(meta("og:url")).toBe(canonical);
    expect(meta("og:title")).toBeTruthy();
    expect(meta("og:description")).toBe(meta("description"));
    expect(meta("og:locale")).toBe("vi_VN");
    expect(meta("og:site_name")).toBe("Cột Mốc");
    expect(meta("twitter:card")).toBe("summary_large_image");
    const image = meta("og:image") ?? "";
    expect(meta("twitter:image")).toBe(image);
    expect(meta("og:image:alt")).toBeTruthy();
    expect([meta("og:image:width"), meta("og:image:height")]).toEqual(["1200", "630"]);
    expect(existsSync(fileOf(image)), image).toBe(true);
  });

  it("gives articles and charts their own card, and articles the article type and date", () => {
    for (const a of site.articles) {
      const doc = page(`bai-viet/${a.slug}/index.html`);
      const meta = (key: string) => doc.querySelector(`meta[property="${key}"]`)?.getAttribute("content");
      expect(meta("og:type")).toBe("article");
      expect(meta("og:image")).toBe(absolute(`anh/bai-viet/${a.slug}.png`));
      expect(meta("article:published_time")).toBe(a.data.date.toISOString());
    }
    for (const d of site.datasets) {
      const doc = page(`bieu-do/${d.id}/index.html`);
      expect(doc.querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(absolute(`anh/bieu-do/${d.id}.png`));
    }
  });
});

describe("JSON-LD", () => {
  const ld = (file: string) => {
    const scripts = [...page(file).querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts, file).toHaveLength(1);
    const data = JSON.parse(scripts[0]?.textContent ?? "") as Record<string, unknown>;
    expect(data["@context"]).toBe("https://schema.org");
    return data;
  };

  it.each(site.articles.map((a) => [a.slug, a] as const))("%s is a NewsArticle", (slug, a) => {
    const data = ld(`bai-viet/${slug}/index.html`);
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      headline: a.data.title,
      description: a.data.description,
      datePublished: a.data.date.toISOString(),
      author: [{ "@type": "Person", name: a.data.author }],
      publisher: { "@type": "Organization", name: a.data.publisher, url: a.data.publisherUrl },
      image: [absolute(`anh/bai-viet/${slug}.png`)],
      url: absolute(`bai-viet/${slug}/`),
      inLanguage: "vi",
    });
    if (a.data.sourceUrl) expect(data.isBasedOn).toBe(a.data.sourceUrl);
  });

  it.each(site.datasets.map((d) => [d.id, d] as const))("%s is a Dataset based on its article", (id, d) => {
    const data = ld(`bieu-do/${id}/index.html`);
    expect(data).toMatchObject({
      "@type": "Dataset",
      name: d.title,
      description: d.description,
      url: absolute(`bieu-do/${id}/`),
      image: absolute(`anh/bieu-do/${id}.png`),
      inLanguage: "vi",
      isBasedOn: { "@type": "NewsArticle", url: absolute(`bai-viet/${d.article}/`) },
      variableMeasured: [...d.figures, ...d.derived].map((f) => f.label),
    });
    const downloads = (data.distribution ?? []) as { contentUrl: string }[];
    for (const x of downloads) expect(existsSync(fileOf(x.contentUrl)), x.contentUrl).toBe(true);
  });

  it("cannot be closed early by text in the data: every “<” is escaped", () => {
    const text = jsonLdText({ "@type": "Dataset", name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({
      "@context": "https://schema.org",
      "@type": "Dataset",
      name: "</script><script>alert(1)</script>",
    });
  });
});
