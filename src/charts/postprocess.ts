/**
 * Turns an SVG element (Plot's output or one built by hand) into the inline SVG the site ships:
 * an image with a title and a description for screen readers, valid in an HTML5 page (the Nu
 * checker rejects Plot's `font-variant` and `aria-label` on `<g>`), free of ids so a chart can
 * appear twice on a page, scaled by its viewBox, and byte-identical for identical input.
 */
import { attributesInOrder, chartDocument } from "./document.ts";
import { FONT_STACK } from "../design/typography.ts";
import { FONT_SIZE } from "./theme.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Elements left out (Plot's styles and clip paths, anything scripted or embedded), with what they hold. */
const DROPPED_ELEMENTS = new Set(["style", "script", "clippath", "mask", "filter", "foreignobject"]);
/** Attributes that only make sense with ids, or that the checker rejects, removed everywhere. */
const DROPPED = ["id", "clip-path", "mask", "filter", "class"];
/** ARIA attributes Plot puts on its groups; the root is an image, its children are not exposed. */
const ARIA = ["aria-label", "aria-description", "aria-hidden", "aria-roledescription"];
/** Paint attributes moved into `style` when they hold a custom property (`var(...)`). */
const PAINTS = ["fill", "stroke", "color"];
/** Geometry attributes whose long decimals are rounded (to 0.01 unit). */
const GEOMETRY = new Set([
  "d",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "width",
  "height",
  "transform",
  "points",
  "cx",
  "cy",
  "r",
  "dx",
  "dy",
]);

export interface ChartText {
  /** The chart's title: the root's accessible name and its `<title>`. */
  title: string;
  /** What the chart shows, value by value: the `<desc>`. */
  description: string;
}

function round(value: string): string {
  return value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

/**
 * Returns an element's attributes as the site ships them: ids, clipping and classes dropped (but on
 * the root), ARIA dropped from elements without a role, Plot's `font-variant` and paints holding a
 * custom property moved into `style`, long decimals in geometry rounded. Works on the list read from
 * the element (`attributesInOrder`, a fresh list it may change), never on the element itself,
 * which is much slower.
 */
function tidyAttributes(attrs: [string, string][], isRoot: boolean): [string, string][] {
  if (!isRoot) {
    const noRole = !attrs.some(([n]) => n === "role");
    attrs = attrs.filter(([n]) => !DROPPED.includes(n) && !(noRole && ARIA.includes(n)));
  }
  const take = (name: string): string | undefined => {
    const i = attrs.findIndex(([n]) => n === name);
    if (i < 0) return undefined;
    const [[, value] = ["", ""]] = attrs.splice(i, 1);
    return value;
  };
  const styles: string[] = [];
  const variant = take("font-variant");
  if (variant !== undefined) {
    styles.push(variant === "tabular-nums" ? "font-variant-numeric:tabular-nums" : `font-variant:${variant}`);
  }
  for (const name of PAINTS) {
    if (attrs.find(([n]) => n === name)?.[1].includes("var(")) styles.push(`${name}:${take(name)}`);
  }
  if (styles.length) {
    const style = attrs.find(([n]) => n === "style");
    const own = style?.[1].trim().replace(/;$/, "");
    const value = [own, ...styles].filter(Boolean).join(";");
    if (style) style[1] = value;
    else attrs.push(["style", value]);
  }
  for (const attr of attrs) if (GEOMETRY.has(attr[0])) attr[1] = round(attr[1]);
  return attrs;
}

function escapeText(s: string): string {
  return /[&<>]/.test(s) ? s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : s;
}

function escapeAttribute(s: string): string {
  return /[&<>"]/.test(s) ? escapeText(s).replace(/"/g, "&quot;") : s;
}

/**
 * Returns `node` as markup that is both HTML5 (inline SVG) and XML: every `<`, `&`, `"` escaped.
 * Every element's attributes are tidied on the way (`tidyAttributes`); `DROPPED_ELEMENTS` are left out.
 */
function serialize(node: Node, isRoot = false): string {
  if (node.nodeType === node.TEXT_NODE) return escapeText((node as Text).data);
  if (node.nodeType !== node.ELEMENT_NODE) return "";
  const el = node as Element;
  if (DROPPED_ELEMENTS.has(el.localName.toLowerCase())) return "";
  const attrs = tidyAttributes(attributesInOrder(el), isRoot)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
  let inner = "";
  for (let child = el.firstChild; child; child = child.nextSibling) inner += serialize(child);
  return inner ? `<${el.localName}${attrs}>${inner}</${el.localName}>` : `<${el.localName}${attrs}/>`;
}

/** A finished chart: its markup and its size in SVG user units (its viewBox). */
export interface DrawnChart {
  svg: string;
  width: number;
  height: number;
}

/** Returns the chart as accessible, valid, deterministic inline SVG markup, with its size. */
export function finishSvg(svg: Element, text: ChartText): DrawnChart {
  const doc = chartDocument();
  // DROPPED_ELEMENTS are left out as the tree is serialized (one pass, no selector matching).

  // The root, attribute by attribute in a fixed order; width and height go: the viewBox scales it.
  const viewBox = svg.getAttribute("viewBox") ?? `0 0 ${svg.getAttribute("width")} ${svg.getAttribute("height")}`;
  const keep = { fill: svg.getAttribute("fill") ?? "currentColor", "text-anchor": svg.getAttribute("text-anchor") };
  for (const attr of [...svg.attributes]) svg.removeAttribute(attr.name);
  const root: Record<string, string | null> = {
    xmlns: SVG_NS,
    class: "cm-chart",
    role: "img",
    "aria-label": text.title,
    viewBox,
    fill: keep.fill,
    "font-family": FONT_STACK,
    "font-size": String(FONT_SIZE),
    "text-anchor": keep["text-anchor"],
  };
  for (const [name, value] of Object.entries(root)) if (value !== null) svg.setAttribute(name, value);

  const title = doc.createElementNS(SVG_NS, "title");
  title.textContent = text.title;
  const desc = doc.createElementNS(SVG_NS, "desc");
  desc.textContent = text.description;
  svg.prepend(title, desc);
  // Attributes, the root's included, are tidied as they are serialized.
  const [, , width = 0, height = 0] = viewBox.split(/\s+/).map(Number);
  return { svg: serialize(svg, true), width, height };
}

/**
 * Returns a finished chart's markup with `attributes` first on its root: how a frame places the
 * chart (x, y, width, height). The root is always `<svg ` (this module's serializer writes it).
 */
export function placeChart(chart: DrawnChart, attributes: Record<string, string | number>): string {
  const placed = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(String(value))}"`)
    .join(" ");
  return `<svg ${placed} ${chart.svg.slice("<svg ".length)}`;
}
