/**
 * `npm run bench`: what charts cost the build, against the floor (the same site with every chart
 * replaced by inert markup of the same byte size), as ratios of real builds of a synthetic corpus
 * run side by side on this machine. BENCHMARKS.md has the method and the figures.
 *
 * Options: options.ts (USAGE).
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
const corpora = {
  rootN: join(ws.work, `corpus-${N}`),
  root2N: join(ws.work, `corpus-${2 * N}`),
  tiny: join(ws.work, "corpus-tiny"),
};
const { charts } = writeCorpus(corpora.rootN, N);
if (!options.no2x && !options.coldOnly) writeCorpus(corpora.root2N, 2 * N);
// The quick method's warm-up builds: two articles cost a build's fixed part (bundling the code) and little else.
if (options.method === "duet" && !options.full) writeCorpus(corpora.tiny, 2);

const outcome = await runPlan(runner, options, corpora);
if ("calibration" in outcome) {
  printCalibration(options, outcome.calibration);
  if (!options.keep) ws.remove();
  process.exit(0);
}
printReport(options, await summarize(options, outcome.runs, charts, ws.repo));
if (options.keep) console.log(`Kept ${ws.work}`);
else ws.remove();
