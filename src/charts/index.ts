/**
 * Charts: one module per kind, each a pure function from a validated dataset to SVG markup.
 * `renderChart` picks the kind, finishes the SVG (accessibility, validity, determinism) and
 * remembers the result, so a chart placed on several pages is drawn once per build.
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
import { WIDTH } from "./theme.ts";

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

const rendered = new Map<string, string>();

function cacheKey(d: Dataset, kind: ChartKind, emphasis: readonly string[], width: number): string {
  // The whole dataset, not only its figures: a changed title or note must not serve a stale chart.
  return JSON.stringify([d.id, kind, [...emphasis].sort(), width, d]);
}

/**
 * Returns the dataset's chart as inline SVG markup, or "" for a table-only dataset (or one with
 * nothing to draw). The same dataset and options always give the same bytes.
 */
export function renderChart(dataset: Dataset, options: ChartOptions = {}): string {
  const kind = options.kind ?? dataset.kind;
  if (kind === "table") return "";
  const emphasis = options.emphasis ?? [];
  const width = options.width ?? WIDTH;
  const key = cacheKey(dataset, kind, emphasis, width);
  const hit = rendered.get(key);
  if (hit !== undefined) return hit;
  // Drawn by an earlier build with the same data, options and code: read back, not redrawn.
  const stored = chartCacheKey(key);
  let markup = isChartFloor() ? floorMarkup(key) : readCachedChart(stored);
  if (markup === undefined) {
    const svg = drawers[kind](dataset, { emphasis, width });
    markup = svg ? finishSvg(svg, { title: dataset.title, description: chartSummary(dataset) }) : "";
    writeCachedChart(stored, markup);
    logChartRender(stored, key, dataset.id, markup);
  }
  rendered.set(key, markup);
  return markup;
}

/**
 * Returns the benchmark floor's stand-in for `renderChart(dataset, options)`: inert markup of the
 * drawn chart's byte size, without drawing (see `floorMarkup` in cache.ts).
 */
export function chartPlaceholder(dataset: Dataset, options: ChartOptions = {}): string {
  const kind = options.kind ?? dataset.kind;
  if (kind === "table") return "";
  return floorMarkup(cacheKey(dataset, kind, options.emphasis ?? [], options.width ?? WIDTH));
}

/** Forgets every rendered chart (for `astro dev` and tests). */
export function clearChartCache(): void {
  rendered.clear();
}
