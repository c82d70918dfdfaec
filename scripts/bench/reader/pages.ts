/**
 * The pages measured and the data their charts are drawn from: an article page and a chart page of
 * the built site (the largest of each by default), with, for every chart on them, the dataset and
 * the options the page drew it with (the article's `<Chart>` tags), read from our own content.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { drawChart } from "../../../src/charts/draw.ts";
import { WIDTH } from "../../../src/charts/theme.ts";
import { loadSite } from "../../../src/model/readSite.ts";
import type { ChartKind } from "../../../src/model/schemas/dataset.ts";
import { chartOptionsInMdx, type ChartSpec } from "./peers.ts";

export interface MeasuredPage {
  /** "chart" or "article". */
  role: "chart" | "article";
  /** URL path under the site's root, with a trailing slash ("bieu-do/x/"). */
  path: string;
}

/** Returns the folder under `dir` whose index.html is largest (ties: by name). */
function largestPage(dist: string, dir: string): string {
  const sizes = readdirSync(join(dist, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ name: e.name, size: statSync(join(dist, dir, e.name, "index.html"), { throwIfNoEntry: false })?.size ?? 0 }))
    .filter((e) => e.size > 0)
    .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  const first = sizes[0];
  if (!first) throw new Error(`bench:reader: không có trang nào trong ${join(dist, dir)}`);
  return first.name;
}

/** Returns the pages to measure: the given ones, or the largest article and chart pages of `dist`. */
export function measuredPages(dist: string, chart?: string, article?: string): MeasuredPage[] {
  return [
    { role: "chart", path: `bieu-do/${chart ?? largestPage(dist, "bieu-do")}/` },
    { role: "article", path: `bai-viet/${article ?? largestPage(dist, "bai-viet")}/` },
  ];
}

/**
 * Returns every chart's spec by dataset id: the dataset as JSON (what the peer page inlines) and the
 * options the article's `<Chart>` tag gives it (a chart page draws the dataset's own kind, no
 * emphasis; an article naming other options is listed apart, since one id has one spec here).
 * `checks` gets, per chart, whether the dataset read back from its JSON draws, in Node, exactly the
 * SVG our page holds: the peer is given the data our chart is drawn from.
 */
export function chartSpecs(root: string): { specs: Map<string, ChartSpec>; articleSpecs: Map<string, ChartSpec> } {
  const site = loadSite(root);
  const specs = new Map<string, ChartSpec>();
  const articleSpecs = new Map<string, ChartSpec>();
  for (const d of site.datasets) {
    const dataset = JSON.parse(JSON.stringify(d)) as unknown;
    specs.set(d.id, { id: d.id, kind: d.kind, emphasis: [], dataset });
  }
  for (const a of site.articles) {
    const mdx = readFileSync(join(root, "content", "articles", `${a.slug}.mdx`), "utf8");
    for (const [id, o] of chartOptionsInMdx(mdx)) {
      const own = specs.get(id);
      if (own) articleSpecs.set(id, { ...own, kind: o.kind ?? own.kind, emphasis: o.emphasis });
    }
  }
  return { specs, articleSpecs };
}

/** Returns how many of the page's charts the specs redraw, in Node, byte for byte as the page holds them. */
export function sameMarks(html: string, ids: readonly string[], specs: ReadonlyMap<string, ChartSpec>): number {
  let same = 0;
  // The page places each chart with its aspect ratio on the root (ChartMarks.astro); the drawing is the rest.
  const drawn = html.replace(/<svg style="aspect-ratio:[^"]*" /g, "<svg ");
  for (const id of ids) {
    const s = specs.get(id);
    if (!s) continue;
    const svg = drawChart(s.dataset as Parameters<typeof drawChart>[0], s.kind as ChartKind, s.emphasis, WIDTH).svg;
    if (svg && drawn.includes(svg)) same++;
  }
  return same;
}
