/**
 * Hostile strings in every text field an editor writes (a dataset's and an article's frontmatter):
 * markup and script, quotes, `</script>`, `]]>`, CSV formula prefixes, bidirectional controls,
 * zero-width characters, line breaks, emoji, very long text. For each generated case (fast-check,
 * seeded), either `npm run check`'s model refuses it naming that field, or no output carries it live:
 * the chart SVG and the standalone SVG (which the PNG is drawn from) hold no element or attribute it
 * made and only characters the PNG font draws, the CSV download no formula, the JSON-LD no end of its
 * script element, the oEmbed code exactly one iframe and one script, the RSS feed the text as text.
 * In process, on the mini fixture: no Astro build.
 */
import { getRssString } from "@astrojs/rss";
import fc from "fast-check";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { drawChart } from "../../src/charts/draw.ts";
import { drawableCodePoints } from "../../src/design/glyphs.ts";
import { oembed } from "../../src/embed/embedCode.ts";
import { escapeXml } from "../../src/lib/text.ts";
import { readSite } from "../../src/model/readSite.ts";
import { INVISIBLE } from "../../src/model/textSafety.ts";
import type { Article, Dataset } from "../../src/model/types.ts";
import { datasetCsv } from "../../src/publish/csv.ts";
import { chartLinks } from "../../src/publish/links.ts";
import { standaloneSvg } from "../../src/publish/standalone.ts";
import { datasetJsonLd, jsonLdText } from "../../src/publish/structuredData.ts";
import { miniCopy } from "../helpers/mini.ts";

const { root, remove } = miniCopy();
afterAll(remove);
const ARTICLE = "content/articles/bai-mau.mdx";
const DATASET = "data/chi-bo.json";
const articleSource = readFileSync(join(root, ARTICLE), "utf8");
const datasetSource = JSON.parse(readFileSync(join(root, DATASET), "utf8")) as Record<string, unknown>;

/** The pieces hostile strings are made of. */
const PIECES = [
  "<script>alert(1)</script>",
  "</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "]]>",
  "<![CDATA[",
  "<!--",
  "&amp;",
  '"',
  "'",
  '=HYPERLINK("http://x")',
  "+1",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
  "\u202e",
  "\u2066",
  "\u200b",
  "\ufeff",
  "\n",
  "😀",
  "中文",
  "x".repeat(400),
  "Chi bộ",
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(""))
  .filter((s) => s.trim() !== "");

/** The text fields an editor writes, where a string goes, and the field a problem must name (or `also`). */
const DATASET_FIELDS: { field: string; set: (d: any, s: string) => void; also?: string }[] = [
  { field: "title", set: (d, s) => (d.title = s) },
  { field: "description", set: (d, s) => (d.description = s) },
  { field: "unit", set: (d, s) => (d.unit = s) },
  { field: "notes[0]", set: (d, s) => (d.notes = [s]) },
  { field: "values[1].label", set: (d, s) => (d.values[1].label = s) },
  // A part in another unit than its total is refused by the partition check, at the total.
  { field: "values[2].unit", set: (d, s) => (d.values[2].unit = s), also: "total.key" },
  { field: "total.note", set: (d, s) => (d.total.note = s) },
];
const ARTICLE_FIELDS = ["title", "description", "author", "publisher", "sourceNote", "lead"];

/** Returns the problems and model of the mini site with `s` written into one field. */
function siteWith(where: { dataset?: (typeof DATASET_FIELDS)[number]; article?: string }, s: string) {
  const d = structuredClone(datasetSource);
  if (where.dataset) where.dataset.set(d, s);
  writeFileSync(join(root, DATASET), JSON.stringify(d, null, 2));
  const [, frontmatter = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(articleSource) ?? [];
  const lines = frontmatter.split("\n").filter((l) => !where.article || !l.startsWith(`${where.article}:`));
  // A JSON string is a valid YAML double-quoted string.
  if (where.article) lines.push(`${where.article}: ${JSON.stringify(s)}`);
  writeFileSync(join(root, ARTICLE), `---\n${lines.join("\n")}\n---\n${body}`);
  return readSite(root);
}

/** Fails unless `svg` is well-formed SVG with no element or attribute a string could have made. */
function expectInertSvg(svg: string): void {
  const doc = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
  expect(doc.querySelector("parsererror")).toBeNull();
  for (const el of doc.querySelectorAll("*")) {
    expect(["script", "foreignObject", "iframe", "img", "a"]).not.toContain(el.localName);
    for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/i);
  }
  const drawable = drawableCodePoints();
  for (const ch of doc.documentElement.textContent ?? "") {
    const cp = ch.codePointAt(0) ?? 0;
    expect(INVISIBLE.has(cp), `U+${cp.toString(16)}`).toBe(false);
    expect(drawable.has(cp) || /\s/.test(ch), `U+${cp.toString(16)}`).toBe(true);
  }
}

/** Fails unless every output of the dataset carries its text only as text. */
async function expectInert(d: Dataset, a: Article, s: string): Promise<void> {
  const links = chartLinks(d);
  expectInertSvg(drawChart(d, d.kind, [], 640).svg);
  expectInertSvg(standaloneSvg(d, a, links).svg);

  const cells = Papa.parse<string[]>(datasetCsv(d, a, links).replace(/^\uFEFF/, "")).data.flat();
  for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);

  const ld = jsonLdText(datasetJsonLd(d, a, { page: links.page, image: links.png, home: links.home, article: links.article }));
  expect(ld).not.toMatch(/<\/script|<!--/i);
  expect(JSON.parse(ld).name).toBe(d.title);

  const html = new JSDOM(`<body>${oembed(d, a, links).html}</body>`).window.document.body;
  expect([...html.querySelectorAll("*")].map((e) => e.localName)).toEqual(["iframe", "script"]);
  expect(html.querySelector("iframe")?.getAttribute("title")).toBe(`Biểu đồ: ${d.title}`);
  for (const el of html.querySelectorAll("*")) for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/i);

  const feed = await getRssString({
    title: "Cột Mốc",
    description: "x",
    site: "https://cot-moc.example/",
    xmlns: { dc: "http://purl.org/dc/elements/1.1/" },
    items: [
      {
        title: a.data.title,
        link: "/",
        description: a.data.description,
        customData: `<dc:creator>${escapeXml(a.data.author)}</dc:creator>`,
      },
    ],
  });
  const rss = new JSDOM(feed, { contentType: "text/xml" }).window.document;
  expect(rss.querySelector("parsererror")).toBeNull();
  // The feed's XML writer trims the white space around a text, nothing else.
  expect(rss.querySelector("item > title")?.textContent?.trim()).toBe(a.data.title.trim());
  expect(rss.getElementsByTagName("dc:creator")[0]?.textContent?.trim()).toBe(a.data.author.trim());
  expect(rss.querySelectorAll("item > *").length).toBe(5);
  void s;
}

const SEED = 16_008;

describe("a hostile string in any text field", () => {
  it.each(DATASET_FIELDS.map((f) => [f.field, f] as const))(
    "of a dataset (%s) is refused naming the field, or published inert",
    async (field, where) => {
      await fc.assert(
        fc.asyncProperty(hostile, async (s) => {
          const { site, problems } = siteWith({ dataset: where }, s);
          if (problems.length) {
            const named = problems.map((p) => `${p.file}: ${p.field}`);
            expect(
              named.some((n) => n === `${DATASET}: ${field}` || n === `${DATASET}: ${where.also}`),
              named.join("; "),
            ).toBe(true);
            return;
          }
          const d = site.datasets.find((x) => x.id === "chi-bo") as Dataset;
          await expectInert(d, site.articles[0] as Article, s);
        }),
        { seed: SEED, numRuns: 12 },
      );
    },
    60_000,
  );

  it.each(ARTICLE_FIELDS)(
    "of an article's frontmatter (%s) is refused naming the field, or published inert",
    async (field) => {
      await fc.assert(
        fc.asyncProperty(hostile, async (s) => {
          const { site, problems } = siteWith({ article: field }, s);
          if (problems.length) {
            expect(problems.map((p) => `${p.file}: ${p.field}`)).toContain(`${ARTICLE}: ${field}`);
            return;
          }
          await expectInert(site.datasets.find((x) => x.id === "chi-bo") as Dataset, site.articles[0] as Article, s);
        }),
        { seed: SEED, numRuns: 8 },
      );
    },
    60_000,
  );

  it("is refused when it holds an invisible or undrawable character, naming its code", () => {
    const where = DATASET_FIELDS[4];
    for (const [s, code] of [
      ["Giáp\u202e biên", "U+202E"],
      ["Giáp\u200b biên", "U+200B"],
      ["Giáp biên 😀", "U+1F600"],
    ] as const) {
      const { problems } = siteWith({ dataset: where }, s);
      expect(problems.find((p) => p.field === "values[1].label")?.message).toContain(code);
    }
  });
});
