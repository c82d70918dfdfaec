/**
 * Corrections as readers see them, read back from dist/: the fixture tests/fixtures/corrected was
 * published once (its record, version 1), then one figure changed in the data and the article with a
 * correction entry. Its build must show that correction on every surface; the real site, which has
 * none, must show none.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import Papa from "papaparse";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedHeight } from "../../src/embed/embedHeight.ts";
import { articleBySlug, datasetById } from "../../src/model/lookups.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { CSV_HEADERS } from "../../src/publish/csv.ts";
import { pngSize } from "../../src/publish/imageSize.ts";
import { cleanUp, FIXTURES, isolatedProject, runBuild, siteFrom, tempDir } from "../editor/sandbox.ts";
import { DIST, htmlPages, page } from "../helpers/dist.ts";

const ID = "dong-gop";
const RIGHT = "Số đúng là 227,462 km đường biên.";
const WRONG = "Bài ghi các đồn nhận 227,642 km đường biên.";
const WHY = "Bộ đội Biên phòng tỉnh đính chính ngày 01/03/2020.";
const ALL = `${WRONG} ${RIGHT} ${WHY}`;
/** The base path and home the builds write links under (BASE_PATH, SITE_URL, as astro.config.mjs reads them). */
const BASE = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");
const HOME = new URL(BASE, process.env.SITE_URL ?? "http://localhost:4321").href;

let out = "";
let root = "";
const read = (file: string) => readFileSync(join(out, file), "utf8");
const doc = (file: string) => new JSDOM(read(file)).window.document;
const words = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const jsonLd = (d: Document) =>
  JSON.parse(d.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}") as Record<string, unknown>;

beforeAll(() => {
  root = siteFrom(join(FIXTURES, "corrected"));
  out = join(tempDir(), "dist");
  const r = runBuild(isolatedProject(), root, out);
  expect(r.status, r.stdout + r.stderr).toBe(0);
}, 180_000);
afterAll(cleanUp);

describe("a corrected figure, on every surface", () => {
  it("the article: a dated notice after the header, and the notice at the figure before its notes", () => {
    const d = doc("bai-viet/bai-mau/index.html");
    const notice = d.querySelector("article > header + .cm-correction");
    expect(words(notice?.querySelector("h2"))).toBe("Đính chính");
    expect(words(notice)).toContain(`Đính chính ngày 02/03/2020 về Đóng góp: ${ALL}`);
    expect(notice?.querySelector("time")?.getAttribute("datetime")).toBe("2020-03-02");
    expect(notice?.querySelector("a")?.getAttribute("href")).toBe(`${BASE}bieu-do/${ID}/#dinh-chinh`);
    const figure = d.querySelector(`figure[data-chart="${ID}"]`);
    const at = figure?.querySelector(".cm-correction");
    expect(words(at)).toBe(`Đính chính ngày 02/03/2020: ${ALL}`);
    const notes = [...(figure?.querySelectorAll(".cm-note") ?? [])];
    for (const n of notes) expect(at?.compareDocumentPosition(n) ?? 0).toBe(4); // DOCUMENT_POSITION_FOLLOWING
    // The other chart of the article was not corrected.
    expect(d.querySelector('figure[data-chart="chi-bo"] .cm-correction')).toBeNull();
  });

  it("the chart page: a #dinh-chinh section with the version and each correction", () => {
    const d = doc(`bieu-do/${ID}/index.html`);
    const section = d.getElementById("dinh-chinh")?.closest("section");
    expect(words(section)).toContain("Phiên bản 2, ngày 02/03/2020.");
    expect(words(section)).toContain(`Đính chính ngày 02/03/2020: ${ALL} (phiên bản 2)`);
    expect(doc("bieu-do/chi-bo/index.html").getElementById("dinh-chinh")).toBeNull();
  });

  it("the embed page: one line linking to the details, counted in the no-script iframe height", () => {
    const d = doc(`bieu-do/${ID}/nhung/index.html`);
    const lines = d.querySelectorAll(".cm-correction-line");
    expect(lines).toHaveLength(1);
    expect(words(lines[0])).toBe(`Đã đính chính ngày 02/03/2020: ${RIGHT} Chi tiết`);
    expect(lines[0]?.querySelector("a")?.getAttribute("href")).toBe(`${BASE}bieu-do/${ID}/#dinh-chinh`);
    const site = getSite(root);
    const ds = datasetById(site, ID);
    const a = articleBySlug(site, ds.article);
    const o = JSON.parse(read(`bieu-do/${ID}/oembed.json`)) as { height: number; html: string };
    expect(o.height).toBe(embedHeight(ds, a));
    expect(o.html).toContain(`height="${o.height}"`);
    expect(o.height).toBeGreaterThan(embedHeight({ ...ds, corrections: [] }, a));
  });

  it("the SVG and PNG downloads: a line under the source, in the note colour", () => {
    const svg = new JSDOM(read(`bieu-do/${ID}.svg`), { contentType: "image/svg+xml" }).window.document;
    const texts = [...svg.querySelectorAll("text")];
    const source = texts.findIndex((t) => words(t).startsWith("Nguồn:"));
    const line = texts.findIndex((t) => words(t) === `Đính chính 02/03/2020: ${RIGHT}`);
    expect(source).toBeGreaterThan(-1);
    expect(line).toBeGreaterThan(source);
    expect(texts[line]?.getAttribute("fill")).toBe("#7a4b00");
    const height = Number(svg.documentElement.getAttribute("height"));
    const png = PNG.sync.read(readFileSync(join(out, `bieu-do/${ID}.png`)));
    expect({ width: png.width, height: png.height }).toEqual(pngSize(height));
  });

  it("the JSON download: the version and the corrections", () => {
    const json = JSON.parse(read(`bieu-do/${ID}.json`)) as Record<string, unknown>;
    expect(json.version).toBe(2);
    expect(json.corrections).toEqual([
      { date: "2020-03-02", figures: ["duong-bien"], wrong: WRONG, right: RIGHT, why: WHY, version: 2 },
    ]);
    const other = JSON.parse(read("bieu-do/chi-bo.json")) as Record<string, unknown>;
    expect([other.version, other.corrections]).toEqual([1, []]);
  });

  it("the CSV download: Phiên bản on every row, Đính chính on the corrected figure", () => {
    const parsed = Papa.parse<Record<string, string>>(read(`bieu-do/${ID}.csv`).replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields?.slice(-2)).toEqual(["Phiên bản", "Đính chính"]);
    expect(parsed.data.map((r) => [r[CSV_HEADERS.key], r[CSV_HEADERS.version], r[CSV_HEADERS.correction]])).toEqual([
      ["vat-chat", "2", ""],
      ["duong-bien", "2", `02/03/2020: ${RIGHT}`],
    ]);
  });

  it("the data page: the version, and a link to the chart's corrections", () => {
    const row = [...doc("du-lieu/index.html").querySelectorAll("tbody tr")].find((r) =>
      r.querySelector(`a[href="${BASE}bieu-do/${ID}/"]`),
    );
    const link = row?.querySelector('a[href$="#dinh-chinh"]');
    expect(link?.getAttribute("href")).toBe(`${BASE}bieu-do/${ID}/#dinh-chinh`);
    expect(words(link?.closest("td"))).toBe("Phiên bản: 2, 1 đính chính, ngày 02/03/2020");
  });

  it("the feed: an item per correction, dated 00:00 in Vietnam, newest first with the articles", () => {
    const rss = new JSDOM(read("rss.xml"), { contentType: "application/xml" }).window.document;
    const items = [...rss.querySelectorAll("channel > item")];
    const tag = (el: Element | undefined, name: string) => el?.getElementsByTagName(name)[0]?.textContent ?? "";
    expect(items.map((i) => tag(i, "title"))).toEqual(["Đính chính: Đóng góp", "Bài mẫu về Đồn Biên phòng"]);
    expect(tag(items[0], "link")).toBe(`${HOME}bieu-do/${ID}/#dinh-chinh`);
    expect(tag(items[0], "description")).toBe(ALL);
    expect(new Date(tag(items[0], "pubDate")).toISOString()).toBe("2020-03-01T17:00:00.000Z");
  });

  it("JSON-LD: a CorrectionComment on the NewsArticle and on the Dataset", () => {
    const comment = [{ "@type": "CorrectionComment", text: ALL, datePublished: "2020-03-02" }];
    const article = jsonLd(doc("bai-viet/bai-mau/index.html"));
    expect(article["@type"]).toBe("NewsArticle");
    expect(article.correction).toEqual(comment);
    const dataset = jsonLd(doc(`bieu-do/${ID}/index.html`));
    expect(dataset["@type"]).toBe("Dataset");
    expect(dataset.correction).toEqual(comment);
    expect(jsonLd(doc("bieu-do/chi-bo/index.html"))).not.toHaveProperty("correction");
  });

  it("/dinh-chinh/: every correction, with its chart and article, linked from the footer", () => {
    const d = doc("dinh-chinh/index.html");
    const items = [...d.querySelectorAll("main ol > li")];
    expect(items).toHaveLength(1);
    expect(words(items[0]?.querySelector("h2"))).toBe("02/03/2020: Đóng góp");
    expect(words(items[0])).toContain(ALL);
    const hrefs = [...(items[0]?.querySelectorAll("a") ?? [])].map((x) => x.getAttribute("href"));
    expect(hrefs).toEqual([`${BASE}bieu-do/${ID}/#dinh-chinh`, `${BASE}bai-viet/bai-mau/`]);
    expect(d.querySelector(`footer a[href="${BASE}dinh-chinh/"]`)).not.toBeNull();
  });
});

describe("the real site, which has no correction", () => {
  it("/dinh-chinh/ says there is none", () => {
    expect(existsSync(join(DIST, "dinh-chinh/index.html"))).toBe(true);
    const main = page("dinh-chinh/index.html").querySelector("main");
    expect(words(main)).toContain("Chưa có đính chính nào.");
    expect(main?.querySelector("ol")).toBeNull();
  });

  it("no article, chart or embed shows a correction", () => {
    const pages = htmlPages().filter((f) => /^(bai-viet|bieu-do)\//.test(f));
    expect(pages.length).toBeGreaterThan(0);
    for (const f of pages) {
      const d = page(f);
      expect(d.querySelector(".cm-correction, .cm-correction-line, #dinh-chinh"), f).toBeNull();
      expect(words(d.querySelector("main")), f).not.toMatch(/Đính chính|Đã đính chính/);
      expect(jsonLd(d), f).not.toHaveProperty("correction");
    }
  });
});
