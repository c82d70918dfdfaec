/**
 * src/publish/rasterPool.ts and rasterWorker.ts: PNGs drawn in worker threads are the bytes drawn in
 * this thread; a worker that throws or dies fails the PNG it was drawing, with the PNG's site path in
 * writePngOutput's message, and the pool goes on with the others. (The whole build with a pool, and a
 * crash keeping the last good site: tests/publish/rasterBuild.test.ts.)
 */
import type { APIContext } from "astro";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PNG_WIDTH } from "../../src/publish/imageSize.ts";
import { chartLinks } from "../../src/publish/links.ts";
import { beginPngOutput, abandonPngOutput, pngEndpoint, writePngOutput } from "../../src/publish/pngOutput.ts";
import { rasterFontFiles, rasterize, svgToPngFile } from "../../src/publish/raster.ts";
import {
  activeRasterPool,
  pendingRaster,
  rasterWorkerCount,
  startRasterPool,
  stopRasterPool,
} from "../../src/publish/rasterPool.ts";
import { chartCard, siteCard } from "../../src/publish/siteCards.ts";
import { CARD_WIDTH, socialCardSvg } from "../../src/publish/socialCard.ts";
import { standaloneSvg } from "../../src/publish/standalone.ts";
import { SITE } from "../../src/design/palette.ts";
import { FONT_FILES } from "../../src/design/typography.ts";
import { cutSubset } from "../../src/publish/fontSubset.ts";
import { cases, site } from "../helpers/site.ts";

let tmp = "";
const savedCache = process.env.COTMOC_CACHE_DIR;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "cot-moc-pool-"));
  // A cache of its own: every PNG is drawn, none found from an earlier build.
  process.env.COTMOC_CACHE_DIR = join(tmp, "cache");
});
afterEach(async () => {
  abandonPngOutput();
  await stopRasterPool();
});
afterAll(() => {
  if (savedCache === undefined) delete process.env.COTMOC_CACHE_DIR;
  else process.env.COTMOC_CACHE_DIR = savedCache;
  rmSync(tmp, { recursive: true, force: true });
});

/** A few charts of different kinds, and two social cards (one with a chart, the site's own). */
const kinds = [...new Map(cases.map((c) => [c[1].kind, c])).values()].slice(0, 4);
const jobs = [
  ...kinds.map(([id, d, a]) => ({
    name: `chart ${id}`,
    svg: standaloneSvg(d, a, chartLinks(d)).svg,
    width: PNG_WIDTH,
    bg: "#ffffff",
  })),
  { name: "card of a chart", svg: socialCardSvg(chartCard(site, kinds[0]![1])), width: CARD_WIDTH, bg: SITE.bg.light },
  { name: "site card", svg: socialCardSvg(siteCard(site)), width: CARD_WIDTH, bg: SITE.bg.light },
];

const request = (path: string) => ({ url: new URL(path, "http://localhost:4321"), params: {} }) as unknown as APIContext;

/** A worker module that stands for a broken one: it throws on an SVG holding "THROW" and exits on one holding "EXIT". */
function faultyWorker(): string {
  const file = join(tmp, "faulty.mjs");
  writeFileSync(
    file,
    `import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, svg }) => {
  const text = new TextDecoder().decode(svg);
  if (text.includes("EXIT")) process.exit(7);
  if (text.includes("THROW")) throw new Error("hỏng");
  parentPort.postMessage({ id, bytes: new Uint8Array([1, 2, 3]) });
});`,
  );
  return file;
}

describe("the PNG worker pool", () => {
  it("cuts an embed page's font subset with the bytes of this thread, ahead of the PNGs waiting", async () => {
    const pool = startRasterPool(2);
    if (!pool) throw new Error("no pool");
    const file = FONT_FILES[0] ?? "";
    const chars = " ,.0123456789ĐđBiênphòngtrạmđồn";
    const order: string[] = [];
    const pngs = jobs.map(async (j) => {
      await pool.draw({ svg: j.svg, width: j.width, background: j.bg, fontFiles: await rasterFontFiles(j.svg) });
      order.push(j.name);
    });
    // Queued after every PNG: its page waits for it, so it is cut before the PNGs still queued.
    const cut = pool.subset(file, chars).then((bytes) => (order.push("subset"), bytes));
    expect([...(await cut)]).toEqual([...(await cutSubset(file, chars))]);
    await Promise.all(pngs);
    expect(order.indexOf("subset")).toBeLessThan(jobs.length - 1);
  });

  it("draws each chart and card with the same bytes as this thread", async () => {
    expect(jobs.length).toBeGreaterThanOrEqual(4);
    const pool = startRasterPool(2);
    if (!pool) throw new Error("no pool");
    const drawn = await Promise.all(
      jobs.map(async (j) => pool.draw({ svg: j.svg, width: j.width, background: j.bg, fontFiles: await rasterFontFiles(j.svg) })),
    );
    for (const [i, j] of jobs.entries()) {
      const here = rasterize(j.svg, j.width, j.bg, await rasterFontFiles(j.svg));
      expect(Buffer.from(drawn[i]!).equals(here), j.name).toBe(true);
    }
  });

  it("during a build, gives the cache path at once and the file once drawn, with the bytes of this thread", async () => {
    const [j] = jobs;
    const pool = startRasterPool(2);
    expect(activeRasterPool()).toBe(pool);
    const file = await svgToPngFile(j!.svg, j!.width, j!.bg);
    const pending = pendingRaster(file);
    expect(pending).toBeDefined();
    expect(await pending).toBe(file);
    expect(readFileSync(file).equals(rasterize(j!.svg, j!.width, j!.bg, await rasterFontFiles(j!.svg)))).toBe(true);
    // Drawn once: the same PNG asked again is the file in the cache, with no second drawing.
    await stopRasterPool();
    startRasterPool(2);
    expect(await svgToPngFile(j!.svg, j!.width, j!.bg)).toBe(file);
    expect(pendingRaster(file)).toBeUndefined();
  });

  it("draws in this thread with 0 or 1 workers", () => {
    expect(startRasterPool(1)).toBeUndefined();
    expect(startRasterPool(0)).toBeUndefined();
    expect(activeRasterPool()).toBeUndefined();
  });

  it("reads its size from COTMOC_RASTER_WORKERS, and refuses a value that is not a count", () => {
    expect(rasterWorkerCount("3")).toBe(3);
    expect(rasterWorkerCount("0")).toBe(0);
    expect(rasterWorkerCount(undefined)).toBeGreaterThanOrEqual(1);
    expect(() => rasterWorkerCount("hai")).toThrow(/COTMOC_RASTER_WORKERS.*"hai"/);
  });

  it("fails the PNG whose worker throws or exits, and draws the others with a new worker", async () => {
    const pool = startRasterPool(2, faultyWorker());
    if (!pool) throw new Error("no pool");
    const job = (svg: string) => ({ svg, width: 10, background: "#fff", fontFiles: [] });
    const results = await Promise.allSettled([pool.draw(job("EXIT")), pool.draw(job("THROW")), pool.draw(job("ok"))]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "fulfilled"]);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/luồng vẽ PNG dừng đột ngột \(mã thoát 7\)/);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/luồng vẽ PNG gặp lỗi: hỏng/);
    expect([...(await pool.draw(job("sau")))]).toEqual([1, 2, 3]);
  });

  it("fails the build's end naming the site path of the PNG a worker could not draw, after the others are drawn", async () => {
    beginPngOutput();
    startRasterPool(2, faultyWorker());
    const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><desc>${text}</desc></svg>`;
    await pngEndpoint(() => svgToPngFile(svg("ok"), 10))(request("/bieu-do/tot.png"));
    await pngEndpoint(() => svgToPngFile(svg("EXIT"), 10))(request("/bieu-do/hong.png"));
    const out = join(tmp, "dist");
    await expect(writePngOutput(out)).rejects.toThrow(
      /Không vẽ được 1 ảnh PNG:\n {2}bieu-do\/hong\.png: luồng vẽ PNG dừng đột ngột \(mã thoát 7\)/,
    );
  });
});
