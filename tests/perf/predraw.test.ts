/**
 * Charts drawn ahead in worker threads (src/charts/predraw.ts): every dataset's chart lands in the
 * persistent cache under the key a page looks for, with the bytes a page would draw, so the page
 * reads it instead of drawing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { writeCachedChart } from "../../src/charts/cache.ts";
import { clearChartCache, renderChartSvgs, type ChartSvgs } from "../../src/charts/index.ts";
import { startPredraw } from "../../src/charts/predraw.ts";
import { checkAll } from "../../src/model/checkAll.ts";
import { ROOT } from "../helpers/dist.ts";

const tmp = mkdtempSync(join(tmpdir(), "cotmoc-predraw-test-"));
const ENV = ["COTMOC_CACHE_DIR", "COTMOC_CHART_CACHE"] as const;
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
const { datasets } = checkAll(ROOT).site;
const drawable = datasets.filter((d) => d.kind !== "table");
let run = 0;

// Every chart Astro's thread draws is stored once, under its key: the calls are the draws in this thread.
vi.mock("../../src/charts/cache.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/charts/cache.ts")>();
  return { ...real, writeCachedChart: vi.fn(real.writeCachedChart) };
});

beforeEach(() => {
  run++;
  process.env.COTMOC_CACHE_DIR = join(tmp, `cache-${run}`);
  delete process.env.COTMOC_CHART_CACHE;
  vi.mocked(writeCachedChart).mockClear();
  clearChartCache();
});

afterAll(() => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  clearChartCache();
  rmSync(tmp, { recursive: true, force: true });
});

/** Every dataset's chart as a page gets it. */
const pagesCharts = (): ChartSvgs[] => datasets.map((d) => renderChartSvgs(d));

describe("charts drawn ahead in threads", () => {
  it("draws every chart of the site into the cache, and the pages then read the bytes they would have drawn", async () => {
    expect(drawable.length).toBeGreaterThan(3);
    expect(await startPredraw(datasets, 2).done).toBe(drawable.length);
    const read = pagesCharts();
    expect(vi.mocked(writeCachedChart)).not.toHaveBeenCalled();
    process.env.COTMOC_CHART_CACHE = "off";
    clearChartCache();
    expect(read).toEqual(pagesCharts());
  });

  it("draws nothing the cache already holds", async () => {
    pagesCharts();
    expect(vi.mocked(writeCachedChart)).toHaveBeenCalledTimes(drawable.length);
    expect(await startPredraw(datasets, 2).done).toBe(0);
  });

  it("starts no thread when the cache is off or one thread is asked for", async () => {
    expect(await startPredraw(datasets, 1).done).toBe(0);
    process.env.COTMOC_CHART_CACHE = "off";
    expect(await startPredraw(datasets, 2).done).toBe(0);
  });
});
