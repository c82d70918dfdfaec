/**
 * The one jsdom document of the process, used as Plot's `document` option and to build the SVG of
 * charts Plot does not draw. Created on first use: a page without charts never pays for jsdom.
 */
import { JSDOM } from "jsdom";

const SVG_NS = "http://www.w3.org/2000/svg";

let shared: Document | undefined;

/** Returns the shared jsdom document, creating it on first call. */
export function chartDocument(): Document {
  shared ??= new JSDOM("<!doctype html><html><body></body></html>").window.document;
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
