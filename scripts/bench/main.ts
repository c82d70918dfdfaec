/**
 * `npm run bench`: what charts cost the build, against the floor (the same site with every chart
 * replaced by inert markup of the same byte size), as ratios of real builds of a synthetic corpus
 * run side by side on this machine. BENCHMARKS.md has the method and the figures.
 *
 * Options (options.ts): --articles N, --repeat R, --cold-pairs C, --warm-pairs W, --json FILE,
 * --clock cpu|wall, --sequential, --calibrate, --no-2x, --cold-only, --keep.
 */
import { join, resolve } from "node:path";
import { writeCorpus } from "./corpus.ts";
import { parseOptions, USAGE } from "./options.ts";
import { runPlan } from "./plan.ts";
import { printCalibration, printHeader, printReport } from "./report.ts";
import { summarize } from "./result.ts";
import { Runner } from "./runner.ts";
import { createWorkspace } from "./workspace.ts";

const options = parseOptions(process.argv.slice(2));
if (!options) {
  console.error(USAGE);
  process.exit(2);
}
const ws = createWorkspace(resolve(import.meta.dirname, "../.."));
const runner = new Runner(ws, options);
printHeader(options, ws.work);
const N = options.articles;
const corpora = { rootN: join(ws.work, `corpus-${N}`), root2N: join(ws.work, `corpus-${2 * N}`) };
const { charts } = writeCorpus(corpora.rootN, N);
if (!options.no2x && !options.coldOnly) writeCorpus(corpora.root2N, 2 * N);

const outcome = await runPlan(runner, options, corpora);
if ("calibration" in outcome) {
  printCalibration(options, outcome.calibration);
  if (!options.keep) ws.remove();
  process.exit(0);
}
printReport(options, await summarize(options, outcome.runs, charts, ws.repo));
if (options.keep) console.log(`Kept ${ws.work}`);
else ws.remove();
