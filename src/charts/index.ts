/**
 * Charts: one module per kind (draw.ts lists them), each a pure function from a validated dataset
 * to SVG. `renderChartSvgs` draws a chart for a wide column and for a phone in one render and
 * remembers it across builds (cache.ts), and the recent ones in memory, so a chart placed on several
 * pages (article, chart page, embed page, downloads) is rendered once per build.
 */
import type { ChartKind } from "../model/schemas/dataset.ts";
import type { Dataset } from "../model/types.ts";
import { RecentMap } from "../lib/recent.ts";
import { chartCacheKey, readCachedChart, writeCachedChart } from "./cache.ts";
import { drawChart, NOTHING } from "./draw.ts";
import type { DrawnChart } from "./postprocess.ts";
import { NARROW_WIDTH, WIDTH } from "./theme.ts";

export { CHART_CSS } from "./chartCss.ts";
export { placeChart, type DrawnChart } from "./postprocess.ts";
export { chartSummary } from "./summary.ts";
export { NARROW_UP_TO, NARROW_WIDTH, WIDTH } from "./theme.ts";

export interface ChartOptions {
  /** Draw as this kind instead of the dataset's own. */
  kind?: ChartKind | undefined;
  /** Keys of the figures to highlight. */
  emphasis?: readonly string[] | undefined;
  /** Design width in SVG units: `WIDTH` (640) by default, `NARROW_WIDTH` for the phone variant. */
  width?: number | undefined;
}

/** A chart as the site places it: drawn for a wide column and for a phone, in one render. */
export interface ChartSvgs {
  /** `WIDTH` wide (640 SVG units). */
  wide: DrawnChart;
  /** `NARROW_WIDTH` wide (360), for phones. */
  narrow: DrawnChart;
}

/** The widths every chart is drawn at, together, by one render. */
const VARIANTS = [WIDTH, NARROW_WIDTH] as const;
const EMPTY: ChartSvgs = { wide: NOTHING, narrow: NOTHING };

/**
 * Charts this process used lately, by the hash of their identity (a whole dataset). A chart placed on
 * several pages is drawn once (cache.ts keeps every drawing on disk); only the recent ones stay in
 * memory, where a site's worth of SVG would hold 80 MB at 2,000 articles.
 */
export const RECENT_CHARTS = 512;
const rendered = new RecentMap<string, ChartSvgs>(RECENT_CHARTS);
/** Table-only datasets drawn as images by this process lately, by the hash of the dataset. */
const lists = new RecentMap<string, ChartSvgs>(128);

/**
 * Returns the identity of a chart: everything its bytes depend on besides the code. The whole
 * dataset, not only its figures: a changed title or note must not serve a stale chart.
 */
function identityOf(d: Dataset, kind: ChartKind, emphasis: readonly string[], width: number | readonly number[]): string {
  return JSON.stringify([d.id, kind, [...emphasis].sort(), width, d]);
}

function isDrawn(v: unknown): v is DrawnChart {
  const c = v as Partial<DrawnChart> | undefined;
  return typeof c?.svg === "string" && typeof c.width === "number" && typeof c.height === "number";
}

/** Returns the cached pair of drawings, or undefined when the entry is missing or unreadable. */
function readCachedSvgs(key: string): ChartSvgs | undefined {
  const text = readCachedChart(key);
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text) as Partial<ChartSvgs>;
    return isDrawn(v.wide) && isDrawn(v.narrow) ? { wide: v.wide, narrow: v.narrow } : undefined;
  } catch {
    return undefined; // a damaged entry is a miss
  }
}

/**
 * Returns the dataset's chart at both widths, as inline SVG markup with its size (`NOTHING` for a
 * table-only dataset, whose page shows its table, or one with nothing to draw). One render per
 * chart and options per build; the same dataset and options always give the same bytes.
 */
export function renderChartSvgs(dataset: Dataset, options: Omit<ChartOptions, "width"> = {}): ChartSvgs {
  const kind = options.kind ?? dataset.kind;
  if (kind === "table") return EMPTY;
  const emphasis = options.emphasis ?? [];
  const key = chartCacheKey(identityOf(dataset, kind, emphasis, VARIANTS));
  const hit = rendered.get(key);
  if (hit) return hit;
  let svgs = readCachedSvgs(key);
  if (!svgs) {
    const [wide = NOTHING, narrow = NOTHING] = VARIANTS.map((w) => drawChart(dataset, kind, emphasis, w));
    svgs = { wide, narrow };
    writeCachedChart(key, JSON.stringify(svgs));
  }
  rendered.set(key, svgs);
  return svgs;
}

/**
 * Returns the dataset's chart at one width (`WIDTH` by default) as inline SVG markup, or "" for a
 * table-only dataset. The two standard widths come from `renderChartSvgs` (one render for both);
 * any other width is drawn on demand and not cached (the site uses none).
 */
export function renderChart(dataset: Dataset, options: ChartOptions = {}): string {
  const width = options.width ?? WIDTH;
  if (width === WIDTH) return renderChartSvgs(dataset, options).wide.svg;
  if (width === NARROW_WIDTH) return renderChartSvgs(dataset, options).narrow.svg;
  const kind = options.kind ?? dataset.kind;
  return kind === "table" ? "" : drawChart(dataset, kind, options.emphasis ?? [], width).svg;
}

/** Returns the dataset's chart as an image (files): its own kind, wide, or else its list of figures. */
export function chartImage(d: Dataset): DrawnChart {
  return chartImages(d).wide;
}

/**
 * Returns the dataset's chart as images at both widths (embeds show one by the column's width, as
 * articles do): its own kind, or else its list of figures.
 */
export function chartImages(d: Dataset): ChartSvgs {
  const drawn = renderChartSvgs(d);
  if (drawn.wide.svg) return drawn;
  const key = chartCacheKey(JSON.stringify(d));
  let list = lists.get(key);
  if (!list) {
    const [wide = NOTHING, narrow = NOTHING] = VARIANTS.map((w) => drawChart(d, "table", [], w));
    lists.set(key, (list = { wide, narrow }));
  }
  return list;
}

/** Forgets every rendered chart (for `astro dev` and tests). */
export function clearChartCache(): void {
  rendered.clear();
  lists.clear();
}
