/**
 * The one DOM document of the process, used as Plot's `document` option and to build the SVG of
 * charts Plot does not draw. Created on first use: a page without charts never pays for it.
 *
 * It is linkedom's, not jsdom's: charts only build and read trees (no layout, no events, no
 * parsing), and linkedom does that in a third less time per chart and creates its document in 1/5
 * of the time jsdom's window takes (BENCHMARKS.md). The output is the same bytes with either: 600
 * renders compared when the switch was made.
 */
import { parseHTML } from "linkedom";

const SVG_NS = "http://www.w3.org/2000/svg";

let shared: Document | undefined;

/** Returns the shared document, creating it on first call. */
export function chartDocument(): Document {
  // linkedom's types are its own classes; they implement what Plot and these modules use of the DOM's.
  shared ??= parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
  return shared;
}

/** An attribute value; `undefined` leaves the attribute out. */
export type AttributeValue = string | number | undefined;

/**
 * Returns a new SVG element with these attributes (in the given order) and children; a string
 * child becomes text (escaped when serialized, never parsed as markup).
 */
export function svgElement(
  tag: string,
  attributes: Record<string, AttributeValue> = {},
  children: ReadonlyArray<Element | string> = [],
): SVGElement {
  const doc = chartDocument();
  const el = doc.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children) el.append(typeof child === "string" ? doc.createTextNode(child) : child);
  return el;
}

/**
 * Returns a `<text>` with one `<tspan>` per line: the first line's baseline 1em below `y`, the
 * next ones `lineHeight` em apart.
 */
export function textBlock(
  x: number,
  y: number,
  lines: readonly string[],
  lineHeight: number,
  attributes: Record<string, AttributeValue> = {},
): SVGElement {
  return svgElement(
    "text",
    { x, y, ...attributes },
    lines.map((line, j) => svgElement("tspan", { x, dy: j === 0 ? "1em" : `${lineHeight}em` }, [line])),
  );
}

/**
 * Returns an element's attributes as [name, value] in the DOM's order: first set first, a value set
 * again keeping its place. linkedom lists them newest first (it inserts each new attribute right
 * after the element's start), so the list is read backwards; tests/charts/document.test.ts pins
 * this, so a linkedom release that changes it fails there instead of reordering every chart's bytes.
 */
export function attributesInOrder(el: Element): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const list = el.attributes;
  for (let i = list.length - 1; i >= 0; i--) {
    const attr = list[i];
    if (attr) out.push([attr.name, attr.value]);
  }
  return out;
}
