/**
 * A thread of predraw.ts: draws every `threads`-th dataset from `first` into the chart cache, and
 * answers how many it drew. A chart that fails to draw is left to the page, which reports it.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Dataset } from "../model/types.ts";
import { clearChartCache, predrawChart } from "./index.ts";

const { datasets, first, threads } = workerData as { datasets: Dataset[]; first: number; threads: number };
let drawn = 0;
for (let i = first; i < datasets.length; i += threads) {
  try {
    if (predrawChart(datasets[i] as Dataset)) drawn++;
  } catch {
    // The page that shows it draws it again and stops the build with the dataset's name.
  }
  clearChartCache();
}
parentPort?.postMessage(drawn);
