/**
 * A chart as a file of its own: title, description, the chart, its notes and a source line, on a
 * white page in the light colours. Valid XML; opens in any browser or editor, and is what the PNG draws.
 */
import { chartImage, chartSummary, placeChart } from "../charts/index.ts";
import { FONT_SIZE, SMALL_FONT_SIZE, WIDTH } from "../charts/theme.ts";
import { INK, TOKENS } from "../design/palette.ts";
import { wrapText } from "../design/textMetrics.ts";
import { FONT_STACK } from "../design/typography.ts";
import { RecentMap } from "../lib/recent.ts";
import { escapeXml } from "../lib/text.ts";
import type { Article, Dataset } from "../model/types.ts";
import { FRAME_MARGIN, SVG_WIDTH } from "./imageSize.ts";
import { creditUrl, type ChartLinks } from "./links.ts";
import { correctionLine, newestFirst } from "./corrections.ts";
import { chartNotes, PROVIDER, sourceText } from "./notes.ts";

/** The standalone SVG's frame: margins, title and note sizes, in user units. */
const FRAME = {
  margin: FRAME_MARGIN,
  titleSize: 20,
  titleLine: 26,
  textLine: 19,
  gap: 14,
  /** The site's light text colour: a file has no page to inherit it from. */
  ink: INK.light,
  paper: "#ffffff",
} as const;

/** A laid-out standalone SVG and its size in user units. */
export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

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
 * Standalone SVGs laid out lately, by dataset (a reloaded site in `astro dev` brings new datasets):
 * the SVG, the PNG and the oEmbed of a chart come in separate passes of a build, so only the size of
 * each is kept for the whole build, and the SVG of the most recent few.
 */
const recent = new RecentMap<Dataset, { key: string; result: StandaloneSvg }>(64);
const heights = new WeakMap<Dataset, { key: string; height: number }>();

/** Returns the standalone SVG file of the chart (the SVG and the PNG draw it; the oEmbed needs its height). */
export function standaloneSvg(d: Dataset, a: Article, links: ChartLinks): StandaloneSvg {
  const key = JSON.stringify([sourceText(a), links.page]);
  const hit = recent.get(d);
  if (hit?.key === key) return hit.result;
  const result = layOutStandalone(d, a, links);
  recent.set(d, { key, result });
  heights.set(d, { key, height: result.height });
  return result;
}

/** Returns the height of the chart's standalone SVG in user units, laid out once per build. */
export function standaloneHeight(d: Dataset, a: Article, links: ChartLinks): number {
  const key = JSON.stringify([sourceText(a), links.page]);
  const hit = heights.get(d);
  return hit?.key === key ? hit.height : standaloneSvg(d, a, links).height;
}

function layOutStandalone(d: Dataset, a: Article, links: ChartLinks): StandaloneSvg {
  const chart = chartImage(d);
  const parts: string[] = [];
  let y = FRAME.margin;
  const add = (block: { markup: string; height: number }, gapAfter: number) => {
    parts.push(block.markup);
    y += block.height + gapAfter;
  };
  const small = (text: string, fill: string) => textLines(text, y, SMALL_FONT_SIZE, FRAME.textLine, ` fill="${fill}"`);
  add(textLines(d.headline, y, FRAME.titleSize, FRAME.titleLine, ` font-weight="700"`, true), 4);
  add(small(d.description, TOKENS.muted.light), FRAME.gap);
  const chartHeight = (chart.height * WIDTH) / chart.width;
  // overflow="visible": the chart is laid out inside its viewBox, and a clipped nested <svg> makes
  // resvg draw it on a page-sized layer and mask it, which doubled the PNG's drawing time.
  parts.push(placeChart(chart, { x: FRAME.margin, y, width: WIDTH, height: chartHeight, overflow: "visible" }));
  y += chartHeight + FRAME.gap;
  for (const note of chartNotes(d)) add(small(note, TOKENS.note.light), 6);
  y += FRAME.gap - 6;
  parts.push(
    `<line x1="${FRAME.margin}" x2="${FRAME.margin + WIDTH}" y1="${y - 6.5}" y2="${y - 6.5}" stroke="${TOKENS.rule.light}"/>`,
  );
  add(small(`Nguồn: ${sourceText(a)}.`, TOKENS.muted.light), 0);
  const credit = creditUrl(links);
  add(small(`Số liệu và biểu đồ: ${PROVIDER}${credit ? `, ${credit}` : ""}`, TOKENS.muted.light), 0);
  // Each correction of the chart's figures, newest first, in the notes' colour.
  const corrections = newestFirst(d.corrections).map(correctionLine);
  for (const line of corrections) add(small(line, TOKENS.note.light), 0);
  const height = Math.ceil(y + FRAME.margin);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${height}" viewBox="0 0 ${SVG_WIDTH} ${height}" ` +
    `role="img" font-family="${FONT_STACK}" font-size="${FONT_SIZE}" color="${FRAME.ink}" fill="${FRAME.ink}">` +
    `<title>${escapeXml(d.headline)}</title><desc>${escapeXml([`${chartSummary(d)} Nguồn: ${sourceText(a)}.`, ...corrections].join(" "))}</desc>` +
    `<rect width="${SVG_WIDTH}" height="${height}" fill="${FRAME.paper}"/>${parts.join("")}</svg>\n`;
  return { svg, width: SVG_WIDTH, height };
}
