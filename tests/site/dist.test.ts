/** The built site, read back from dist/: what a reader gets with JavaScript off. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/model/siteStore.ts";
import { foldText } from "../../src/lib/text.ts";
import { THEME_SCRIPT } from "../../src/lib/themeScript.ts";
import { DIST, htmlPages, page, ROOT } from "../helpers/dist.ts";
import { brokenLinks } from "../helpers/links.ts";

const site = getSite(ROOT);
const SEEDS = join(ROOT, "tests/fixtures/seeds");

describe("built pages", () => {
  const pages = htmlPages();
  it("has every page of the page map", () => {
    expect(pages).toContain("index.html");
    expect(pages).toContain("404.html");
    expect(pages).toContain("du-lieu/index.html");
    for (const a of site.articles) expect(pages).toContain(`bai-viet/${a.slug}/index.html`);
    for (const d of site.datasets) expect(pages).toContain(`bieu-do/${d.id}/index.html`);
  });

  it.each(pages)("%s is Vietnamese, titled, described, with no executable script", (file) => {
    const doc = page(file);
    expect(doc.documentElement.lang).toBe("vi");
    expect(doc.title.length).toBeGreaterThan(3);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute("content")).toBeTruthy();
    expect(doc.querySelector('link[rel="icon"]')).not.toBeNull();
    // Pages need no JavaScript to read: no script on article, chart and data pages but JSON-LD data.
    // The search page loads its own; an embed page has one inline script (theme and height for the
    // host page), allowed by its hash in the Content-Security-Policy, and its chart is already drawn.
    const scripts = [...doc.querySelectorAll('script:not([type="application/ld+json"])')];
    if (file.endsWith("/nhung/index.html")) {
      expect(scripts).toHaveLength(1);
      expect(scripts[0]?.hasAttribute("src")).toBe(false);
      const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
      const hash = createHash("sha256")
        .update(scripts[0]?.textContent ?? "")
        .digest("base64");
      expect(csp).toContain(`'sha256-${hash}'`);
      expect(doc.querySelector("svg[role=img]")).not.toBeNull();
    } else if (!file.startsWith("tim-kiem/")) {
      // One inline script, the theme switch's memory (src/lib/themeScript.ts), hashed by the policy;
      // the page reads in full without it.
      expect(scripts.map((s) => s.textContent)).toEqual([THEME_SCRIPT]);
      const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
      expect(csp).toContain(`'sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}'`);
      for (const s of doc.querySelectorAll("script")) expect(s.hasAttribute("src")).toBe(false);
    }
  });

  it("never glues a word to the punctuation before it (a space lost at a line break in a template)", () => {
    const glued: string[] = [];
    // Text a reader sees: code, the embed code box, scripts and styles hold ":" and ";" by design.
    const skip = "script, style, textarea, pre, code";
    const INLINE = new Set(["A", "SPAN", "TIME", "STRONG", "EM", "B", "I", "ABBR", "DATA", "MARK", "SMALL"]);
    for (const file of pages) {
      const doc = page(file);
      const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest(skip)) continue;
        const text = n.textContent ?? "";
        // Inside one text node: "Số liệu:Hộ", "Sơn,05/02".
        for (const m of text.matchAll(/\S{0,12}[,;:·](?=[\p{L}\p{N}])\S{0,12}/gu)) {
          if (!/^https?:|\d[:,]\d/u.test(m[0])) glued.push(`${file}: “${m[0]}”`);
        }
        // Across an inline element: "·<time>", "Sơn,<span>".
        const next = n.nextSibling;
        if (/[,;:·]$/u.test(text) && next && INLINE.has(next.nodeName) && /^[\p{L}\p{N}]/u.test(next.textContent ?? "")) {
          glued.push(`${file}: “${text.slice(-12)}${(next.textContent ?? "").slice(0, 12)}”`);
        }
      }
    }
    expect(glued).toEqual([]);
  });

  it("never glues a sentence end to the next word in a block, across links and spans (“05/02/2020.Đọc bài gốc”)", () => {
    const glued: string[] = [];
    for (const file of pages) {
      const doc = page(file);
      for (const block of doc.body.querySelectorAll("p, li, figcaption, td, th, caption, dt, dd")) {
        // Punctuation then a letter, in the words a reader sees: not a decimal (no letter follows), not
        // a URL, a domain or a file name ("baolangson.vn", "x.csv").
        for (const m of blockText(block).matchAll(/\S{0,16}[.,;:!?)][\p{Lu}\p{Ll}]\S{0,16}/gu)) {
          if (!/^https?:|^www\.|[\p{L}\d]\.(?:vn|com|org|net|html?|csv|json|svg|png)\b/iu.test(m[0])) {
            glued.push(`${file} <${block.nodeName.toLowerCase()}>: “${m[0]}”`);
          }
        }
      }
    }
    expect(glued).toEqual([]);
  });

  it("has no broken internal link (pages, stylesheets, fonts, #fragments)", () => {
    // The same SITE_URL and BASE_PATH as the build under test; tests/reader/deploy.test.ts checks a sub-path.
    expect(brokenLinks(DIST, { base: process.env.BASE_PATH, site: process.env.SITE_URL })).toEqual([]);
  }, 60_000);
});

describe("articles", () => {
  const seedParas = (n: number) =>
    readFileSync(join(SEEDS, n === 0 ? "000_5dda221a08c7c397.txt" : "001_6e8a0752c514703d.txt"), "utf8")
      .split("\n")
      .map((l) => foldText(l))
      .filter((l) => l.length > 80 && !l.startsWith("http"));

  it.each(site.articles.map((a, i) => [a.slug, i] as const))("%s has every paragraph of its source, once", (slug) => {
    const doc = page(`bai-viet/${slug}/index.html`);
    const text = foldText(doc.querySelector("article")?.textContent ?? "");
    const seed = slug.startsWith("dang-uy") ? 0 : 1;
    const paras = seedParas(seed).filter((p) => !p.endsWith("Ngay sau...") && !p.includes("XNCĐại tá"));
    expect(paras.length).toBeGreaterThanOrEqual(3);
    for (const p of paras) {
      const occurrences = text.split(p).length - 1;
      expect(occurrences, p.slice(0, 60)).toBe(1);
    }
    expect(text).not.toContain("Ngay sau...");
  });

  it.each(site.articles.map((a) => [a.slug, a] as const))(
    "%s turned every <Chart> into a labelled SVG and a table",
    (slug, a) => {
      const doc = page(`bai-viet/${slug}/index.html`);
      const figures = [...doc.querySelectorAll("figure[data-chart]")];
      expect(figures.map((f) => f.getAttribute("data-chart"))).toEqual(a.scan.charts.map((c) => c.id));
      for (const f of figures) {
        const svg = f.querySelector("svg");
        expect(svg?.getAttribute("role")).toBe("img");
        expect(svg?.getAttribute("aria-label")).toBeTruthy();
        expect(svg?.querySelector("title")?.textContent).toBeTruthy();
        expect(f.querySelector("table caption")).not.toBeNull();
      }
    },
  );

  it.each(site.articles.map((a) => [a.slug, a] as const))("%s shows captions as captions, never as broken images", (slug) => {
    const doc = page(`bai-viet/${slug}/index.html`);
    expect(doc.querySelectorAll("figure.cm-photo figcaption").length).toBeGreaterThan(0);
    for (const img of doc.querySelectorAll("img")) expect(img.getAttribute("src")).toBeTruthy();
  });

  it("numbers paragraphs so that each source quote links to the paragraph stating it", () => {
    for (const d of site.datasets) {
      const chart = page(`bieu-do/${d.id}/index.html`);
      const links = [...chart.querySelectorAll<HTMLAnchorElement>(".sources a")];
      expect(links).toHaveLength(d.figures.length);
      for (const [i, link] of links.entries()) {
        const [path = "", fragment = ""] = (link.getAttribute("href") ?? "").split("#");
        const id = fragment.split(":~:")[0] ?? "";
        const article = page(join(path.replace(/^\//, ""), "index.html"));
        const para = article.getElementById(id);
        expect(foldText(para?.textContent ?? ""), `${d.id} ${id}`).toContain(foldText(d.figures[i]?.quote ?? ""));
      }
    }
  });
});

describe("the households chart", () => {
  it("shows the 699-vs-700 note, with both figures from the data", () => {
    const d = site.datasets.find((x) => x.id === "ho-gia-dinh-theo-dien");
    expect(d?.total?.value).toBe(699);
    expect(d?.partsSum).toBe(700);
    const doc = page(`bieu-do/${d?.id}/index.html`);
    const note = foldText(doc.querySelector(".cm-note")?.textContent ?? "");
    expect(note).toContain("699 hộ");
    expect(note).toContain("700 hộ");
  });
});

/** Elements that start a new line: a text is glued only to what shares its line. */
const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL".split(
    " ",
  ),
);
/** Code, the embed code box, scripts and charts hold punctuation by design. */
const UNREAD = new Set(["SCRIPT", "STYLE", "TEMPLATE", "CODE", "PRE", "TEXTAREA", "svg"]);

/** Returns the text of `el` as it is laid out: inline elements run on, blocks and <br> break the line. */
function blockText(el: Element): string {
  let text = "";
  for (const n of el.childNodes) {
    if (n.nodeType === 3) text += n.textContent ?? "";
    else if (n.nodeType !== 1 || UNREAD.has(n.nodeName)) text += " ";
    else if (BLOCKS.has(n.nodeName)) text += `\n${blockText(n as Element)}\n`;
    else text += blockText(n as Element);
  }
  return text;
}
