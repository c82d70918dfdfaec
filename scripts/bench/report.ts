/** What the bench prints: the header, the table of figures against their targets, the A/A ratios; and the JSON file. */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import type { BenchOptions } from "./options.ts";
import type { BenchResult } from "./result.ts";
import { median, type MedianInterval, medianInterval } from "./stats.ts";

/** The targets of the performance issue. */
const TARGETS = { chartOverheadCold: 1.1, chartOverheadWarm: 1.03, scaling2x: 2.1, peakRssMbAt500: 1536 };

/** "95 % interval × 0.99 to × 1.02": a ratio's confidence interval (one pair has none). */
const interval = (i: MedianInterval) =>
  i.coverage > 0
    ? `${(i.coverage * 100).toFixed(1)} % interval × ${i.low.toFixed(2)} to × ${i.high.toFixed(2)}`
    : "one pair: no interval";
const list = (xs: number[]) => (xs.length ? xs.map((x) => `× ${Number.isFinite(x) ? x.toFixed(2) : "–"}`).join(", ") : "–");
/** Returns "met", "MISSED", or "not measured" for a ratio that was skipped (NaN). */
const verdict = (ok: boolean, value = 0) => (Number.isNaN(value) ? "not measured" : ok ? "met" : "MISSED");
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** Prints what the run will do, where, and on what machine. */
export function printHeader(o: BenchOptions, work: string): void {
  const pairs =
    o.method === "duet" ? ` with ${o.calibrate ? "" : `${o.coldPairs} cold and `}${o.warmPairs} warm pair(s) each` : "";
  const scaling = o.method !== "duet" || o.calibrate || o.no2x ? "" : o.full ? ", a 2N pair each" : ", and one 2N pair";
  const method =
    o.method === "duet" && !o.calibrate ? (o.full ? "full method" : "quick method (--full for the long one)") : o.method;
  console.log(`Cột Mốc benchmark, ${method}: ${o.articles} articles, ${o.repeat} repeat(s)${pairs}${scaling}, in ${work}`);
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`,
  );
}

/** Prints the A/A ratios of `--calibrate`. */
export function printCalibration(o: BenchOptions, ratios: { cold: number[]; warm: number[] }): void {
  const summary = (xs: number[]) => {
    const i = medianInterval(xs);
    return `median × ${median(xs).toFixed(3)}${i ? ` (${interval(i)})` : ""}: ${list(xs)}`;
  };
  console.log(`\nA/A ratios (side 0 / side 1, ${o.clock} time)`);
  console.log(`  cold ${summary(ratios.cold)}`);
  console.log(`  warm ${summary(ratios.warm)}`);
}

/** Prints the figures, each against its target, and writes them to `--json` if asked. */
export function printReport(o: BenchOptions, result: BenchResult): void {
  const N = o.articles;
  /** A ratio against its target: the verdict, its confidence interval (in a duet) and the same ratio on the wall clock. */
  const against = (k: "chartOverheadCold" | "chartOverheadWarm" | "scaling2x") => {
    const i = result.intervals?.[k];
    const notes = [...(i ? [interval(i)] : []), `wall × ${f2(result.wallClock[k])}`];
    return `≤ ${TARGETS[k]}: ${verdict(result[k] <= TARGETS[k], result[k])} (${notes.join("; ")})`;
  };
  const renders = result.chartRendersPerBuild;
  // Each chart is rendered once (both its widths in one render), never twice with the same options.
  const oneRenderEach =
    renders === result.chartRendersDistinct && result.chartsDrawn === result.charts && renders === result.charts;
  const wall = result.wallClock;
  const rows: Array<[string, string, string]> = [
    ["articles / charts", `${N} / ${result.charts}`, ""],
    ["clock", o.clock === "cpu" ? "CPU time (user + system)" : "wall clock", ""],
    [
      "method",
      o.method === "duet"
        ? "pairs side by side (duet), sides alternating; median of the pairs' ratios"
        : o.method === "sequential"
          ? "one build at a time"
          : "one cold build",
      "",
    ],
    ["cold build (median)", `${f1(result.coldBuildSeconds)} s`, `wall ${f1(wall.coldBuildSeconds)} s`],
    ["floor build, cold (no charts)", `${f1(result.baselineBuildSeconds)} s`, `wall ${f1(wall.baselineBuildSeconds)} s`],
    ["chart overhead, cold", `× ${f2(result.chartOverheadCold)}`, against("chartOverheadCold")],
    ["warm build (median)", `${f1(result.warmBuildSeconds)} s`, `wall ${f1(wall.warmBuildSeconds)} s`],
    ["floor build, warm", `${f1(result.baselineWarmBuildSeconds)} s`, `wall ${f1(wall.baselineWarmBuildSeconds)} s`],
    ["chart overhead, warm", `× ${f2(result.chartOverheadWarm)}`, against("chartOverheadWarm")],
    [`cold build of ${2 * N} articles`, `${f1(result.cold2xBuildSeconds)} s`, `wall ${f1(wall.cold2xBuildSeconds)} s`],
    ["2N / N", `× ${f2(result.scaling2x)}`, against("scaling2x")],
    o.sequential
      ? [
          "ratios, fastest repeat",
          `cold × ${f2(result.fastestRepeat.chartOverheadCold)}, warm × ${f2(result.fastestRepeat.chartOverheadWarm)}, 2N/N × ${f2(result.fastestRepeat.scaling2x)}`,
          "",
        ]
      : [
          "ratios of each pair",
          `cold ${list(result.perRepeat.chartOverheadCold)}; warm ${list(result.perRepeat.chartOverheadWarm)}; 2N/N ${list(result.perRepeat.scaling2x)}`,
          "",
        ],
    [
      "chart renders per cold build",
      `${renders} (${result.chartsDrawn} charts, each at 2 widths)`,
      `one per chart: ${verdict(oneRenderEach)}`,
    ],
    ["chart renders per warm build", String(result.warmChartRenders), ""],
    ["chart SVGs placed on pages", String(result.chartPlacements), ""],
    [
      "peak memory (one process)",
      `${result.peakRssMb.toFixed(0)} MB`,
      N >= 500 ? `≤ 1.5 GB at 500: ${verdict(result.peakRssMb <= TARGETS.peakRssMbAt500)}` : "(target is at N = 500)",
    ],
    ["article HTML+CSS (median)", `${kb(result.articleHtmlCssBytes)} raw, ${kb(result.articleHtmlCssGzipBytes)} gzip`, ""],
    ["article JS (median)", `${kb(result.articleJsBytes)} raw, ${kb(result.articleJsGzipBytes)} gzip`, ""],
    ["embed page HTML+CSS (max)", `${kb(result.embedHtmlCssGzipBytesMax)} gzip`, ""],
    [
      "Plot + d3 in a browser, instead",
      `${kb(result.browserPlotD3Bytes)} raw, ${kb(result.browserPlotD3GzipBytes)} gzip`,
      "(JavaScript a reader would download)",
    ],
  ];
  console.log("");
  for (const [a, b, c] of rows) console.log(`${a.padEnd(32)} ${b.padEnd(44)} ${c}`);
  if (o.json) {
    writeFileSync(o.json, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nWrote ${o.json}`);
  }
}
