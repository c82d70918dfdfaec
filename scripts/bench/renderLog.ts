/**
 * The bench's record of chart drawings: drawHook.ts writes one line per drawing in a build with
 * charts, "render key, dataset id, width, size key, bytes, viewBox, rest" (rest: the drawing's other
 * fields as JSON, when it is more than markup); the floor build replaces each drawing by inert
 * markup of the size recorded under its size key.
 */
import { createHash } from "node:crypto";

/** The render log a build with charts appends to (read by drawHook.ts only). */
export const RENDER_LOG_ENV = "COTMOC_BENCH_RENDER_LOG";
/** The sizes file that makes a build the floor (read by drawHook.ts only). */
export const FLOOR_SIZES_ENV = "COTMOC_BENCH_FLOOR_SIZES";

/** A chart's size at one width as a build with charts drew it, which the floor build reproduces. */
export interface ChartSize {
  id: string;
  bytes: number;
  viewBox: string;
  /** The drawing's fields besides its markup (its geometry), as JSON; "" when the drawing is markup alone. */
  rest: string;
}

/** One drawing of one width of a chart. */
export interface Drawing extends ChartSize {
  /** The chart and its options, the same for both widths of one render. */
  render: string;
  width: number;
  /** The chart, its options and this width: what the floor looks its size up by. */
  size: string;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Returns what a chart's bytes depend on besides its width and the code: the whole dataset and its options. */
export function chartIdentity(dataset: { id: string }, kind: string, emphasis: readonly string[]): string {
  return JSON.stringify([dataset.id, kind, [...emphasis].sort(), dataset]);
}

export const renderKey = (identity: string) => sha256(identity);
export const sizeKey = (identity: string, width: number) => sha256(`${width}\0${identity}`);

/** Returns the SVG's viewBox ("0 0 640 320"), or "" for empty markup. */
export const viewBoxOf = (markup: string) => /viewBox="([^"]*)"/.exec(markup)?.[1] ?? "";

/** Returns a drawing as a line of the render log. */
export function formatDrawing(d: Drawing): string {
  return `${[d.render, d.id, d.width, d.size, d.bytes, d.viewBox, d.rest].join("\t")}\n`;
}

/** Returns the drawings of a render log. */
export function parseRenderLog(text: string): Drawing[] {
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [render = "", id = "", width = "0", size = "", bytes = "0", viewBox = "", rest = ""] = line.split("\t");
      return { render, id, width: Number(width), size, bytes: Number(bytes), viewBox, rest };
    });
}

/** Returns how many renders the drawings make: one render draws every width once. */
export function renderCount(drawings: readonly Drawing[]): number {
  const perWidth = new Map<number, number>();
  for (const d of drawings) perWidth.set(d.width, (perWidth.get(d.width) ?? 0) + 1);
  return Math.max(0, ...perWidth.values());
}

/** Returns the sizes file the floor build reads: each drawing's size by its size key. */
export function sizesOf(drawings: readonly Drawing[]): Record<string, ChartSize> {
  return Object.fromEntries(drawings.map((d) => [d.size, { id: d.id, bytes: d.bytes, viewBox: d.viewBox, rest: d.rest }]));
}

/** Returns inert markup of exactly `size.bytes` bytes and the same viewBox: an empty SVG padded with a comment. */
export function floorMarkup(size: ChartSize): string {
  if (size.bytes === 0) return "";
  const head = `<svg xmlns="http://www.w3.org/2000/svg" class="cm-chart" role="img" aria-label="Biểu đồ" viewBox="${size.viewBox}"><!--`;
  const tail = "--></svg>";
  const pad = size.bytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
  return `${head}${"x".repeat(Math.max(0, pad))}${tail}`;
}
