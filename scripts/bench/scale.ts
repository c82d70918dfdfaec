/**
 * `npm run bench:scale -- --articles N --json FILE`: how the real build scales. On synthetic corpora
 * of N articles and of a baseline (100), already published (their records written, as a newsroom's
 * are), it runs one build at a time: the baseline cold, N cold, N again after editing one dataset,
 * N again with nothing changed (the build finds its inputs unchanged and stops), and that again into
 * a new folder (as a CI that keeps the caches but not dist/), the last three keeping the caches of
 * the first. It prints and writes the figures of the newsroom-scale issue, each against its target.
 * BENCHMARKS.md explains the figures; options: options.ts (SCALE_USAGE).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { checkAll } from "../../src/model/checkAll.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { writeRecords } from "../../src/model/published.ts";
import { generateArticle, writeCorpus } from "./corpus.ts";
import { parseScaleOptions, SCALE_USAGE } from "./options.ts";
import { stopBuilds, timedBuild } from "./scaleBuild.ts";
import { EDIT_MARK, editDataset, formatScale, scaleFigures } from "./scaleFigures.ts";
import { createWorkspace } from "./workspace.ts";

const options = parseScaleOptions(process.argv.slice(2));
if (!options) {
  console.error(SCALE_USAGE);
  process.exit(2);
}
const { articles: N, baseline: B } = options;
const ws = createWorkspace(resolve(import.meta.dirname, "../.."), { drawHook: false });
process.on("exit", stopBuilds);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    stopBuilds();
    if (!options.keep) ws.remove();
    process.exit(130);
  });

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");
const loadAtStart = loadavg();
console.log(`Cột Mốc bench:scale: ${N} articles against ${B}, one build at a time, in ${ws.work}`);
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}; load average ${load()}`,
);

/** Writes a corpus and publishes it: its records written, as after a newsroom's first publish. */
function publishedCorpus(n: number): { root: string; charts: number } {
  const root = join(ws.work, `corpus-${n}`);
  const { charts } = writeCorpus(root, n);
  const checked = checkAll(root);
  if (checked.problems.length) {
    console.error(`The corpus of ${n} articles fails the content checks:\n${checked.problems.map(formatProblem).join("\n")}`);
    if (!options?.keep) ws.remove();
    process.exit(1);
  }
  writeRecords(root, checked.records);
  return { root, charts };
}

const [codeN, codeB] = ws.codeDirs;
const baseCorpus = publishedCorpus(B);
const corpus = N === B ? baseCorpus : publishedCorpus(N);
const spec = (label: string, codeDir: string, root: string, name: string) => ({
  label,
  codeDir,
  root,
  cache: ws.cacheOf(name),
  out: join(ws.work, `out-${name}`),
  work: ws.work,
});
const report = (b: { label: string; wallSeconds: number; cpuSeconds: number; peakRssMb: number }) =>
  console.log(
    `  ${b.label.padEnd(40)}${b.wallSeconds.toFixed(1).padStart(8)} s wall${b.cpuSeconds.toFixed(1).padStart(8)} s CPU${b.peakRssMb.toFixed(0).padStart(6)} MB`,
  );

// The baseline builds in its own copy of the code, with its own caches: nothing of it helps N's builds.
const baseline = await timedBuild(spec(`cold, ${B} articles`, codeB, baseCorpus.root, `base-${B}`));
report(baseline);
const specN = (label: string) => spec(label, codeN, corpus.root, `n-${N}`);
const cold = await timedBuild(specN(`cold, ${N} articles`));
report(cold);

// One dataset of the middle article, edited as a copy-editor would: a chart, its pages and its article change.
const dataset = generateArticle(Math.ceil(N / 2)).datasets[0];
if (!dataset) throw new Error("corpus article without a dataset");
const datasetFile = join(corpus.root, "data", `${dataset.id}.json`);
writeFileSync(datasetFile, editDataset(readFileSync(datasetFile, "utf8")));
const edit = await timedBuild(specN(`one dataset edited (${dataset.id})`));
report(edit);
// The edit must reach the built chart page, or the rebuild measured a stale site.
const chartPage = join(ws.work, `out-n-${N}`, "bieu-do", dataset.id, "index.html");
const editSeen = readFileSync(chartPage, "utf8").includes(EDIT_MARK.trim());
if (!editSeen) console.error(`\nThe rebuild did not carry the edit to ${chartPage}: its figures measure a stale site.`);
const noChange = await timedBuild(specN("nothing changed"));
report(noChange);
// A CI that keeps the caches but not dist/: the same tree, built into a folder no build has served.
const noChangeCi = await timedBuild({ ...specN("nothing changed, new folder (CI)"), out: join(ws.work, `out-n-${N}-ci`) });
report(noChangeCi);

const result = scaleFigures({
  articles: N,
  charts: corpus.charts,
  baselineArticles: B,
  baseline,
  cold,
  edit,
  noChange,
  noChangeCi,
});
console.log("");
for (const l of formatScale(result)) console.log(l);
console.log(`\nLoad average at the start ${loadAtStart.map((x) => x.toFixed(2)).join(", ")}, at the end ${load()}.`);
if (loadAtStart[0] !== undefined && loadAtStart[0] > 0.5)
  console.log("The machine was not idle: other load lowers parallelism and lengthens every wall time.");
if (options.json) {
  const out = {
    ...result,
    editSeen,
    editedDataset: dataset.id,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "?", memoryGb: totalmem() / 2 ** 30, node: process.version },
    loadAverage: { start: loadAtStart, end: loadavg() },
  };
  writeFileSync(options.json, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`Wrote ${options.json}`);
}
if (options.keep) console.log(`Kept ${ws.work}`);
else ws.remove();
process.exit(editSeen ? 0 : 1);
