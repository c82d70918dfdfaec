/**
 * The search page in Debian's Chromium over the built site: queries typed with or without tones (and
 * with d for đ) find the same pages, only pages holding the phrase are listed, the exact phrase first,
 * the phrase is marked in each result, and the page works from the keyboard, announces its results,
 * passes axe with results shown, and explains itself with JS off.
 */
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatNumber } from "../../src/lib/format.ts";
import { PARTS_FILE } from "../../src/search/indexParts.ts";
import { EXCLUDE_SELECTORS, writeSearchIndex } from "../../src/search/searchIndex.ts";
import { serve, type Served } from "../../scripts/lib/staticServer.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { foldVietnamese } from "../../src/lib/slug.ts";
import { foldText } from "../../src/lib/text.ts";
import { THEME_SCRIPT } from "../../src/lib/themeScript.ts";
import { siteInBrowser } from "../helpers/browser.ts";
import { DIST, htmlPages, page, ROOT } from "../helpers/dist.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const site = getSite(ROOT);
/** The base path the site was built under (BASE_PATH, as astro.config.mjs reads it). */
const BASE = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");
const slugOf = (start: string) => site.articles.find((a) => a.slug.startsWith(start))?.slug ?? start;
/** The article about the Đội Cấn model, border markers… and the one about village party cells. */
const MARKERS = `${BASE}bai-viet/${slugOf("gan-chuyen-mon")}/`;
const CELLS = `${BASE}bai-viet/${slugOf("dang-uy-bo-doi")}/`;
const DOI_CAN_CHART = `${BASE}bieu-do/mo-hinh-doi-can/`;
const MARKERS_CHART = `${BASE}bieu-do/giao-duong-bien-moc-gioi/`;
const LABEL = "Tìm trong bài viết, biểu đồ và dữ liệu";

htmlPages(); // fails at once, and clearly, when the site was not built
const web = siteInBrowser(DIST, BASE);
let context: BrowserContext;
const errors: string[] = [];

beforeAll(async () => {
  context = await web.browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await context?.close();
});

/** Returns the text of the indexed part of a built page ("/bai-viet/x/"), folded for comparison. */
function indexedText(url: string): string {
  const doc = page(join(url.slice(BASE.length), "index.html"));
  const body = [...doc.querySelectorAll("[data-pagefind-body]")];
  for (const el of doc.querySelectorAll([...EXCLUDE_SELECTORS, "[data-pagefind-ignore]"].join(","))) el.remove();
  return foldText(body.map((b) => b.textContent).join(" ")).toLowerCase();
}

/** Opens the search page of the site served at `url` (the built site by default). */
async function openSearch(url = web.server.url): Promise<Page> {
  const p = await context.newPage();
  p.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  p.on("pageerror", (e) => errors.push(e.message));
  await p.goto(`${url}tim-kiem/`, { waitUntil: "load" });
  return p;
}

/** Waits until the live region reports the outcome of a search. */
async function outcome(p: Page): Promise<string> {
  const status = p.getByRole("status");
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^(Tìm thấy|Không tìm thấy)/);
  return (await status.textContent()) ?? "";
}

/** Returns true when `text` holds `phrase` as whole words once both are without tones and đ. */
function holdsFolded(text: string, phrase: string): boolean {
  const fold = (s: string) => foldVietnamese(foldText(s));
  return new RegExp(`(?<![\\p{L}\\p{N}])${fold(phrase)}(?![\\p{L}\\p{N}])`, "u").test(fold(text));
}

/** Types `query` into the labelled field, presses Enter, and returns the status, the result URLs in order and each result's marked runs. */
async function search(query: string, url?: string): Promise<{ status: string; urls: string[]; marks: string[][] }> {
  const p = await openSearch(url);
  await p.getByLabel(LABEL).fill(query);
  await p.keyboard.press("Enter");
  const status = await outcome(p);
  const urls = await p.locator("[data-search-results] li h2 a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const marks = await p
    .locator("[data-search-results] li")
    .evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll("mark")].map((m) => m.textContent ?? "")));
  await p.close();
  return { status, urls, marks };
}

describe("queries with and without tones", () => {
  it("“bien phong” finds both articles and says how many pages it found, in Vietnamese", async () => {
    const { status, urls } = await search("bien phong");
    expect(urls).toEqual(expect.arrayContaining([MARKERS, CELLS]));
    expect(status).toBe(`Tìm thấy ${formatNumber(urls.length)} trang có “bien phong”.`);
  });

  it("“biên phòng” and “bien phong” find the same pages", async () => {
    const [exact, folded] = [await search("biên phòng"), await search("bien phong")];
    expect(exact.urls.length).toBeGreaterThan(2);
    expect([...exact.urls].sort()).toEqual([...folded.urls].sort());
  });

  it("“doi can” (d for đ) finds the Đội Cấn article and chart, and only pages holding the phrase", async () => {
    const { urls } = await search("doi can");
    expect(urls).toEqual(expect.arrayContaining([MARKERS, DOI_CAN_CHART]));
    for (const u of urls) expect(indexedText(u), u).toContain("đội cấn");
    // The other article has "bộ đội" and "cần", but not the place name: it is not listed.
    expect(urls).not.toContain(CELLS);
  });

  it("“don bien phong” finds the article about the border posts (đồn biên phòng)", async () => {
    const { urls } = await search("don bien phong");
    expect(urls).toContain(CELLS);
    expect(indexedText(urls[0] ?? "")).toMatch(/đồn biên phòng/);
  });

  it("“cot moc” finds the border-marker article and chart, those with the phrase first", async () => {
    const { urls } = await search("cot moc");
    expect(urls).toEqual(expect.arrayContaining([MARKERS, MARKERS_CHART]));
    expect(indexedText(urls[0] ?? "")).toContain("cột mốc");
  });

  it.each(["Đội Cấn", "doi can", "Doi Can"])(
    "“%s” lists only pages holding the phrase, each with the phrase marked",
    async (query) => {
      const { status, urls, marks } = await search(query);
      expect(urls.length).toBeGreaterThan(1);
      for (const u of urls) expect(holdsFolded(indexedText(u), query), u).toBe(true);
      // Pagefind alone also returns pages with only "đội" or with "cảnh" for "can": they are not listed.
      for (const u of [CELLS]) expect(urls).not.toContain(u);
      expect(status).toBe(`Tìm thấy ${formatNumber(urls.length)} trang có “${query}”.`);
      // Each result marks the phrase as the page writes it ("Đội Cấn"), typed with tones or without.
      for (const [i, m] of marks.entries()) {
        expect(m.length, urls[i]).toBeGreaterThan(0);
        for (const text of m) expect(foldVietnamese(text).replace(/\s+/g, " "), urls[i]).toBe("doi can");
      }
      expect(marks.flat()).toContain("Đội Cấn");
    },
  );

  it("ranks the pages with the exact phrase “Đội Cấn” first", async () => {
    const { urls } = await search("Đội Cấn");
    expect(indexedText(urls[0] ?? "")).toContain("đội cấn");
  });

  it("says so when nothing matches", async () => {
    const { status, urls } = await search("xyzzyq");
    expect(urls).toEqual([]);
    expect(status).toBe("Không tìm thấy trang nào có “xyzzyq”.");
  });

  it("never returns an embed page, the home page or the search page", async () => {
    const { urls } = await search("biên phòng");
    for (const u of urls) expect(u.slice(BASE.length)).toMatch(/^(bai-viet|bieu-do)\/[^/]+\/$|^du-lieu\/$/);
    for (const u of urls) expect(u.startsWith(BASE)).toBe(true);
  });
});

describe("an index in parts", () => {
  // The seed is small enough for one index; a large site's is in parts, which the page merges. The
  // built site's pages are indexed here in a part per page (four parts), and searched both ways.
  const scratch = mkdtempSync(join(tmpdir(), "cotmoc-search-parts-"));
  const copy = join(scratch, "site");
  let served: Served | undefined;
  beforeAll(async () => {
    cpSync(realpathSync(DIST), copy, { recursive: true });
    const saved = process.env.COTMOC_CACHE_DIR;
    process.env.COTMOC_CACHE_DIR = join(scratch, "cache");
    try {
      expect((await writeSearchIndex(copy, 1)).parts).toBeGreaterThan(1);
    } finally {
      if (saved === undefined) delete process.env.COTMOC_CACHE_DIR;
      else process.env.COTMOC_CACHE_DIR = saved;
    }
    served = await serve(copy, BASE);
  }, 60_000);
  afterAll(async () => {
    await served?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(["doi can", "bien phong", "cột mốc", "xyzzyq"])("finds for “%s” the pages one index finds", async (query) => {
    const [one, parts] = [await search(query), await search(query, served?.url)];
    expect(readFileSync(join(copy, "pagefind", PARTS_FILE), "utf8")).not.toBe("[]");
    expect([...parts.urls].sort()).toEqual([...one.urls].sort());
    expect(parts.status).toBe(one.status);
  });
});

describe("the search page", () => {
  it("works from the keyboard: field, button, then the results", async () => {
    const p = await openSearch();
    await p.keyboard.press("Tab"); // skip link
    let focused = "";
    for (let i = 0; i < 10 && focused !== "tu-khoa"; i++) {
      await p.keyboard.press("Tab");
      focused = await p.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(focused).toBe("tu-khoa");
    await p.keyboard.type("cot moc");
    await p.keyboard.press("Enter");
    await outcome(p);
    expect(new URL(p.url()).searchParams.get("q")).toBe("cot moc");
    await p.keyboard.press("Tab");
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe("Tìm");
    await p.keyboard.press("Tab");
    const link = await p.evaluate(() => document.activeElement?.closest("[data-search-results]") !== null);
    expect(link).toBe(true);
    await p.close();
  });

  it("runs the query of its address (?q=), as the form sends it without JavaScript", async () => {
    const p = await context.newPage();
    await p.goto(`${web.server.url}tim-kiem/?q=${encodeURIComponent("cột mốc")}`);
    expect(await outcome(p)).toMatch(/^Tìm thấy/);
    expect(await p.getByLabel(LABEL).inputValue()).toBe("cột mốc");
    await p.close();
  });

  it.each(["light", "dark"] as const)("has zero axe violations with results shown (%s)", async (scheme) => {
    const p = await openSearch();
    await p.emulateMedia({ colorScheme: scheme });
    await p.getByLabel(LABEL).fill("bien phong");
    await p.keyboard.press("Enter");
    await outcome(p);
    // Evaluated by the driver: the page's Content-Security-Policy rightly refuses an injected <script>.
    await p.evaluate(AXE);
    const violations = await p.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id} ${v.nodes[0]?.target.join(" ")}`);
    });
    expect(violations).toEqual([]);
    await p.close();
  });

  it("explains, with JavaScript off, that search needs it and where to look instead", async () => {
    const off = await web.browser.newContext({ javaScriptEnabled: false });
    const p = await off.newPage();
    await p.goto(`${web.server.url}tim-kiem/?q=bien`);
    // innerText is the rendered text: it has the <noscript> message only when scripts are off.
    const text = await p.locator("main").innerText();
    expect(text).toContain("Tìm kiếm cần JavaScript");
    expect(text).toContain("Dữ liệu");
    await off.close();
  });

  it("logged no console error and no page error in any of the runs above", () => {
    expect(errors).toEqual([]);
  });
});

describe("where the search script loads", () => {
  it("is only the search page that loads a script or Pagefind", () => {
    for (const file of htmlPages()) {
      const html = readFileSync(join(DIST, file), "utf8");
      // The theme switch's inline memory (src/lib/themeScript.ts) is on every page; it loads nothing.
      const executable =
        /<script(?![^>]*application\/ld\+json)/.test(html.replace(`<script>${THEME_SCRIPT}</script>`, "")) ||
        html.includes("pagefind/pagefind.js");
      if (file === "tim-kiem/index.html") expect(executable, file).toBe(true);
      else if (!file.includes("/nhung/")) expect(executable, file).toBe(false);
    }
  });
});
