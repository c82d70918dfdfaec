/**
 * The browser's stand-in for src/charts/document.ts in the peers' bundles: the same helpers on the
 * page's own `document` instead of linkedom's, so the site's chart code draws in the browser.
 */
const SVG_NS = "http://www.w3.org/2000/svg";

export type AttributeValue = string | number | undefined;

export function chartDocument(): Document {
  return document;
}

export function svgElement(
  tag: string,
  attributes: Record<string, AttributeValue> = {},
  children: ReadonlyArray<Element | string> = [],
): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, String(value));
  for (const child of children) el.append(typeof child === "string" ? document.createTextNode(child) : child);
  return el;
}

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

/** A browser lists attributes in the order they were set (linkedom lists them newest first). */
export function attributesInOrder(el: Element): Array<[string, string]> {
  return [...el.attributes].map((a) => [a.name, a.value]);
}
