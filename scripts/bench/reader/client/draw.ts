/**
 * The peers' chart script: draws every chart of the page in the browser with the site's own chart
 * code (src/charts/draw.ts: Plot + d3, then the same finishing), from the dataset inlined in the
 * page, at the width the site would pick for the container (NARROW_UP_TO). The peer page leaves an
 * empty `<div data-peer-chart>` holding `<script type="application/json">` {dataset, kind, emphasis}.
 */
import { drawChart } from "../../../../src/charts/draw.ts";
import { NARROW_UP_TO, NARROW_WIDTH, WIDTH } from "../../../../src/charts/theme.ts";
import type { Dataset } from "../../../../src/model/types.ts";
import type { ChartKind } from "../../../../src/model/schemas/dataset.ts";

export interface PeerChartSpec {
  dataset: Dataset;
  kind: ChartKind;
  emphasis: string[];
}

/** Draws one chart into its container, replacing the data script. */
export function drawInto(container: HTMLElement, spec: PeerChartSpec): void {
  const width = container.clientWidth <= NARROW_UP_TO ? NARROW_WIDTH : WIDTH;
  container.innerHTML = drawChart(spec.dataset, spec.kind, spec.emphasis, width).svg;
}

/** Draws every chart container of the page, in document order. */
export function drawAll(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>("[data-peer-chart]")) {
    const json = el.querySelector("script")?.textContent ?? "{}";
    drawInto(el, JSON.parse(json) as PeerChartSpec);
  }
}
