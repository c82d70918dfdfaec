/**
 * Drawing charts ahead of Astro's pages: worker threads draw every dataset's chart into the
 * persistent cache (cache.ts) while Astro sets up and bundles, so Astro's thread, which bounds a
 * large build, reads them instead of drawing them. Same function, same cache key, same bytes: a page
 * that comes before its chart is drawn draws it itself, as without this.
 */
import { Worker } from "node:worker_threads";
import type { Dataset } from "../model/types.ts";
import { chartCacheDir } from "./cache.ts";

/** Draws going on in threads: `done` gives how many charts they drew; `stop` ends them early. */
export interface Predraw {
  done: Promise<number>;
  stop: () => Promise<void>;
}

/** Starts `threads` worker threads drawing `datasets`' charts; none when `threads` ≤ 1 or the cache is off. */
export function startPredraw(datasets: readonly Dataset[], threads: number): Predraw {
  if (threads <= 1 || chartCacheDir() === undefined || datasets.length === 0)
    return { done: Promise.resolve(0), stop: async () => undefined };
  let workers: Worker[];
  try {
    workers = Array.from(
      { length: Math.min(threads, datasets.length) },
      (_, first) =>
        new Worker(new URL("./predrawWorker.ts", import.meta.url), {
          workerData: { datasets, first, threads: Math.min(threads, datasets.length) },
        }),
    );
  } catch {
    // Data a thread cannot be given (not cloneable) is drawn by the pages, as without threads.
    return { done: Promise.resolve(0), stop: async () => undefined };
  }
  const done = Promise.all(
    workers.map(
      (w) =>
        new Promise<number>((resolve) => {
          let drawn = 0;
          w.on("message", (n: number) => (drawn = n));
          // A thread that fails costs only time: the pages draw what it did not.
          w.on("error", () => undefined);
          w.on("exit", () => resolve(drawn));
        }),
    ),
  ).then((counts) => counts.reduce((a, b) => a + b, 0));
  return { done, stop: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}
