/**
 * Byte budgets of the built site (bytes are deterministic, times are not: build speed is measured by
 * `npm run bench`, never asserted). What a reader on a slow phone downloads, fonts aside.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, htmlPages } from "../helpers/dist.ts";
import { chartSvgs, gzipSize, pageBytes } from "../../scripts/bench/pageBytes.ts";

const KB = 1024;
/** An article page: its HTML and CSS, gzipped, without the fonts. */
const ARTICLE_HTML_CSS_GZIP = 35 * KB;
/** An article page's JavaScript, all of it (pages ship none for charts). */
const ARTICLE_JS = 2 * KB;
/** An embed page (`/bieu-do/<id>/nhung/`): HTML and CSS, gzipped, without the fonts. */
const EMBED_HTML_CSS_GZIP = 12 * KB;
/**
 * One inline chart SVG. Measured on 2026-11-22: the largest of the site's charts was 3.9 KB (1.2 KB
 * gzipped) and the largest of the 100-article benchmark corpus 4.1 KB; the budget leaves half as much
 * again for longer labels, and a chart that outgrows it has gained something worth a look.
 */
const CHART_SVG = 6 * KB;
const CHART_SVG_GZIP = 2 * KB;

const BASE = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");
const pages = htmlPages();
const articles = pages.filter((f) => /^bai-viet\/[^/]+\/index\.html$/.test(f));
const embeds = pages.filter((f) => /^bieu-do\/[^/]+\/nhung\/index\.html$/.test(f));
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

describe("article pages", () => {
  it("exist", () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(articles)("%s: HTML and CSS ≤ 35 KB gzipped, JavaScript ≤ 2 KB", (file) => {
    const b = pageBytes(DIST, file, BASE);
    expect(b.htmlCssGzip, `HTML+CSS ${kb(b.htmlCssGzip)} gzipped`).toBeLessThanOrEqual(ARTICLE_HTML_CSS_GZIP);
    expect(b.js, `JavaScript ${kb(b.js)}`).toBeLessThanOrEqual(ARTICLE_JS);
  });
});

describe("the front page", () => {
  // Measured 2026-12-04: 11.3 KB of HTML and CSS gzipped (7.2 KB before it drew thumbnails); the
  // thumbnails are the phone drawings the site already has, without their title and description.
  it("HTML and CSS ≤ 35 KB gzipped, JavaScript ≤ 2 KB, like an article", () => {
    const b = pageBytes(DIST, "index.html", BASE);
    expect(b.htmlCssGzip, `HTML+CSS ${kb(b.htmlCssGzip)} gzipped`).toBeLessThanOrEqual(ARTICLE_HTML_CSS_GZIP);
    expect(b.js, `JavaScript ${kb(b.js)}`).toBeLessThanOrEqual(ARTICLE_JS);
  });
});

describe("embed pages", () => {
  it("exist, one per chart page", () => {
    const chartPages = pages.filter((f) => /^bieu-do\/[^/]+\/index\.html$/.test(f));
    expect(embeds.length).toBeGreaterThan(0);
    expect(embeds.length).toBe(chartPages.length);
  });

  it.each(embeds)("%s: HTML and CSS ≤ 12 KB gzipped", (file) => {
    const b = pageBytes(DIST, file, BASE);
    expect(b.htmlCssGzip, `HTML+CSS ${kb(b.htmlCssGzip)} gzipped`).toBeLessThanOrEqual(EMBED_HTML_CSS_GZIP);
  });
});

describe("inline chart SVGs", () => {
  const svgs = pages.flatMap((file) => chartSvgs(readFileSync(join(DIST, file), "utf8")).map((svg, i) => ({ file, i, svg })));

  it("are on the pages", () => {
    expect(svgs.length).toBeGreaterThanOrEqual(articles.length);
  });

  it("each stays within 6 KB (2 KB gzipped)", () => {
    const over = svgs
      .map(({ file, i, svg }) => ({ where: `${file} #${i + 1}`, raw: Buffer.byteLength(svg), gzip: gzipSize(svg) }))
      .filter((s) => s.raw > CHART_SVG || s.gzip > CHART_SVG_GZIP)
      .map((s) => `${s.where}: ${kb(s.raw)} (${kb(s.gzip)} gzipped)`);
    expect(over).toEqual([]);
  });
});

describe("first paint", () => {
  // A linked stylesheet blocks first paint for one more round trip (about 0.6 s on slow 4G): every
  // page carries its CSS inline (astro.config.mjs: inlineStylesheets).
  it("no page waits for a stylesheet request", () => {
    const linked = pages.filter((file) => /<link\b[^>]*\brel="?stylesheet/i.test(readFileSync(join(DIST, file), "utf8")));
    expect(linked).toEqual([]);
  });

  // content.css skips the layout of a chart off screen (content-visibility); its aspect ratio, that
  // of its viewBox, is then all that gives it a height: without it, the page would jump on scrolling.
  it("every chart and thumbnail in a page keeps its viewBox's aspect ratio, drawn or not", () => {
    const placed = pages.flatMap((file) =>
      [
        ...readFileSync(join(DIST, file), "utf8").matchAll(
          /<(?:div class="cm-marked"|a class="cm-thumb[^"]*"[^>]*)><svg\b([^>]*)>/g,
        ),
      ].map(([, attrs = ""]) => ({
        file,
        attrs,
      })),
    );
    expect(placed.length).toBeGreaterThan(articles.length);
    const wrong = placed.flatMap(({ file, attrs }) => {
      const [, , w, h] = /viewBox="([^"]*)"/.exec(attrs)?.[1]?.split(" ") ?? [];
      return attrs.includes(`style="aspect-ratio:${w}/${h}"`) ? [] : [`${file}: ${attrs.slice(0, 80)}`];
    });
    expect(wrong).toEqual([]);
  });
});
