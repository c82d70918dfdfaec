/**
 * Charts: one module per kind, each a pure function from a validated dataset to SVG markup.
 * `renderChart` picks the kind, finishes the SVG (accessibility, validity, determinism) and
 * remembers the result, so a chart placed on several pages is drawn once per build.
 */
import type { Dataset } from "../lib/site.ts";
import type { ChartKind } from "../schemas/dataset.ts";
import { drawBars } from "./bars.ts";
import { drawCompare } from "./compare.ts";
import { drawNumber } from "./number.ts";
import { finishSvg } from "./postprocess.ts";
import { drawStack } from "./stack.ts";
import { chartSummary } from "./summary.ts";

export { chartSummary } from "./summary.ts";
export { CHART_CSS } from "./theme.ts";

export interface ChartOptions {
  /** Draw as this kind instead of the dataset's own. */
  kind?: ChartKind | undefined;
  /** Keys of the figures to highlight. */
  emphasis?: readonly string[] | undefined;
}

const drawers: Record<Exclude<ChartKind, "table">, (d: Dataset, o: ChartOptions) => SVGSVGElement | undefined> = {
  bars: (d, o) => drawBars(d, { emphasis: o.emphasis ?? [] }),
  stack: (d) => drawStack(d),
  number: (d) => drawNumber(d),
  compare: (d, o) => drawCompare(d, { emphasis: o.emphasis ?? [] }),
};

const rendered = new Map<string, string>();

function cacheKey(d: Dataset, kind: ChartKind, emphasis: readonly string[]): string {
  // The whole dataset, not only its figures: a changed title or note must not serve a stale chart.
  return JSON.stringify([d.id, kind, [...emphasis].sort(), d]);
}

/**
 * Returns the dataset's chart as inline SVG markup, or "" for a table-only dataset (or one with
 * nothing to draw). The same dataset and options always give the same bytes.
 */
export function renderChart(dataset: Dataset, options: ChartOptions = {}): string {
  const kind = options.kind ?? dataset.kind;
  if (kind === "table") return "";
  const emphasis = options.emphasis ?? [];
  const key = cacheKey(dataset, kind, emphasis);
  const hit = rendered.get(key);
  if (hit !== undefined) return hit;
  const svg = drawers[kind](dataset, { emphasis });
  const markup = svg ? finishSvg(svg, { title: dataset.title, description: chartSummary(dataset) }) : "";
  rendered.set(key, markup);
  return markup;
}

/** Forgets every rendered chart (for `astro dev` and tests). */
export function clearChartCache(): void {
  rendered.clear();
}
