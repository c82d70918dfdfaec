/**
 * Where each figure's mark lies in a finished chart (postprocess.ts), read back from its markup:
 * the box of every `data-key` mark in viewBox units, so a page can lay a focusable element over it
 * (ChartMarks.astro) without a script. A keyed `<rect>` is a bar or segment: its box is the rect.
 * A keyed `<g>` (a fact box's figure) is the union of what it draws: rules, rects and lines of
 * text, text reaching to the chart's edge on its open side (its width needs the font). Plot's
 * `translate()` and `scale()` transforms are followed. Pure: the same markup gives the same marks.
 */

/** A figure's mark: its key and its box in the chart's viewBox units. */
export interface MarkBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A chart's marks in reading order (document order, one per key) and its viewBox size. */
export interface ChartMarks {
  width: number;
  height: number;
  marks: MarkBox[];
}

/** The smallest hit area, in viewBox units: 24 units is 24 CSS px or more on a phone (WCAG 2.5.8). */
export const MIN_TARGET = 24;
/** Above and below a text baseline, in em: Noto Sans and the system fonts' ascent and descent, about. */
const ASCENT = 0.95;
const DESCENT = 0.3;

/** An affine map without rotation: (x, y) → (sx·x + tx, sy·y + ty). */
interface Transform {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
}
const IDENTITY: Transform = { sx: 1, sy: 1, tx: 0, ty: 0 };

/** One open element: what its descendants inherit. */
interface Frame {
  name: string;
  transform: Transform;
  fontSize: number;
  anchor: string;
  /** The keyed group it lies in, if any. */
  group: Box | undefined;
  /** Inside `<text>`: the current baseline and the start of the line. */
  baseline: number;
  x: number;
}

/** A rectangle in viewBox units. */
export type Box = { x0: number; y0: number; x1: number; y1: number };

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;

function attributesOf(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) out.set(m[1] ?? "", m[2] ?? "");
  return out;
}

/** Returns `t` followed by the transform list `list` (only `translate` and `scale` are drawn). */
function compose(t: Transform, list: string | undefined): Transform {
  if (!list) return t;
  let out = t;
  for (const m of list.matchAll(/(\w+)\(([^)]*)\)/g)) {
    const [a = 0, b] = (m[2] ?? "")
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (m[1] === "translate") out = { ...out, tx: out.tx + out.sx * a, ty: out.ty + out.sy * (b ?? 0) };
    else if (m[1] === "scale") out = { ...out, sx: out.sx * a, sy: out.sy * (b ?? a) };
    else throw new Error(`marks: the transform ${m[0]} is not supported (translate and scale are)`);
  }
  return out;
}

/** Returns a length attribute in user units: a number, or a number of em of `fontSize`. */
function length(value: string | undefined, fontSize: number): number {
  if (value === undefined) return 0;
  const n = parseFloat(value);
  if (!Number.isFinite(n)) return 0;
  return value.trim().endsWith("em") ? n * fontSize : n;
}

function extend(box: Box | undefined, t: Transform, x0: number, y0: number, x1: number, y1: number): void {
  if (!box) return;
  const [ax, bx] = [t.sx * x0 + t.tx, t.sx * x1 + t.tx];
  const [ay, by] = [t.sy * y0 + t.ty, t.sy * y1 + t.ty];
  box.x0 = Math.min(box.x0, ax, bx);
  box.x1 = Math.max(box.x1, ax, bx);
  box.y0 = Math.min(box.y0, ay, by);
  box.y1 = Math.max(box.y1, ay, by);
}

/** Adds a line of text at the frame's baseline to its group: from its x to the edge it opens on. */
function addTextLine(f: Frame, width: number, fontSize: number): void {
  if (!f.group) return;
  // The edges are in the chart's units: map them back through the transform to the local ones.
  const [left, right] = [(0 - f.transform.tx) / f.transform.sx, (width - f.transform.tx) / f.transform.sx];
  const [x0, x1] = f.anchor === "end" ? [left, f.x] : f.anchor === "middle" ? [left, right] : [f.x, right];
  extend(f.group, f.transform, x0, f.baseline - ASCENT * fontSize, x1, f.baseline + DESCENT * fontSize);
}

/** Returns the box enlarged to `MIN_TARGET` each way where smaller (about its centre), kept inside the chart. */
function target(box: Box, width: number, height: number): Box {
  const grow = (a: number, b: number, max: number): [number, number] => {
    if (b - a >= MIN_TARGET) return [a, b];
    const start = Math.min(Math.max(0, (a + b) / 2 - MIN_TARGET / 2), Math.max(0, max - MIN_TARGET));
    return [start, Math.min(max, start + MIN_TARGET)];
  };
  const [x0, x1] = grow(Math.max(0, box.x0), Math.min(width, box.x1), width);
  const [y0, y1] = grow(Math.max(0, box.y0), Math.min(height, box.y1), height);
  return { x0, y0, x1, y1 };
}

/**
 * Returns the marks of a finished chart: one per `data-key`, in the order the keys first appear, a
 * keyed rect (the drawn bar or segment) preferred to a keyed group (a legend row, a fact box),
 * each at least `MIN_TARGET` units each way and inside the viewBox. No marks for "" (nothing drawn).
 */
export function chartMarks(svg: string): ChartMarks {
  const root = /^<svg\b[^>]*>/.exec(svg);
  if (!root) return { width: 0, height: 0, marks: [] };
  const rootAttributes = attributesOf(root[0]);
  const [, , width = 0, height = 0] = (rootAttributes.get("viewBox") ?? "").split(/[\s,]+/).map(Number);
  const rects = new Map<string, Box>();
  const groups = new Map<string, Box>();
  const order: string[] = [];
  const stack: Frame[] = [];
  for (const m of svg.matchAll(TAG)) {
    const [, closing, name = "", source = "", selfClosing] = m;
    if (closing) {
      stack.pop();
      continue;
    }
    const a = attributesOf(source);
    const parent = stack.at(-1);
    const fontSize = a.has("font-size") ? Number(a.get("font-size")) : (parent?.fontSize ?? 16);
    const key = a.get("data-key");
    if (key !== undefined && !order.includes(key)) order.push(key);
    const f: Frame = {
      name,
      transform: compose(parent?.transform ?? IDENTITY, a.get("transform")),
      fontSize,
      anchor: a.get("text-anchor") ?? parent?.anchor ?? "start",
      group: parent?.group,
      baseline: parent?.baseline ?? 0,
      x: parent?.x ?? 0,
    };
    if (name === "g" && key !== undefined && !groups.has(key)) {
      f.group = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
      groups.set(key, f.group);
    } else if (name === "rect") {
      const [x, y] = [length(a.get("x"), fontSize), length(a.get("y"), fontSize)];
      const [w, h] = [length(a.get("width"), fontSize), length(a.get("height"), fontSize)];
      if (key !== undefined && !rects.has(key)) {
        const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
        extend(box, f.transform, x, y, x + w, y + h);
        rects.set(key, box);
      }
      extend(f.group, f.transform, x, y, x + w, y + h);
    } else if (name === "line") {
      const [x1, x2] = [length(a.get("x1"), fontSize), length(a.get("x2"), fontSize)];
      const [y1, y2] = [length(a.get("y1"), fontSize), length(a.get("y2"), fontSize)];
      extend(f.group, f.transform, x1, y1, x2, y2);
    } else if (name === "text" || name === "tspan") {
      if (a.has("x")) f.x = length(a.get("x"), fontSize);
      if (a.has("y")) f.baseline = length(a.get("y"), fontSize);
      f.baseline += length(a.get("dy"), fontSize);
      // A line of text where glyphs follow the tag; a tspan that stays on its text's line ("hơn <tspan>240")
      // shares that line's size.
      const end = (m.index ?? 0) + m[0].length;
      const sameLine = name === "tspan" && !a.has("y") && !a.has("dy") && parent ? parent.fontSize : 0;
      if (!selfClosing && svg.slice(end, svg.indexOf("<", end)).trim()) addTextLine(f, width, Math.max(fontSize, sameLine));
    }
    // A child's baseline carries on to its next sibling (tspans follow one another down the lines).
    if (parent && (name === "tspan" || name === "text") && parent.name === "text") parent.baseline = f.baseline;
    if (!selfClosing) stack.push(f);
  }
  const marks = order.flatMap((key): MarkBox[] => {
    const found = rects.get(key) ?? groups.get(key);
    if (!found || !Number.isFinite(found.x0) || !Number.isFinite(found.y0)) return [];
    const box = target(found, width, height);
    return [{ key, x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 }];
  });
  return { width, height, marks };
}

/** Six decimals: the tooltip divides by `--w`, so a thin mark's share must stay exact to a hundredth of a pixel. */
const share = (n: number, of: number) => String(Math.round((n / of) * 1e6) / 1e6);

/**
 * Returns the CSS custom properties that place a mark's element over it, as shares of the chart's
 * width and height (`--x`, `--y`, `--w`, `--h`): the stylesheet turns them into a position that
 * scales with the drawing, and places the tooltip inside the chart's width.
 */
export function markStyle(mark: MarkBox, chart: { width: number; height: number }): string {
  const { x, y, width: w, height: h } = mark;
  return `--x:${share(x, chart.width)};--y:${share(y, chart.height)};--w:${share(w, chart.width)};--h:${share(h, chart.height)}`;
}

/** Returns whether the tooltip of a mark opens above it: its centre lies in the chart's lower half. */
export function opensUp(mark: MarkBox, chart: { height: number }): boolean {
  return mark.y + mark.height / 2 > chart.height / 2;
}
