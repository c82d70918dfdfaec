/**
 * `npm run bench:reader`: how soon a reader sees our pages and their charts, against the same pages
 * with the charts drawn in the browser (peers.ts, bundle.ts, framework.ts), in throttled Chromium
 * (measure.ts), in alternating rounds. Prints medians and ratios ours / peer; `--json FILE` writes
 * them. A script, not a test: nothing here is asserted.
 *
 *   npm run bench:reader -- [--rounds 7] [--dist DIR] [--chart ID] [--article SLUG] [--no-framework]
 *                           [--json FILE] [--keep]
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { launch } from "../../lib/browser.ts";
import type { Served } from "../../lib/staticServer.ts";
import { bundleChartScript, chartModuleForFramework, type BundleKind } from "./bundle.ts";
import { buildFramework, frameworkVersion, type FrameworkPage } from "./framework.ts";
import { CPU_SLOWDOWN, loadOnce, NETWORK, VIEWPORT } from "./measure.ts";
import { chartSpecs, measuredPages, sameMarks } from "./pages.ts";
import { peerPage } from "./peers.ts";
import { serveLayers } from "./serve.ts";
import { formatSummary, summarize, VARIANTS, type Sample, type Variant } from "./summary.ts";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "7" },
    dist: { type: "string" },
    chart: { type: "string" },
    article: { type: "string" },
    json: { type: "string" },
    "no-framework": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: cần một số nguyên dương, không phải "${args.rounds}"`);

const root = process.cwd();
const log = (s: string) => process.stderr.write(`${s}\n`);
/** What was compared and how: printed (stderr now, stdout with the results) and kept in the JSON. */
const setup: string[] = [];
const note = (s: string) => {
  setup.push(s);
  log(s);
};

/** Returns the built site to measure: --dist, else the repository's dist/, else one built now. */
function siteDist(): string {
  if (args.dist) {
    const dir = resolve(args.dist);
    if (!existsSync(join(dir, "index.html"))) throw new Error(`--dist: ${dir} không chứa index.html của một bản dựng`);
    note(`Our site: ${dir} (--dist)`);
    return dir;
  }
  const dir = join(root, "dist");
  if (existsSync(join(dir, "index.html"))) {
    note(
      `Our site: ${dir}, as built at ${statSync(join(dir, "index.html")).mtime.toISOString()} (run npm run build first to measure the current code)`,
    );
    return dir;
  }
  note("Our site: no dist/, running npm run build");
  const run = spawnSync(process.execPath, ["scripts/build.ts"], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) throw new Error(`npm run build thất bại (mã ${run.status})`);
  return dir;
}

const dist = siteDist();
const scratch = mkdtempSync(join(tmpdir(), "cot-moc-bench-reader-"));
const pages = measuredPages(dist, args.chart, args.article);
const { specs, articleSpecs } = chartSpecs(root);
const specsFor = (role: string) => (role === "article" ? new Map([...specs, ...articleSpecs]) : specs);

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Writes a peer's pages over our site (bundled chart script at /_peer/), returns its layer folder. */
async function makePeer(kind: BundleKind): Promise<{ dir: string; charts: Map<string, string[]> }> {
  const dir = join(scratch, `plot-${kind}`);
  const script = await bundleChartScript(kind);
  const name = `_peer/chart-${kind}.${createHash("sha256").update(script).digest("hex").slice(0, 10)}.js`;
  mkdirSync(join(dir, "_peer"), { recursive: true });
  writeFileSync(join(dir, name), script);
  note(`plot-${kind}: chart script ${kb(script.length)}, ${kb(gz(script))} gzipped`);
  const charts = new Map<string, string[]>();
  for (const p of pages) {
    const html = readFileSync(join(dist, p.path, "index.html"), "utf8");
    const peer = peerPage(html, specsFor(p.role), `/${name}`);
    mkdirSync(join(dir, p.path), { recursive: true });
    writeFileSync(join(dir, p.path, "index.html"), peer.html);
    charts.set(p.path, peer.charts);
  }
  return { dir, charts };
}

const whole = await makePeer("whole");
const shaken = await makePeer("shaken");
const expected = new Map<string, number>();
for (const p of pages) {
  const ids = whole.charts.get(p.path) ?? [];
  expected.set(p.path, ids.length);
  const html = readFileSync(join(dist, p.path, "index.html"), "utf8");
  note(
    `/${p.path}: ${ids.length} charts; the peers' data redraws ${sameMarks(html, ids, specsFor(p.role))} of them byte for byte (in Node)`,
  );
}

const layers: Partial<Record<Variant, string[]>> = {
  ours: [dist],
  "plot-whole": [whole.dir, dist],
  "plot-shaken": [shaken.dir, dist],
};
if (!args["no-framework"]) {
  const fwPages: FrameworkPage[] = pages.map((p) => ({
    path: `${p.path}index`,
    title:
      /<h1[^>]*>([\s\S]*?)<\/h1>/
        .exec(readFileSync(join(shaken.dir, p.path, "index.html"), "utf8"))?.[1]
        ?.replace(/<[^>]+>/g, "") ?? p.path,
    peerHtml: readFileSync(join(shaken.dir, p.path, "index.html"), "utf8"),
  }));
  log("framework: building the Observable Framework project…");
  const fwDist = buildFramework(join(scratch, "framework"), join(root, "node_modules"), await chartModuleForFramework(), fwPages);
  layers.framework = [fwDist];
  const js = readdirSync(fwDist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
  const jsBytes = js.reduce((n, f) => n + statSync(join(fwDist, f)).size, 0);
  note(
    `framework: Observable Framework ${frameworkVersion()}, ${js.length} JavaScript modules built, ${kb(jsBytes)} before gzip`,
  );
}

const servers = new Map<Variant, Served>();
for (const v of VARIANTS) {
  const roots = layers[v];
  if (roots) servers.set(v, await serveLayers(roots));
}

const browser = await launch();
const chromium = browser.version();
note(
  `Chromium ${chromium}, ${VIEWPORT.width}×${VIEWPORT.height} px, CPU ×${CPU_SLOWDOWN}, ` +
    `latency ${NETWORK.latency} ms, ${((NETWORK.downloadThroughput * 8) / 1024).toFixed(2)} / ${((NETWORK.uploadThroughput * 8) / 1024).toFixed(2)} kbit/s, ${rounds} rounds`,
);
const samples: Sample[] = [];
try {
  for (let r = 1; r <= rounds; r++) {
    for (const p of pages) {
      for (const [variant, served] of servers) {
        const load = await loadOnce(browser, new URL(p.path, served.url).href, expected.get(p.path) ?? 1);
        samples.push({ page: `/${p.path}`, variant, load });
        log(
          `round ${r} ${variant} /${p.path}: FCP ${Math.round(load.fcp)} ms, chart ${Math.round(load.chart)} ms, ${kb(load.bytes)}`,
        );
      }
    }
  }
} finally {
  await browser.close();
  for (const s of servers.values()) await s.close();
  if (!args.keep) rmSync(scratch, { recursive: true, force: true });
  else log(`Scratch kept: ${scratch}`);
}

const summary = summarize(samples);
console.log(setup.join("\n"));
console.log(formatSummary(summary));
if (args.json) {
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim();
  const settings = { rounds, chromium, viewport: VIEWPORT, cpuSlowdown: CPU_SLOWDOWN, network: NETWORK, dist, commit };
  writeFileSync(args.json, `${JSON.stringify({ settings, setup, summary, samples }, null, 2)}\n`);
  log(`Written: ${args.json}`);
}
