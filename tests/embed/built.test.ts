/**
 * What the build publishes for every chart, read back from dist/: the embed page (no furniture,
 * nothing from elsewhere, within its size budget), the embed code on the chart page, CSV, JSON,
 * SVG, PNG, oEmbed, the resize script, and the data page's downloads.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import Papa from "papaparse";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { CSV_HEADERS } from "../../src/publish/csv.ts";
import { embedFooter } from "../../src/embed/embedHeight.ts";
import { PNG_WIDTH } from "../../src/publish/imageSize.ts";
import { articleBySlug } from "../../src/model/lookups.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { DIST, page, ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
const ids = site.datasets.map((d) => d.id);
const read = (file: string) => readFileSync(join(DIST, file), "utf8");
const fold = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
/** Budget of an embed page, HTML with its inline CSS and script, gzipped, without its font. */
const EMBED_BUDGET = 12 * 1024;
/** Budget of its inlined font (two weights, base64), gzipped with the page. */
const FONT_BUDGET = 16 * 1024;
/** The inline font rules of an embed page's HTML. */
const FONT_FACES = /@font-face\{[^}]*\}\n?/g;

describe("every chart publishes", () => {
  it.each(ids)("%s: embed page, CSV, JSON, SVG, PNG and oEmbed", (id) => {
    for (const f of [
      `bieu-do/${id}/nhung/index.html`,
      `bieu-do/${id}/oembed.json`,
      ...["csv", "json", "svg", "png"].map((x) => `bieu-do/${id}.${x}`),
    ]) {
      expect(existsSync(join(DIST, f)), f).toBe(true);
    }
  });
});

describe("the embed page", () => {
  it.each(ids)("%s: the chart alone, titled, with notes, source line and a link back; no furniture", (id) => {
    const d = site.datasets.find((x) => x.id === id);
    if (!d) throw new Error(id);
    const a = articleBySlug(site, d.article);
    const doc = page(`bieu-do/${id}/nhung/index.html`);
    expect(doc.documentElement.lang).toBe("vi");
    expect(doc.querySelectorAll("header, nav, footer, .skip-link, .site-header, .site-footer")).toHaveLength(0);
    // The chart's finding as the heading; the plain title names the page.
    expect(doc.querySelector("h1")?.textContent).toBe(d.headline);
    expect(doc.title).toBe(`${d.title} · Cột Mốc`);
    // Both drawings, as in an article: CSS shows one by the column's width.
    expect(doc.querySelectorAll(".cm-chart-wide svg.cm-chart[role=img]")).toHaveLength(1);
    expect(doc.querySelectorAll(".cm-chart-narrow svg.cm-chart[role=img]")).toHaveLength(1);
    expect(doc.querySelectorAll("svg.cm-chart")).toHaveLength(2);
    const notes = [...doc.querySelectorAll(".cm-note")].map((n) => fold(n.textContent));
    for (const n of d.notes) expect(notes).toContain(fold(n));
    if (d.totalNote) expect(notes.join(" ")).toContain(fold(d.totalNote));
    for (const f of d.figures.filter((x) => x.qualifier !== "exact")) expect(notes.join(" ")).toContain(f.text);
    // The words the build-time height estimate counted are the words printed.
    const footer = embedFooter(a);
    expect(fold(doc.querySelector(".cm-source")?.textContent)).toBe(footer.source);
    expect(fold(doc.querySelector(".cm-links")?.textContent)).toBe(footer.links);
    const back = [...doc.querySelectorAll<HTMLAnchorElement>(".cm-source a")].map((l) => l.getAttribute("href"));
    expect(back.some((h) => h?.endsWith(`/bieu-do/${id}/`))).toBe(true);
    expect(doc.querySelector("base")?.getAttribute("target")).toBe("_blank");
  });

  it.each(ids)("%s: loads nothing: CSS, font and script inline, no file, no other host", (id) => {
    const html = read(`bieu-do/${id}/nhung/index.html`);
    const doc = page(`bieu-do/${id}/nhung/index.html`);
    expect(
      doc.querySelectorAll('link[rel="stylesheet"], link[rel="preload"], link[rel="modulepreload"], img, object, embed, iframe'),
    ).toHaveLength(0);
    const scripts = [...doc.querySelectorAll("script")];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.hasAttribute("src")).toBe(false);
    const css = [...doc.querySelectorAll("style")].map((s) => s.textContent).join("\n");
    // Its one font, in two weights, written into the style; nothing else named by URL.
    const faces = css.match(FONT_FACES) ?? [];
    expect(faces.map((f) => /font-weight:(\d+)/.exec(f)?.[1])).toEqual(["400", "700"]);
    for (const f of faces)
      expect(f).toMatch(
        /^@font-face\{font-family:"Noto Sans";[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\("woff2"\)\}/,
      );
    expect(css.replace(FONT_FACES, "")).not.toMatch(/url\(|@import|@font-face/);
    // The policy lets fonts come from data: URIs, and from nowhere else.
    const policy = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
    expect(policy.split(";").map((p) => p.trim())).toContain("font-src data:");
    expect(html).not.toMatch(/\b(src|srcset|data)="/);
    // Every link stays on the site (the article page there links to the original).
    for (const a of doc.querySelectorAll("a[href]")) expect(a.getAttribute("href")).toMatch(/^\/(?!\/)/);
  });

  it.each(ids)(`%s: at most ${EMBED_BUDGET / 1024} KB gzipped, and its font at most ${FONT_BUDGET / 1024} KB more`, (id) => {
    const html = read(`bieu-do/${id}/nhung/index.html`);
    const page = gzipSync(html.replace(FONT_FACES, "")).length;
    expect(page).toBeLessThanOrEqual(EMBED_BUDGET);
    expect(gzipSync(html).length - page).toBeLessThanOrEqual(FONT_BUDGET);
  });
});

describe("the chart page", () => {
  it.each(ids)("%s: shows the embed code, as published in oEmbed, readable without JavaScript", (id) => {
    const doc = page(`bieu-do/${id}/index.html`);
    const oembed = JSON.parse(read(`bieu-do/${id}/oembed.json`)) as { html: string };
    const textarea = doc.querySelector("textarea#ma-nhung");
    expect(textarea?.hasAttribute("readonly")).toBe(true);
    expect(doc.querySelector('label[for="ma-nhung"]')).not.toBeNull();
    expect(textarea?.textContent).toBe(oembed.html);
  });

  it.each(ids)("%s: announces its oEmbed document and links its downloads", (id) => {
    const doc = page(`bieu-do/${id}/index.html`);
    const link = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    expect(new URL(link?.getAttribute("href") ?? "").pathname).toMatch(new RegExp(`/bieu-do/${id}/oembed\\.json$`));
    const hrefs = [...doc.querySelectorAll(".cm-downloads a")].map((a) => a.getAttribute("href"));
    expect(hrefs.map((h) => h?.replace(/^.*\//, ""))).toEqual(["csv", "json", "svg", "png"].map((x) => `${id}.${x}`));
  });
});

describe("downloads as built", () => {
  it.each(ids)("%s: the CSV has a BOM, Vietnamese headers and every figure", (id) => {
    const d = site.datasets.find((x) => x.id === id);
    const csv = read(`bieu-do/${id}.csv`);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(Object.values(CSV_HEADERS));
    expect(parsed.data.map((r) => r[CSV_HEADERS.key])).toEqual([...(d?.figures ?? []), ...(d?.derived ?? [])].map((f) => f.key));
  });

  it.each(ids)("%s: the JSON gives back every value", (id) => {
    const d = site.datasets.find((x) => x.id === id);
    const json = JSON.parse(read(`bieu-do/${id}.json`)) as {
      id: string;
      values: { key: string; value?: number; quote?: string }[];
    };
    expect(json.id).toBe(id);
    expect(json.values.map((v) => [v.key, v.value, v.quote])).toEqual(
      [...(d?.figures ?? []), ...(d?.derived ?? [])].map((f) => [f.key, f.value, f.quote]),
    );
  });

  it.each(ids)("%s: the PNG decodes at the width and height oEmbed announces", (id) => {
    const png = PNG.sync.read(readFileSync(join(DIST, `bieu-do/${id}.png`)));
    const o = JSON.parse(read(`bieu-do/${id}/oembed.json`)) as { thumbnail_width: number; thumbnail_height: number };
    expect(png.width).toBe(PNG_WIDTH);
    expect(png.width).toBeGreaterThanOrEqual(1200);
    expect([png.width, png.height]).toEqual([o.thumbnail_width, o.thumbnail_height]);
  });

  it("every SVG passes the Nu checker as SVG", () => {
    const files = ids.map((id) => join(DIST, `bieu-do/${id}.svg`));
    const run = spawnSync(
      "java",
      ["-jar", join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar"), "--svg", "--errors-only", "--format", "json", ...files],
      {
        encoding: "utf8",
      },
    );
    if (run.error) throw run.error;
    const messages = (JSON.parse(run.stderr) as { messages: { url: string; message: string }[] }).messages;
    expect(messages.map((m) => `${m.url.replace(/^.*\//, "")}: ${m.message}`)).toEqual([]);
  }, 60_000);

  it("the resize script is the one published in the code, at most 1 KB gzipped", () => {
    const o = JSON.parse(read(`bieu-do/${ids[0]}/oembed.json`)) as { html: string };
    const src = /<script[^>]*src="([^"]+)"/.exec(o.html)?.[1] ?? "";
    expect(new URL(src).pathname).toMatch(/\/nhung\.js$/);
    const js = read("nhung.js");
    expect(js).toContain("addEventListener");
    expect(gzipSync(js).length).toBeLessThanOrEqual(1024);
  });
});

describe("the data page", () => {
  it("lists every dataset with its four downloads", () => {
    const doc = page("du-lieu/index.html");
    for (const id of ids) {
      for (const x of ["csv", "json", "svg", "png"])
        expect(doc.querySelector(`a[href$="/bieu-do/${id}.${x}"]`), `${id}.${x}`).not.toBeNull();
    }
  });
});
