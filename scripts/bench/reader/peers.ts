/**
 * The peer pages: our built page with each chart's inline SVG taken out and an empty container put
 * in its place, holding the chart's data, drawn in the browser by a module script. Text, CSS,
 * fonts and every other element stay as built, so only the way the chart is drawn differs.
 */
import { parseHTML } from "linkedom";

/** What a container needs to draw its chart: the dataset and the options the page drew it with. */
export interface ChartSpec {
  id: string;
  kind: string;
  emphasis: string[];
  dataset: unknown;
}

export interface PeerPage {
  html: string;
  /** The ids of the charts taken out, in page order. */
  charts: string[];
}

/** Returns `json` safe inside a `<script>` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** Returns the outermost chart SVGs under `root` (an SVG inside another is part of it). */
function chartSvgs(root: Element): Element[] {
  return [...root.querySelectorAll("svg")].filter((svg) => !svg.parentElement?.closest("svg"));
}

/**
 * Returns the page with every chart figure's drawings (its SVGs and their wrappers, the figure's
 * children that hold them) replaced by one `<div data-peer-chart>` holding `specs[id]` as JSON,
 * and `script` (a module's URL) loaded at the end of the body. A figure with no SVG (a table-only
 * dataset) stays as it is. Throws when a drawn chart has no spec.
 */
export function peerPage(html: string, specs: ReadonlyMap<string, ChartSpec>, script: string): PeerPage {
  const { document } = parseHTML(html);
  const charts: string[] = [];
  for (const figure of document.querySelectorAll("figure[data-chart]")) {
    const id = figure.getAttribute("data-chart") ?? "";
    const holders = new Set<Element>();
    for (const svg of chartSvgs(figure)) {
      let el: Element = svg;
      while (el.parentElement && el.parentElement !== figure) el = el.parentElement;
      holders.add(el);
    }
    const [first, ...rest] = holders;
    if (!first) continue;
    const spec = specs.get(id);
    if (!spec) throw new Error(`bench:reader: không có dữ liệu cho biểu đồ "${id}"`);
    const container = document.createElement("div");
    container.className = "cm-peer-chart";
    container.setAttribute("data-peer-chart", id);
    const data = document.createElement("script");
    data.setAttribute("type", "application/json");
    data.textContent = scriptJson({ dataset: spec.dataset, kind: spec.kind, emphasis: spec.emphasis });
    container.append(data);
    first.replaceWith(container);
    for (const el of rest) el.remove();
    charts.push(id);
  }
  const module = document.createElement("script");
  module.setAttribute("type", "module");
  module.setAttribute("src", script);
  document.body.append(module);
  return { html: document.toString(), charts };
}

/** Returns the Chart tags' options in an article's MDX, by dataset id (`kind`, `emphasis`). */
export function chartOptionsInMdx(mdx: string): Map<string, { kind?: string; emphasis: string[] }> {
  const out = new Map<string, { kind?: string; emphasis: string[] }>();
  for (const tag of mdx.matchAll(/<Chart\b([^>]*?)\/?>/g)) {
    const attrs = new Map([...(tag[1] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
    const id = attrs.get("id");
    if (!id) continue;
    const emphasis = attrs.get("emphasis");
    const kind = attrs.get("kind");
    out.set(id, {
      ...(kind ? { kind } : {}),
      emphasis: emphasis ? emphasis.split(/\s*,\s*/).filter(Boolean) : [],
    });
  }
  return out;
}
