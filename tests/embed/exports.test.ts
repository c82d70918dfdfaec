/** src/lib/exports.ts: CSV, JSON, standalone SVG and PNG, embed code and oEmbed, from the site model. */
import { JSDOM } from "jsdom";
import Papa from "papaparse";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { EMBED_WIDTHS } from "../../src/embed/layout.ts";
import { chartLinks, type ChartLinks } from "../../src/publish/links.ts";
import { chartNotes, hedgeNote } from "../../src/publish/notes.ts";
import { CSV_HEADERS, datasetCsv } from "../../src/publish/csv.ts";
import { datasetJson } from "../../src/publish/json.ts";
import { embedCode, oembed } from "../../src/embed/embedCode.ts";
import { embedHeight, embedHeightAt } from "../../src/embed/embedHeight.ts";
import { PNG_WIDTH, pngSize } from "../../src/publish/imageSize.ts";
import { standaloneSvg } from "../../src/publish/standalone.ts";
import { formatDate } from "../../src/lib/format.ts";
import { svgToPng } from "../../src/publish/raster.ts";
import { articleBySlug } from "../../src/model/lookups.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { type Article, type Dataset, type Figure } from "../../src/model/types.ts";
import { hostile } from "../charts/fixtures.ts";
import { ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
const cases = site.datasets.map((d) => [d.id, d, articleBySlug(site, d.article)] as const);

/** An article whose words try to break out of every format. */
const hostileArticle = {
  slug: "bai-mau",
  file: "content/articles/bai-mau.mdx",
  data: {
    title: 'Bài "mẫu" <b>đậm</b> & </script><script>alert(1)</script>',
    description: "Mô tả.",
    author: "Tác giả",
    publisher: "Báo <i>Mẫu</i> & Cộng sự",
    publisherUrl: "https://example.com/",
    date: new Date("2020-02-05T08:24:09+07:00"),
  },
  scan: {},
} as unknown as Article;

/** The hostile chart, with labels a spreadsheet would run as formulas and CSV would split. */
function hostileDataset(): Dataset {
  const d = hostile();
  const [a, b] = d.figures as [Figure, Figure];
  return {
    ...d,
    figures: [
      { ...a, label: '=HYPERLINK("https://evil.example","bấm")' },
      { ...b, label: 'Hộ "A", B\nC' },
    ],
  };
}

/** Returns a CSV download parsed back into one object per row, keyed by header. */
function parseCsv(csv: string): { fields: string[]; rows: Record<string, string>[] } {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Returns a figure as the CSV and JSON downloads must give it back. */
function expected(f: Figure) {
  return {
    key: f.key,
    label: f.label,
    value: f.value,
    date: f.date,
    unit: f.unit,
    qualifier: f.qualifier,
    quote: f.quote,
    text: f.text,
  };
}

describe("CSV", () => {
  it.each(cases)("%s: BOM, Vietnamese headers, one row per figure, round-trips to the data", (_, d, a) => {
    const { fields, rows } = parseCsv(datasetCsv(d, a, chartLinks(d)));
    expect(fields).toEqual(Object.values(CSV_HEADERS));
    const C = CSV_HEADERS;
    const back = rows.map((r) => ({
      key: r[C.key],
      label: r[C.label],
      value: r[C.value] ? Number(r[C.value]) : undefined,
      date: r[C.date] || undefined,
      unit: r[C.unit],
      qualifier: r[C.qualifier] || "exact",
      quote: r[C.quote] || undefined,
      text: r[C.text],
    }));
    expect(back).toEqual([...d.figures, ...d.derived].map(expected));
    for (const r of rows) {
      expect(r[C.article]).toBe(a.data.title);
      expect(r[C.published]).toBe(formatDate(a.data.date));
      expect(r[C.url]).toBe(chartLinks(d).page);
    }
  });

  it("writes the value in plain notation, the hedge as the article's word, the derived figure as derived", () => {
    const d = site.datasets.find((x) => x.derived.length && x.figures.some((f) => f.qualifier !== "exact"));
    if (!d) throw new Error("no dataset with a hedged figure and a derived one");
    const { rows } = parseCsv(datasetCsv(d, articleBySlug(site, d.article), chartLinks(d)));
    const hedged = d.figures.find((f) => f.qualifier !== "exact") as Figure;
    const row = rows.find((r) => r[CSV_HEADERS.key] === hedged.key);
    expect(row?.[CSV_HEADERS.value]).toBe(String(hedged.value));
    expect(row?.[CSV_HEADERS.qualifier]).toBe(hedged.qualifier);
    const derivedRow = rows.find((r) => r[CSV_HEADERS.key] === d.derived[0]?.key);
    expect(derivedRow?.[CSV_HEADERS.role]).toBe("tính");
    expect(derivedRow?.[CSV_HEADERS.derived]).toBe(d.derived[0]?.derived);
  });

  it("quotes commas, quotes and line breaks, and defuses a formula", () => {
    const d = hostileDataset();
    const { rows } = parseCsv(datasetCsv(d, hostileArticle, chartLinks(d)));
    expect(rows.map((r) => r[CSV_HEADERS.label])).toEqual([`'=HYPERLINK("https://evil.example","bấm")`, 'Hộ "A", B\nC']);
    expect(rows[0]?.[CSV_HEADERS.article]).toBe(hostileArticle.data.title);
  });
});

describe("JSON", () => {
  it.each(cases)("%s: every value with unit, hedge, quote, its article and absolute URLs", (_, d, a) => {
    const links = chartLinks(d);
    const json = JSON.parse(JSON.stringify(datasetJson(d, a, links))) as ReturnType<typeof datasetJson>;
    expect(json.values.map((v) => expected(v as Figure))).toEqual([...d.figures, ...d.derived].map(expected));
    expect(json.values.map((v) => v.role)).toEqual([...d.figures, ...d.derived].map((f) => f.role));
    expect(json.article).toMatchObject({ title: a.data.title, publisher: a.data.publisher, url: links.article });
    expect(new Date(json.article.date).getTime()).toBe(a.data.date.getTime());
    expect(json.article.sourceUrl ?? json.article.sourceNote).toBeTruthy();
    expect(json.url).toBe(links.page);
    for (const url of [json.url, json.embed, json.article.url, ...Object.values(json.downloads)])
      expect(url).toMatch(/^https?:\/\//);
  });

  it("keeps the households' stated total and the sum of the groups, with the note", () => {
    const d = site.datasets.find((x) => x.totalNote);
    if (!d) throw new Error("no dataset with a total note");
    const json = datasetJson(d, articleBySlug(site, d.article), chartLinks(d));
    expect(json.total).toEqual({ key: d.total?.key, partsSum: d.partsSum, note: d.totalNote });
    expect(json.values.find((v) => v.key === d.total?.key)?.value).toBe(d.total?.value);
  });
});

describe("standalone SVG and PNG", () => {
  const parse = (svg: string) => new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;

  it.each(cases)("%s: well-formed, sized, titled, with the chart, notes and source line", (_, d, a) => {
    const links = chartLinks(d);
    const { svg, width, height } = standaloneSvg(d, a, links);
    const doc = parse(svg);
    expect(doc.querySelector("parsererror")).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual([String(width), String(height)]);
    expect(root.querySelector(":scope > title")?.textContent).toBe(d.title);
    expect(root.querySelector("svg.cm-chart")).not.toBeNull();
    const text = [...root.querySelectorAll(":scope > text")]
      .map((t) => [...t.children].map((s) => s.textContent).join(" "))
      .join("\n");
    expect(text).toContain(a.data.publisher);
    expect(text).toContain(formatDate(a.data.date));
    expect(text).toContain(links.page);
    for (const note of chartNotes(d)) expect(text.replace(/\s+/g, " ")).toContain(note.replace(/\s+/g, " "));
  });

  it("escapes markup in titles, labels and the article", () => {
    const d = hostileDataset();
    const doc = parse(standaloneSvg(d, hostileArticle, chartLinks(d)).svg);
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelectorAll("script, b, i, img")).toHaveLength(0);
    expect(doc.documentElement.textContent).toContain("</script><script>alert(1)</script>");
  });

  it("draws a table-only dataset as a list of its figures", () => {
    const d = site.datasets.find((x) => x.kind === "table");
    if (!d) throw new Error("no table-only dataset");
    const doc = parse(standaloneSvg(d, articleBySlug(site, d.article), chartLinks(d)).svg);
    const drawn = doc.querySelector("svg.cm-chart")?.textContent ?? "";
    for (const f of d.figures) expect(drawn).toContain(f.text);
  });

  it("becomes a PNG at least 1200 px wide, at the size oEmbed announces", async () => {
    const [, d, a] = cases.find(([, x]) => x.totalNote) ?? cases[0] ?? [];
    if (!d || !a) throw new Error("no dataset");
    const { svg, height } = standaloneSvg(d, a, chartLinks(d));
    const png = PNG.sync.read(await svgToPng(svg, PNG_WIDTH));
    expect(PNG_WIDTH).toBeGreaterThanOrEqual(1200);
    expect({ width: png.width, height: png.height }).toEqual(pngSize(height));
    const o = oembed(d, a, chartLinks(d));
    expect({ width: o.thumbnail_width, height: o.thumbnail_height }).toEqual(pngSize(height));
  });
});

describe("embed code and oEmbed", () => {
  const links: ChartLinks = chartLinks(hostileDataset());

  it("is an iframe with a title, lazy, full width, a build-time height, then the optional script", () => {
    const d = hostileDataset();
    const code = embedCode(d, links, 432);
    const doc = new JSDOM(`<body>${code}</body>`).window.document;
    const iframe = doc.querySelector("iframe") as HTMLIFrameElement;
    expect(doc.body.children).toHaveLength(2);
    expect(iframe.getAttribute("src")).toBe(links.embed);
    expect(iframe.getAttribute("title")).toBe(`Biểu đồ: ${d.title}`);
    expect(iframe.getAttribute("loading")).toBe("lazy");
    expect(iframe.getAttribute("height")).toBe("432");
    expect(iframe.getAttribute("style")).toBe("width:100%;border:0");
    expect(iframe.hasAttribute("width")).toBe(false);
    const script = doc.querySelector("script") as HTMLScriptElement;
    expect(script.getAttribute("src")).toBe(links.script);
    expect(script.hasAttribute("async")).toBe(true);
    expect(script.textContent).toBe("");
  });

  it.each(cases)("%s: the written height covers the estimate at phone and desktop widths", (_, d, a) => {
    const h = embedHeight(d, a);
    for (const w of EMBED_WIDTHS) expect(h).toBeGreaterThan(embedHeightAt(d, a, w));
    expect(h).toBeGreaterThan(150);
    expect(h).toBeLessThan(2000);
  });

  it.each(cases)("%s: oEmbed 1.0 rich, with the embed code, size, provider and PNG thumbnail", (_, d, a) => {
    const l = chartLinks(d);
    const o = oembed(d, a, l);
    expect(o).toMatchObject({ version: "1.0", type: "rich", title: d.title, provider_name: "Cột Mốc", thumbnail_url: l.png });
    expect(o.html).toBe(embedCode(d, l, embedHeight(d, a)));
    expect(o.height).toBe(embedHeight(d, a));
    expect(o.width).toBeGreaterThan(0);
  });

  it("lists the hedged figures in a note, and only when there are some", () => {
    for (const d of site.datasets) {
      const hedged = d.figures.filter((f) => f.qualifier !== "exact");
      const note = hedgeNote(d);
      if (!hedged.length) expect(note).toBeUndefined();
      for (const f of hedged) expect(note).toContain(f.text);
    }
    expect(site.datasets.some((d) => hedgeNote(d))).toBe(true);
  });
});
