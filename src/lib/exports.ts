/**
 * What a chart becomes outside the site: CSV, JSON, a standalone SVG (and its PNG), the embed code
 * with its build-time height, and the oEmbed document. Pure functions of the site model and the
 * absolute links they print (`chartLinks`), so they can be tested without a build.
 */
import Papa from "papaparse";
import { chartSummary, renderChart } from "../charts/index.ts";
import { svgElement, textBlock } from "../charts/document.ts";
import { finishSvg } from "../charts/postprocess.ts";
import { wrapText } from "../charts/text.ts";
import { COLORS, FONT_FAMILY, FONT_SIZE, LINE_HEIGHT, SMALL_FONT_SIZE, TOKENS, WIDTH } from "../charts/theme.ts";
import { EMBED, EMBED_WIDTHS, INK } from "../embed/layout.ts";
import { formatDate, formatQuantity, type Qualifier } from "./format.ts";
import type { Article, Dataset, Figure } from "./site.ts";
import { escapeXml } from "./text.ts";
import { absoluteUrl } from "./urls.ts";

/** The site's name, as providers and source lines print it. */
export const PROVIDER = "Cột Mốc";
/** The download formats, in the order pages list them. */
export const DOWNLOADS = ["csv", "json", "svg", "png"] as const;
export type DownloadFormat = (typeof DOWNLOADS)[number];

/** Absolute addresses of everything a chart publishes. */
export interface ChartLinks {
  home: string;
  page: string;
  embed: string;
  article: string;
  oembed: string;
  script: string;
  csv: string;
  json: string;
  svg: string;
  png: string;
}

/** Returns the path of a chart's download under the base: "bieu-do/<id>.csv". */
export function downloadPath(id: string, format: DownloadFormat): string {
  return `bieu-do/${id}.${format}`;
}

/** Returns the path of a chart's oEmbed document under the base. */
export function oembedPath(id: string): string {
  return `bieu-do/${id}/oembed.json`;
}

/** Returns the absolute links of a dataset's chart on the deployed site (SITE_URL + BASE_PATH). */
export function chartLinks(d: Dataset): ChartLinks {
  return {
    home: absoluteUrl(),
    page: absoluteUrl(`bieu-do/${d.id}/`),
    embed: absoluteUrl(`bieu-do/${d.id}/nhung/`),
    article: absoluteUrl(`bai-viet/${d.article}/`),
    oembed: absoluteUrl(oembedPath(d.id)),
    script: absoluteUrl("nhung.js"),
    csv: absoluteUrl(downloadPath(d.id, "csv")),
    json: absoluteUrl(downloadPath(d.id, "json")),
    svg: absoluteUrl(downloadPath(d.id, "svg")),
    png: absoluteUrl(downloadPath(d.id, "png")),
  };
}

// ---------------------------------------------------------------------------------------------
// Words shared by the embed page, the standalone SVG and the data files.

/** Returns "“Title” (Báo Lạng Sơn, 05/02/2020)": where a chart's figures were published. */
export function sourceText(a: Article): string {
  return `“${a.data.title}” (${a.data.publisher}, ${formatDate(a.data.date)})`;
}

/** Returns the note listing the article's hedged figures, or undefined when every figure is exact. */
export function hedgeNote(d: Dataset): string | undefined {
  const hedged = d.figures.filter((f) => f.qualifier !== "exact");
  if (!hedged.length) return undefined;
  return `Số ước lượng, giữ nguyên như bài viết: ${hedged.map((f) => `${f.label}: ${f.text}`).join("; ")}.`;
}

/** Returns the note that the parts do not add up to the stated total, or undefined. */
export function totalNoteText(d: Dataset): string | undefined {
  if (!d.totalNote || !d.total || d.partsSum === undefined) return undefined;
  const sum = formatQuantity(d.partsSum, d.total.unit);
  return `Lưu ý về số liệu: tổng theo bài viết là ${d.total.text}; cộng các nhóm được ${sum}. ${d.totalNote}`;
}

/** Returns every note a chart carries outside the site: the total's, the hedges', the dataset's. */
export function chartNotes(d: Dataset): string[] {
  return [totalNoteText(d), hedgeNote(d), ...d.notes].filter((n): n is string => Boolean(n));
}

// ---------------------------------------------------------------------------------------------
// The chart as an image.

/** Rows of the figure list drawn for table-only datasets. */
const LIST = { valueWidth: 200, padY: 8 } as const;

/** Returns a table-only dataset drawn as a list of labels and values (an image needs something). */
function drawFigureList(d: Dataset): SVGSVGElement {
  const labelWidth = WIDTH - LIST.valueWidth - 16;
  const rows: SVGElement[] = [];
  let y = 0;
  const figures = [...d.figures, ...d.derived];
  for (const [i, f] of figures.entries()) {
    const lines = wrapText(f.label, labelWidth, FONT_SIZE);
    const values = wrapText(f.text, LIST.valueWidth, FONT_SIZE, true);
    const height = Math.max(lines.length, values.length) * LINE_HEIGHT + 2 * LIST.padY;
    const cells = [
      textBlock(0, y + LIST.padY - 3, lines, LINE_HEIGHT / FONT_SIZE),
      textBlock(WIDTH, y + LIST.padY - 3, values, LINE_HEIGHT / FONT_SIZE, { "text-anchor": "end", "font-weight": 700 }),
    ];
    // Rules between rows only: the standalone frame draws its own under the last.
    if (i < figures.length - 1) {
      cells.push(svgElement("line", { x1: 0, x2: WIDTH, y1: y + height - 0.5, y2: y + height - 0.5, stroke: COLORS.rule }));
    }
    rows.push(svgElement("g", {}, cells));
    y += height;
  }
  return svgElement(
    "svg",
    { viewBox: `0 0 ${WIDTH} ${Math.ceil(y)}`, fill: "currentColor", "text-anchor": "start" },
    rows,
  ) as SVGSVGElement;
}

const listCache = new Map<string, string>();

/** Returns the dataset's chart as SVG markup: its own kind, or a list of figures for a table-only one. */
export function chartSvg(d: Dataset): string {
  const drawn = renderChart(d);
  if (drawn) return drawn;
  const key = JSON.stringify(d);
  let list = listCache.get(key);
  if (list === undefined) {
    list = finishSvg(drawFigureList(d), { title: d.title, description: chartSummary(d) });
    listCache.set(key, list);
  }
  return list;
}

/** Returns the width and height of a chart's SVG in user units (its viewBox). */
export function chartSize(svg: string): { width: number; height: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error("Biểu đồ không có viewBox.");
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** The standalone SVG's frame: margins, title and note sizes, in user units. */
const FRAME = {
  margin: 20,
  titleSize: 20,
  titleLine: 26,
  textLine: 19,
  gap: 14,
  /** The site's light text colour: a file has no page to inherit it from. */
  ink: INK.light,
  paper: "#ffffff",
} as const;

/** Width of the standalone SVG in user units; the PNG is drawn at `PNG_SCALE` times that. */
export const SVG_WIDTH = WIDTH + 2 * FRAME.margin;
export const PNG_SCALE = 2;
export const PNG_WIDTH = SVG_WIDTH * PNG_SCALE;

/** Returns one `<text>` of wrapped lines at `y` (the top of the first line) and the height it takes. */
function textLines(
  text: string,
  y: number,
  size: number,
  lineHeight: number,
  attrs: string,
  bold = false,
): { markup: string; height: number } {
  const lines = wrapText(text, WIDTH, size, bold);
  const x = FRAME.margin;
  // The first baseline sits about 0.8 line below the top, like the HTML line box it mirrors.
  const tspans = lines
    .map(
      (line, i) =>
        `<tspan x="${x}" y="${Math.round((y + i * lineHeight + lineHeight * 0.78) * 100) / 100}">${escapeXml(line)}</tspan>`,
    )
    .join("");
  return { markup: `<text font-size="${size}"${attrs}>${tspans}</text>`, height: lines.length * lineHeight };
}

/**
 * Returns a standalone SVG file of the chart: title, description, the chart, its notes and a source
 * line, on a white page, in the light colours. Valid XML; opens in any browser or editor.
 */
export function standaloneSvg(d: Dataset, a: Article, links: ChartLinks): { svg: string; width: number; height: number } {
  // The SVG download, the PNG and the oEmbed thumbnail size all need it: laid out once per chart.
  const key = JSON.stringify([sourceText(a), links.page]);
  const hit = standalone.get(d);
  if (hit?.key === key) return hit.result;
  const result = layOutStandalone(d, a, links);
  standalone.set(d, { key, result });
  return result;
}

/** Standalone SVGs laid out by this process, by dataset (a reloaded site in `astro dev` brings new datasets). */
const standalone = new WeakMap<Dataset, { key: string; result: { svg: string; width: number; height: number } }>();

function layOutStandalone(d: Dataset, a: Article, links: ChartLinks): { svg: string; width: number; height: number } {
  const chart = chartSvg(d);
  const size = chartSize(chart);
  const parts: string[] = [];
  let y = FRAME.margin;
  const add = (block: { markup: string; height: number }, gapAfter: number) => {
    parts.push(block.markup);
    y += block.height + gapAfter;
  };
  add(textLines(d.title, y, FRAME.titleSize, FRAME.titleLine, ` font-weight="700"`, true), 4);
  add(textLines(d.description, y, SMALL_FONT_SIZE, FRAME.textLine, ` fill="${TOKENS.muted.light}"`), FRAME.gap);
  const chartHeight = (size.height * WIDTH) / size.width;
  // overflow="visible": the chart is laid out inside its viewBox, and a clipped nested <svg> makes
  // resvg draw it on a page-sized layer and mask it, which doubled the PNG's drawing time.
  parts.push(
    chart.replace(/^<svg /, `<svg x="${FRAME.margin}" y="${y}" width="${WIDTH}" height="${chartHeight}" overflow="visible" `),
  );
  y += chartHeight + FRAME.gap;
  for (const note of chartNotes(d)) add(textLines(note, y, SMALL_FONT_SIZE, FRAME.textLine, ` fill="${TOKENS.note.light}"`), 6);
  y += FRAME.gap - 6;
  parts.push(
    `<line x1="${FRAME.margin}" x2="${FRAME.margin + WIDTH}" y1="${y - 6.5}" y2="${y - 6.5}" stroke="${TOKENS.rule.light}"/>`,
  );
  add(textLines(`Nguồn: ${sourceText(a)}.`, y, SMALL_FONT_SIZE, FRAME.textLine, ` fill="${TOKENS.muted.light}"`), 0);
  add(
    textLines(
      `Số liệu và biểu đồ: ${PROVIDER}, ${links.page}`,
      y,
      SMALL_FONT_SIZE,
      FRAME.textLine,
      ` fill="${TOKENS.muted.light}"`,
    ),
    0,
  );
  const height = Math.ceil(y + FRAME.margin);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${height}" viewBox="0 0 ${SVG_WIDTH} ${height}" ` +
    `role="img" font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}" color="${FRAME.ink}" fill="${FRAME.ink}">` +
    `<title>${escapeXml(d.title)}</title><desc>${escapeXml(`${chartSummary(d)} Nguồn: ${sourceText(a)}.`)}</desc>` +
    `<rect width="${SVG_WIDTH}" height="${height}" fill="${FRAME.paper}"/>${parts.join("")}</svg>\n`;
  return { svg, width: SVG_WIDTH, height };
}

/** Returns the size in pixels of the PNG drawn from a standalone SVG of `height` units. */
export function pngSize(svgHeight: number): { width: number; height: number } {
  return { width: PNG_WIDTH, height: Math.round(svgHeight * PNG_SCALE) };
}

// ---------------------------------------------------------------------------------------------
// Data files.

const ROLE_WORDS: Record<Figure["role"], string> = { total: "tổng", part: "phần", value: "số liệu", derived: "tính" };

/** CSV column headers, Vietnamese; the value column says its notation, since spreadsheets guess. */
export const CSV_COLUMNS = {
  key: "Khóa",
  label: "Số liệu",
  value: "Giá trị (dấu chấm thập phân)",
  date: "Ngày (năm-tháng-ngày)",
  unit: "Đơn vị",
  qualifier: "Từ ước lượng",
  text: "Cách viết",
  role: "Vai trò",
  quote: "Trích dẫn từ bài viết",
  derived: "Cách tính",
  article: "Bài viết",
  publisher: "Báo",
  published: "Ngày đăng",
  url: "Trang biểu đồ",
} as const;

/** Returns the hedge as the CSV writes it: "" for an exact figure, else the article's word. */
export function csvQualifier(q: Qualifier): string {
  return q === "exact" ? "" : q;
}

/**
 * Returns the dataset as CSV: UTF-8 with a BOM (spreadsheets then read Vietnamese), one row per
 * figure. A cell starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
 */
export function datasetCsv(d: Dataset, a: Article, links: ChartLinks): string {
  const rows = [...d.figures, ...d.derived].map((f) => [
    f.key,
    f.label,
    f.value === undefined ? "" : String(f.value),
    f.date ?? "",
    f.unit,
    csvQualifier(f.qualifier),
    f.text,
    ROLE_WORDS[f.role],
    f.quote ?? "",
    f.derived ?? "",
    a.data.title,
    a.data.publisher,
    formatDate(a.data.date),
    links.page,
  ]);
  return `\uFEFF${Papa.unparse({ fields: Object.values(CSV_COLUMNS), data: rows }, { newline: "\r\n", quotes: false, escapeFormulae: true })}\r\n`;
}

/** One figure in the JSON download. */
export interface JsonFigure {
  key: string;
  label: string;
  value?: number;
  date?: string;
  unit: string;
  qualifier: Qualifier;
  notation?: "vi" | "digits";
  text: string;
  role: Figure["role"];
  quote?: string;
  derived?: string;
}

/** The JSON download: the figures with their words, and where they come from. */
export interface DatasetJson {
  id: string;
  title: string;
  description: string;
  unit: string;
  url: string;
  embed: string;
  article: {
    title: string;
    author: string;
    publisher: string;
    publisherUrl: string;
    date: string;
    sourceUrl?: string;
    sourceNote?: string;
    url: string;
  };
  values: JsonFigure[];
  total?: { key: string; partsSum: number; note?: string };
  notes: string[];
  downloads: Record<DownloadFormat, string>;
  provider: { name: string; url: string };
}

function jsonFigure(f: Figure): JsonFigure {
  const out: JsonFigure = { key: f.key, label: f.label, unit: f.unit, qualifier: f.qualifier, text: f.text, role: f.role };
  if (f.value !== undefined) out.value = f.value;
  if (f.date !== undefined) out.date = f.date;
  if (f.notation !== undefined && f.notation !== "vi") out.notation = f.notation;
  if (f.quote !== undefined) out.quote = f.quote;
  if (f.derived !== undefined) out.derived = f.derived;
  return out;
}

/** Returns the JSON download of a dataset: every value with its unit, hedge, quote, article and URLs. */
export function datasetJson(d: Dataset, a: Article, links: ChartLinks): DatasetJson {
  const article: DatasetJson["article"] = {
    title: a.data.title,
    author: a.data.author,
    publisher: a.data.publisher,
    publisherUrl: a.data.publisherUrl,
    date: a.data.date.toISOString(),
    url: links.article,
  };
  if (a.data.sourceUrl) article.sourceUrl = a.data.sourceUrl;
  if (a.data.sourceNote) article.sourceNote = a.data.sourceNote;
  const out: DatasetJson = {
    id: d.id,
    title: d.title,
    description: d.description,
    unit: d.unit,
    url: links.page,
    embed: links.embed,
    article,
    values: [...d.figures, ...d.derived].map(jsonFigure),
    notes: d.notes,
    downloads: { csv: links.csv, json: links.json, svg: links.svg, png: links.png },
    provider: { name: PROVIDER, url: links.home },
  };
  if (d.total && d.partsSum !== undefined) {
    out.total = { key: d.total.key, partsSum: d.partsSum, ...(d.totalNote ? { note: d.totalNote } : {}) };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Embedding.

/** Returns the height in px of wrapped text at `width`, in the embed page's body text. */
function textHeight(text: string, width: number, size: number, line: number, bold = false): number {
  return wrapText(text, width, size, bold).length * size * line;
}

/** The text of the embed page's source line and download line (what `nhung.astro` prints). */
export function embedFooter(a: Article): { source: string; links: string } {
  return {
    source: `Nguồn: ${a.data.title} (${a.data.publisher}, ${formatDate(a.data.date)}). Số liệu, trích dẫn và biểu đồ: ${PROVIDER}`,
    links: `Tải về: ${DOWNLOADS.map((f) => f.toUpperCase()).join(" · ")}`,
  };
}

/** Returns the embed page's estimated content height, in px, in an iframe `frameWidth` px wide. */
export function embedHeightAt(d: Dataset, a: Article, frameWidth: number): number {
  const e = EMBED;
  const w = Math.min(frameWidth - 2 * e.padX, e.maxWidth);
  const text = (s: string) => textHeight(s, w, e.textSize, e.textLine);
  const chart = chartSize(chartSvg(d));
  const footer = embedFooter(a);
  let h = 2 * e.padY;
  h += textHeight(d.title, w, e.titleSize, e.titleLine, true) + e.titleGap;
  h += text(d.description) + e.gap;
  h += (chart.height * w) / chart.width;
  for (const note of chartNotes(d))
    h += e.gap + 2 * e.notePadY + textHeight(note, w - 2 * e.notePadX - e.noteBorder, e.textSize, e.textLine);
  h += e.gap + 1 + e.sourcePad + text(footer.source);
  h += e.linksGap + text(footer.links);
  return Math.ceil(h);
}

/** Spare pixels under the estimate: a line of text, since fonts differ from the estimate. */
const HEIGHT_SLACK = 16;

/**
 * Returns the iframe height written in the embed code: the tallest estimate over a phone and a
 * desktop width, plus a line to spare, so that without any script nothing is cut off.
 */
export function embedHeight(d: Dataset, a: Article): number {
  return Math.max(...EMBED_WIDTHS.map((w) => embedHeightAt(d, a, w))) + HEIGHT_SLACK;
}

/**
 * Returns the embed code a journalist pastes: an iframe sized at build (right without any script),
 * then the optional resize script. `src` may carry `?theme=light|dark`.
 */
export function embedCode(d: Dataset, links: ChartLinks, height: number): string {
  const iframe =
    `<iframe src="${escapeXml(links.embed)}" title="${escapeXml(`Biểu đồ: ${d.title}`)}" loading="lazy" ` +
    `height="${height}" style="width:100%;border:0" data-cot-moc="${escapeXml(d.id)}"></iframe>`;
  return `${iframe}\n<script async src="${escapeXml(links.script)}"></script>`;
}

/** The oEmbed 1.0 document of a chart (https://oembed.com/, type "rich"). */
export interface OEmbed {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** Returns the oEmbed document: the embed code, its size, and the PNG as thumbnail. */
export function oembed(d: Dataset, a: Article, links: ChartLinks): OEmbed {
  const height = embedHeight(d, a);
  const png = pngSize(standaloneSvg(d, a, links).height);
  return {
    version: "1.0",
    type: "rich",
    title: d.title,
    provider_name: PROVIDER,
    provider_url: links.home,
    html: embedCode(d, links, height),
    width: EMBED_WIDTHS[1],
    height,
    thumbnail_url: links.png,
    thumbnail_width: png.width,
    thumbnail_height: png.height,
  };
}
