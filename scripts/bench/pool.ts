/**
 * `node scripts/bench/pool.ts FILE…`: pools the pairs of several runs of `npm run bench -- --json FILE`
 * and prints, for each ratio, how many pairs, their median with its confidence interval, and their range.
 */
import { readFileSync } from "node:fs";
import { median, medianInterval } from "./stats.ts";

const RATIOS = { chartOverheadCold: "cold / floor", chartOverheadWarm: "warm / warm floor", scaling2x: "2N / N" } as const;
type Ratio = keyof typeof RATIOS;

const files = process.argv.slice(2);
if (!files.length) {
  console.error("Usage: node scripts/bench/pool.ts FILE… (the --json files of bench runs)");
  process.exit(2);
}
const pooled: Record<Ratio, number[]> = { chartOverheadCold: [], chartOverheadWarm: [], scaling2x: [] };
for (const file of files) {
  const run = JSON.parse(readFileSync(file, "utf8")) as { perRepeat: Record<Ratio, Array<number | null>> };
  for (const k of Object.keys(pooled) as Ratio[]) pooled[k].push(...run.perRepeat[k].filter((x): x is number => x !== null));
}
const x3 = (x: number) => `× ${x.toFixed(3)}`;
console.log(`Pairs of ${files.length} run(s)`);
for (const k of Object.keys(pooled) as Ratio[]) {
  const xs = pooled[k].filter(Number.isFinite);
  const i = medianInterval(xs);
  const ci = i ? `${(i.coverage * 100).toFixed(1)} % interval ${x3(i.low)} to ${x3(i.high)}` : "no interval";
  const range = xs.length ? `range ${x3(Math.min(...xs))} to ${x3(Math.max(...xs))}` : "";
  console.log(`  ${RATIOS[k].padEnd(18)} ${String(xs.length).padStart(4)} pairs, median ${x3(median(xs))}, ${ci}, ${range}`);
}
