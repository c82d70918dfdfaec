/**
 * A worker thread of the PNG pool (rasterPool.ts): draws each SVG it is sent with raster.ts's
 * `rasterize`, and cuts each embed font subset with fontSubset.ts's `cutSubset`, the same functions
 * and options as Astro's thread, so the bytes are the same.
 */
import { parentPort } from "node:worker_threads";
import { cutSubset } from "./fontSubset.ts";
import type { RasterAnswer, SubsetJob, WireRasterJob } from "./rasterPool.ts";
import { collectGarbageIfDue, rasterize } from "./raster.ts";

/** Returns the answer to one job: the PNG, or the error that stopped it. */
function draw(id: number, job: WireRasterJob): { answer: RasterAnswer; transfer: ArrayBuffer[] } {
  try {
    const png = new Uint8Array(rasterize(new TextDecoder().decode(job.svg), job.width, job.background, job.fontFiles));
    return { answer: { id, bytes: png }, transfer: [png.buffer] };
  } catch (e) {
    return { answer: { id, error: (e as Error).message }, transfer: [] };
  }
}

/** Returns the answer to one subset job: the WOFF2 bytes. */
async function cut(id: number, { subset }: SubsetJob): Promise<{ answer: RasterAnswer; transfer: ArrayBuffer[] }> {
  try {
    const bytes = new Uint8Array(await cutSubset(subset.file, subset.chars));
    return { answer: { id, bytes }, transfer: [bytes.buffer] };
  } catch (e) {
    return { answer: { id, error: (e as Error).message }, transfer: [] };
  }
}

parentPort?.on("message", async ({ id, ...job }: (WireRasterJob | SubsetJob) & { id: number }) => {
  const { answer, transfer } = "subset" in job ? await cut(id, job) : draw(id, job);
  parentPort?.postMessage(answer, transfer);
  collectGarbageIfDue();
});
