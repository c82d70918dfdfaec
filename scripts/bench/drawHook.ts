/**
 * Stands in for src/charts/draw.ts in the bench's builds (astroConfig.ts puts it there): in a build
 * with charts it draws with the real `drawChart` and logs each drawing; in the floor build it
 * returns inert markup of the size the drawing had, and draws nothing. A table's list of figures is
 * not a chart: it is drawn in both builds, and not logged.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { drawChart as draw } from "../../src/charts/draw.ts";
import {
  type ChartSize,
  chartIdentity,
  FLOOR_SIZES_ENV,
  floorMarkup,
  formatDrawing,
  RENDER_LOG_ENV,
  renderKey,
  sizeKey,
  viewBoxOf,
} from "./renderLog.ts";

export * from "../../src/charts/draw.ts";

/** A drawing: its markup, or its markup (`svg`) with its geometry. */
type Drawn = ReturnType<typeof draw>;

const markupOf = (d: Drawn): string => (typeof d === "string" ? d : (d as { svg: string }).svg);
/** The drawing's fields besides its markup, as JSON ("" for markup alone). */
const restOf = (d: Drawn): string => (typeof d === "string" ? "" : JSON.stringify({ ...(d as object), svg: undefined }));

let sizes: Record<string, ChartSize> | undefined;

/** The floor's stand-in for a drawing: inert markup of the size a build with charts logged for it, with its geometry. */
function floor(file: string, identity: string, width: number): Drawn {
  sizes ??= JSON.parse(readFileSync(file, "utf8")) as Record<string, ChartSize>;
  const size = sizes[sizeKey(identity, width)];
  if (!size) throw new Error(`${file} has no size for this chart at width ${width}: no build with charts drew it.`);
  const svg = floorMarkup(size);
  return (size.rest ? { ...(JSON.parse(size.rest) as object), svg } : svg) as Drawn;
}

export function drawChart(...args: Parameters<typeof draw>): Drawn {
  const [dataset, kind, emphasis, width] = args;
  if ((kind as string) === "table") return draw(...args);
  const sizesFile = process.env[FLOOR_SIZES_ENV];
  if (sizesFile) return floor(sizesFile, chartIdentity(dataset, kind, emphasis), width);
  const drawn = draw(...args);
  const log = process.env[RENDER_LOG_ENV];
  if (log) {
    const identity = chartIdentity(dataset, kind, emphasis);
    const markup = markupOf(drawn);
    appendFileSync(
      log,
      formatDrawing({
        render: renderKey(identity),
        id: dataset.id,
        width,
        size: sizeKey(identity, width),
        bytes: Buffer.byteLength(markup),
        viewBox: viewBoxOf(markup),
        rest: restOf(drawn),
      }),
    );
  }
  return drawn;
}
