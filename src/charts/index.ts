/**
 * Charts: one module per kind, each a pure function from a validated dataset to SVG markup.
 * `renderChartSvgs` picks the kind, draws the chart for a wide column and for a phone in one render,
 * finishes the SVGs (accessibility, validity, determinism) and remembers them, so a chart placed on
 * several pages (article, chart page, embed page, downloads) is rendered once per build.
 */
import type { Dataset } from "../lib/site.ts";
import type { ChartKind } from "../schemas/dataset.ts";
import { drawBars } from "./bars.ts";
import { chartCacheKey, floorMarkup, isChartFloor, logChartRender, readCachedChart, writeCachedChart } from "./cache.ts";
import { drawCompare } from "./compare.ts";
import { drawNumber } from "./number.ts";
import { finishSvg } from "./postprocess.ts";
import { drawStack } from "./stack.ts";
import { chartSummary } from "./summary.ts";
import { NARROW_WIDTH, WIDTH } from "./theme.ts";

export { chartSummary } from "./summary.ts";
export { CHART_CSS, NARROW_WIDTH, WIDTH } from "./theme.ts";

export interface ChartOptions {
  /** Draw as this kind instead of the dataset's own. */
  kind?: ChartKind | undefined;
  /** Keys of the figures to highlight. */
  emphasis?: readonly string[] | undefined;
  /** Design width in SVG units: `WIDTH` (640) by default, `NARROW_WIDTH` for the phone variant. */
  width?: number | undefined;
}

const drawers: Record<Exclude<ChartKind, "table">, (d: Dataset, o: ChartOptions) => SVGSVGElement | undefined> = {
  bars: (d, o) => drawBars(d, { emphasis: o.emphasis ?? [], width: o.width }),
  stack: (d, o) => drawStack(d, o.width),
  number: (d, o) => drawNumber(d, o.width),
  compare: (d, o) => drawCompare(d, { emphasis: o.emphasis ?? [], width: o.width }),
};

/** A chart as the site places it: drawn for a wide column and for a phone, in one render. */
export interface ChartSvgs {
  /** `WIDTH` wide (640 SVG units). */
  wide: string;
  /** `NARROW_WIDTH` wide (360), for phones. */
  narrow: string;
}

/** The widths every chart is drawn at, together, by one render. */
const VARIANTS = [WIDTH, NARROW_WIDTH] as const;
const EMPTY: ChartSvgs = { wide: "", narrow: "" };

/** Charts rendered by this process, by identity: a chart placed on several pages is drawn once. */
const rendered = new Map<string, ChartSvgs>();

/**
 * Returns the identity of a chart: everything its bytes depend on besides the code. The whole
 * dataset, not only its figures: a changed title or note must not serve a stale chart.
 */
function identityOf(d: Dataset, kind: ChartKind, emphasis: readonly string[], width: number | readonly number[]): string {
  return JSON.stringify([d.id, kind, [...emphasis].sort(), width, d]);
}

/** Draws one width of a chart, finished (accessible, valid, deterministic), or "" when there is nothing to draw. */
function drawOne(dataset: Dataset, kind: Exclude<ChartKind, "table">, emphasis: readonly string[], width: number): string {
  const svg = drawers[kind](dataset, { emphasis, width });
  return svg ? finishSvg(svg, { title: dataset.title, description: chartSummary(dataset) }) : "";
}

/** Returns the cached pair of SVGs, or undefined when the entry is missing or unreadable. */
function readCachedSvgs(key: string): ChartSvgs | undefined {
  const text = readCachedChart(key);
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text) as Partial<ChartSvgs>;
    return typeof v.wide === "string" && typeof v.narrow === "string" ? { wide: v.wide, narrow: v.narrow } : undefined;
  } catch {
    return undefined; // a damaged entry is a miss
  }
}

/**
 * Returns the dataset's chart at both widths as inline SVG markup ("" for a table-only dataset or
 * one with nothing to draw). One render per chart and options per build: memoized in this process,
 * and read back from the persistent cache (cache.ts) when an earlier build drew the same chart with
 * the same code. The same dataset and options always give the same bytes.
 */
export function renderChartSvgs(dataset: Dataset, options: Omit<ChartOptions, "width"> = {}): ChartSvgs {
  const kind = options.kind ?? dataset.kind;
  if (kind === "table") return EMPTY;
  const emphasis = options.emphasis ?? [];
  const identity = identityOf(dataset, kind, emphasis, VARIANTS);
  const hit = rendered.get(identity);
  if (hit) return hit;
  const key = chartCacheKey(identity);
  // The benchmark's floor: inert markup of each width's drawn size, nothing drawn.
  let svgs: ChartSvgs | undefined = isChartFloor()
    ? {
        wide: floorMarkup(identityOf(dataset, kind, emphasis, WIDTH)),
        narrow: floorMarkup(identityOf(dataset, kind, emphasis, NARROW_WIDTH)),
      }
    : readCachedSvgs(key);
  if (!svgs) {
    const [wide, narrow] = VARIANTS.map((w) => drawOne(dataset, kind, emphasis, w));
    svgs = { wide: wide ?? "", narrow: narrow ?? "" };
    writeCachedChart(key, JSON.stringify(svgs));
    logChartRender(key, dataset.id, [
      [identityOf(dataset, kind, emphasis, WIDTH), svgs.wide],
      [identityOf(dataset, kind, emphasis, NARROW_WIDTH), svgs.narrow],
    ]);
  }
  rendered.set(identity, svgs);
  return svgs;
}

/**
 * Returns the dataset's chart at one width (`WIDTH` by default) as inline SVG markup, or "" for a
 * table-only dataset. The two standard widths come from `renderChartSvgs` (one render for both);
 * any other width is drawn on demand and not cached (the site uses none).
 */
export function renderChart(dataset: Dataset, options: ChartOptions = {}): string {
  const width = options.width ?? WIDTH;
  if (width === WIDTH) return renderChartSvgs(dataset, options).wide;
  if (width === NARROW_WIDTH) return renderChartSvgs(dataset, options).narrow;
  const kind = options.kind ?? dataset.kind;
  return kind === "table" ? "" : drawOne(dataset, kind, options.emphasis ?? [], width);
}

/**
 * Returns the benchmark floor's stand-in for `renderChart(dataset, options)`: inert markup of the
 * drawn chart's byte size, without drawing (see `floorMarkup` in cache.ts).
 */
export function chartPlaceholder(dataset: Dataset, options: ChartOptions = {}): string {
  const kind = options.kind ?? dataset.kind;
  if (kind === "table") return "";
  return floorMarkup(identityOf(dataset, kind, options.emphasis ?? [], options.width ?? WIDTH));
}

/** Forgets every rendered chart (for `astro dev` and tests). */
export function clearChartCache(): void {
  rendered.clear();
}
