/** The chart kinds, one drawer each, and drawing one width of a chart, finished. */
import type { Dataset } from "../model/types.ts";
import type { ChartKind } from "../model/schemas/dataset.ts";
import { drawBars } from "./bars.ts";
import { drawCompare } from "./compare.ts";
import { drawFigureList } from "./list.ts";
import { drawNumber } from "./number.ts";
import { finishSvg, type DrawnChart } from "./postprocess.ts";
import { drawGroups } from "./groups.ts";
import { drawSplitSum, drawStack } from "./stack.ts";
import { chartSummary } from "./summary.ts";

/** What a drawer is given besides the dataset. */
export interface DrawOptions {
  emphasis: readonly string[];
  /** Design width in SVG units. */
  width: number;
}

/** One drawer per chart kind: Plot's (or a hand-built) raw SVG element, or undefined when there is nothing to draw. */
const drawers: Record<ChartKind, (d: Dataset, o: DrawOptions) => SVGSVGElement | undefined> = {
  bars: (d, o) => drawBars(d, o),
  stack: (d, o) => drawStack(d, o.width),
  groups: (d, o) => drawGroups(d, o),
  split: (d, o) => drawSplitSum(d, o.width),
  number: (d, o) => drawNumber(d, o.width),
  compare: (d, o) => drawCompare(d, o),
  table: (d, o) => drawFigureList(d, o.width),
};

/** Nothing drawn. */
export const NOTHING: DrawnChart = { svg: "", width: 0, height: 0 };

/** Draws one width of a chart as `kind`, finished (accessible, valid, deterministic), or `NOTHING`. */
export function drawChart(dataset: Dataset, kind: ChartKind, emphasis: readonly string[], width: number): DrawnChart {
  const svg = drawers[kind](dataset, { emphasis, width });
  return svg ? finishSvg(svg, { title: dataset.headline, description: chartSummary(dataset) }) : NOTHING;
}
