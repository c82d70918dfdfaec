/** The figures of a run, as `--json` writes them: ratios, their intervals, renders, memory and bytes. */
import { cpus, totalmem } from "node:os";
import { readRenders } from "./measure.ts";
import type { BenchOptions } from "./options.ts";
import { browserPlotBytes, bytesOf, chartPlacements } from "./pages.ts";
import type { Kind, Runs } from "./plan.ts";
import { median, medianInterval } from "./stats.ts";

/** A build's time on the ratios' clock (`seconds`) or on the wall clock. */
type Clock = "seconds" | "wallSeconds";

/** Returns the run's figures; `charts` is how many the corpus holds. */
export async function summarize(options: BenchOptions, runs: Runs, charts: number, repo: string) {
  const { articles, repeat, method } = options;
  const first = runs.cold[0];
  if (!first) throw new Error("no cold build");
  const drawn = readRenders(first.renderLog);
  const medianOf = (k: Kind, clock: Clock) => median(runs[k].map((b) => b[clock]));
  const seconds = (k: Kind) => medianOf(k, "seconds");
  const wall = (k: Kind) => medianOf(k, "wallSeconds");
  /** The fastest repeat: other tenants' load only ever adds time, so on a shared machine it is the steadier estimate. */
  const fastest = (k: Kind) => (runs[k].length ? Math.min(...runs[k].map((b) => b.seconds)) : NaN);
  /** The N-article build 2N is compared with: its partner in the duet, or the cold build when sequential. */
  const nFor2x: Kind = options.sequential ? "cold" : "coldBeside2x";
  /** Each pair's own ratio of a build to its partner (run beside it in a duet, just before it when sequential). */
  const pairRatios = (a: Kind, b: Kind, clock: Clock = "seconds") =>
    runs[a].map((x, i) => x[clock] / (runs[b][i]?.[clock] ?? NaN));
  /**
   * The ratio reported against a target. In a duet, the median of the pairs' own ratios: each pair
   * ran under the same load, so its ratio is the measurement, and the median keeps one disturbed
   * pair from moving the result. Sequential builds ran minutes apart: the ratio of the medians.
   */
  const ratio = (a: Kind, b: Kind, clock: Clock = "seconds") =>
    method === "duet" ? median(pairRatios(a, b, clock)) : medianOf(a, clock) / medianOf(b, clock);
  const wallRatio = (a: Kind, b: Kind) => ratio(a, b, "wallSeconds");
  const articleBytes = bytesOf(first.out, /^bai-viet\/[^/]+\/index\.html$/);
  const embedBytes = bytesOf(first.out, /^bieu-do\/[^/]+\/nhung\/index\.html$/);
  const plotInBrowser = await browserPlotBytes(repo);
  return {
    articles,
    charts,
    repeats: repeat,
    full: options.full,
    // A pair is a build and its floor: counted from the floor builds run (none with --cold-only).
    coldPairsPerRepeat: runs.floorCold.length / repeat,
    warmPairsPerRepeat: runs.floorWarm.length / repeat,
    scalingPairs: runs.cold2x.length,
    clock: options.clock,
    coldBuildSeconds: seconds("cold"),
    baselineBuildSeconds: seconds("floorCold"),
    chartOverheadCold: ratio("cold", "floorCold"),
    warmBuildSeconds: seconds("warm"),
    baselineWarmBuildSeconds: seconds("floorWarm"),
    chartOverheadWarm: ratio("warm", "floorWarm"),
    cold2xBuildSeconds: seconds("cold2x"),
    scaling2x: ratio("cold2x", nFor2x),
    method,
    chartRendersPerBuild: first.renders,
    chartRendersDistinct: drawn.distinct,
    chartsDrawn: drawn.charts,
    warmChartRenders: Math.max(0, ...runs.warm.map((b) => b.renders)),
    chartPlacements: chartPlacements(first.out),
    peakRssMb: Math.max(
      ...Object.values(runs)
        .flat()
        .map((b) => b.peakRssMb),
    ),
    peakRssMbCold: Math.max(...runs.cold.map((b) => b.peakRssMb)),
    articlePages: articleBytes.pages,
    articleHtmlCssBytes: articleBytes.median.htmlCss,
    articleHtmlCssGzipBytes: articleBytes.median.htmlCssGzip,
    articleJsBytes: articleBytes.median.js,
    articleJsGzipBytes: articleBytes.median.jsGzip,
    articleBytesMax: articleBytes.max,
    embedPages: embedBytes.pages,
    embedHtmlCssGzipBytesMax: embedBytes.max.htmlCssGzip,
    browserPlotD3Bytes: plotInBrowser.raw,
    browserPlotD3GzipBytes: plotInBrowser.gzip,
    fastestRepeat: {
      chartOverheadCold: fastest("cold") / fastest("floorCold"),
      chartOverheadWarm: fastest("warm") / fastest("floorWarm"),
      scaling2x: fastest("cold2x") / fastest(nFor2x),
    },
    wallClock: {
      coldBuildSeconds: wall("cold"),
      baselineBuildSeconds: wall("floorCold"),
      chartOverheadCold: wallRatio("cold", "floorCold"),
      warmBuildSeconds: wall("warm"),
      baselineWarmBuildSeconds: wall("floorWarm"),
      chartOverheadWarm: wallRatio("warm", "floorWarm"),
      cold2xBuildSeconds: wall("cold2x"),
      scaling2x: wallRatio("cold2x", nFor2x),
    },
    perRepeat: {
      chartOverheadCold: pairRatios("cold", "floorCold"),
      chartOverheadWarm: pairRatios("warm", "floorWarm"),
      scaling2x: pairRatios("cold2x", nFor2x),
    },
    /**
     * In a duet, a distribution-free confidence interval for each reported median (95 % where there
     * are pairs enough, else the pairs' whole range, with its own coverage).
     */
    intervals:
      method === "duet"
        ? {
            chartOverheadCold: medianInterval(pairRatios("cold", "floorCold")),
            chartOverheadWarm: medianInterval(pairRatios("warm", "floorWarm")),
            scaling2x: medianInterval(pairRatios("cold2x", nFor2x)),
          }
        : undefined,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "?", memoryGb: totalmem() / 2 ** 30, node: process.version },
    runs: Object.fromEntries(
      Object.entries(runs).map(([k, v]) => [
        k,
        v.map((b) => ({ wallSeconds: b.wallSeconds, cpuSeconds: b.cpuSeconds, peakRssMb: b.peakRssMb, renders: b.renders })),
      ]),
    ),
  };
}

export type BenchResult = Awaited<ReturnType<typeof summarize>>;
