/**
 * The one DOM document of the process, used as Plot's `document` option and to build the SVG of
 * charts Plot does not draw; linkedom's, since charts only build and read trees (no layout, no
 * parsing). Created on first use: a page without charts never pays for it.
 */
import { EventTarget as LinkedomEventTarget, parseHTML } from "linkedom";

const SVG_NS = "http://www.w3.org/2000/svg";

let shared: Document | undefined;

/** Returns the shared document, creating it on first call. */
export function chartDocument(): Document {
  if (!shared) {
    // linkedom's types are its own classes; they implement what Plot and these modules use of the DOM's.
    shared = parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
    lightenEventTargets(shared);
  }
  return shared;
}

/** Listeners of the nodes that have any, by node, then by event type (made by the first listener). */
const listeners = new WeakMap<object, Map<string, Map<EventListenerOrEventListenerObject, unknown>>>();

/** What `dispatchEvent` reads and sets on linkedom's events. */
interface LinkedomEvent {
  type: string;
  bubbles: boolean;
  cancelBubble: boolean;
  defaultPrevented: boolean;
  eventPhase: number;
  currentTarget?: unknown;
  target?: unknown;
  _path: Array<{ currentTarget: LightEventTarget; target: LightEventTarget }>;
  _stopImmediatePropagationFlag?: boolean;
  readonly NONE: number;
  readonly CAPTURING_PHASE: number;
  readonly AT_TARGET: number;
  readonly BUBBLING_PHASE: number;
}

/**
 * linkedom's EventTarget, but with listener storage made by the first `addEventListener` instead of
 * for every node and attribute (charts never listen). Dispatch is linkedom's: the target, then up
 * through `_getParent` when the event bubbles; `once`, `stopImmediatePropagation` and
 * `stopPropagation` as there.
 */
class LightEventTarget {
  _getParent(): LightEventTarget | null {
    return null;
  }

  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: unknown): void {
    let byType = listeners.get(this);
    if (!byType) listeners.set(this, (byType = new Map()));
    let forType = byType.get(type);
    if (!forType) byType.set(type, (forType = new Map()));
    forType.set(listener, options);
  }

  removeEventListener(type: string, listener: EventListenerOrEventListenerObject): void {
    const byType = listeners.get(this);
    const forType = byType?.get(type);
    if (forType?.delete(listener) && !forType.size) byType?.delete(type);
  }

  dispatchEvent(event: LinkedomEvent): boolean {
    event.eventPhase = event.CAPTURING_PHASE;
    for (let node: LightEventTarget | null = this; node; node = event.bubbles ? node._getParent() : null) {
      event._path.push({ currentTarget: node, target: this });
    }
    for (const { currentTarget, target } of event._path) {
      const forType = listeners.get(currentTarget)?.get(event.type);
      if (!forType) continue;
      event.eventPhase = currentTarget === target ? event.AT_TARGET : event.BUBBLING_PHASE;
      event.currentTarget = currentTarget;
      event.target = target;
      for (const [listener, options] of forType) {
        if ((options as { once?: boolean } | undefined)?.once) forType.delete(listener);
        if (typeof listener === "function") listener.call(target, event as unknown as Event);
        else listener.handleEvent(event as unknown as Event);
        if (event._stopImmediatePropagationFlag) break;
      }
      delete event.currentTarget;
      delete event.target;
      if (event.cancelBubble) break;
    }
    event._path = [];
    event.eventPhase = event.NONE;
    return !event.defaultPrevented;
  }
}

/**
 * Marks linkedom's `Node` once it extends `LightEventTarget`. A global symbol, not the class: `astro
 * dev` evaluates this module again after an edit, while linkedom, a package, stays loaded and stays
 * changed.
 */
const LIGHTENED = Symbol.for("cot-moc.light-event-target");

/**
 * Makes linkedom's `Node` (the class every node and attribute extends) extend `LightEventTarget`
 * instead of linkedom's EventTarget: once per process, as linkedom's classes are shared. Throws when
 * linkedom's classes are no longer shaped so, which tests/charts/document.test.ts would show on an
 * upgrade.
 */
function lightenEventTargets(doc: Document): void {
  let proto = Object.getPrototypeOf(doc) as object | null;
  while (proto && Object.getPrototypeOf(proto) !== LinkedomEventTarget.prototype) {
    if (Object.hasOwn(proto, LIGHTENED)) return; // done already, by this module or an earlier load of it
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  if (!proto || proto.constructor.name !== "Node") {
    throw new Error("linkedom: không thấy lớp Node kế thừa EventTarget; hãy xem lại src/charts/document.ts.");
  }
  Object.setPrototypeOf(proto.constructor, LightEventTarget);
  Object.setPrototypeOf(proto, LightEventTarget.prototype);
  Object.defineProperty(proto, LIGHTENED, { value: true });
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
