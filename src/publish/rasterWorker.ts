/**
 * A worker thread of the PNG pool (rasterPool.ts): draws each SVG it is sent with raster.ts's
 * `rasterize`, the same function and options as Astro's thread, so the bytes are the same.
 */
import { parentPort } from "node:worker_threads";
import type { RasterAnswer, RasterJob } from "./rasterPool.ts";
import { collectGarbageIfDue, rasterize } from "./raster.ts";

/** Returns the answer to one job: the PNG, or the error that stopped it. */
function draw(id: number, job: RasterJob): { answer: RasterAnswer; transfer: ArrayBuffer[] } {
  try {
    const png = new Uint8Array(rasterize(job.svg, job.width, job.background, job.fontFiles));
    return { answer: { id, png }, transfer: [png.buffer] };
  } catch (e) {
    return { answer: { id, error: (e as Error).message }, transfer: [] };
  }
}

parentPort?.on("message", ({ id, ...job }: RasterJob & { id: number }) => {
  const { answer, transfer } = draw(id, job);
  parentPort?.postMessage(answer, transfer);
  collectGarbageIfDue();
});
