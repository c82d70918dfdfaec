/**
 * `npm run lighthouse`: audits the built site with Lighthouse (mobile, simulated slow 4G and CPU) in
 * Debian's Chromium and prints the four category scores of the home page, each article and the
 * first chart page. Targets: 100 in every category (issue 19); the simulated timings are printed
 * beside the scores. A report, not a test: timings on a shared machine are noisy.
 *
 * It builds nothing: it serves dist/ (or --dist DIR; BASE_PATH as the build had it) on loopback
 * with scripts/lib/staticServer.ts, starts /usr/bin/chromium itself with a DevTools port (no
 * chrome-launcher), and exits 1 when a score is below its target. Each page is audited --runs
 * times (3) and each score is the median. --json FILE keeps the scores.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import lighthouse from "lighthouse";
import type { Result as LighthouseResult } from "lighthouse";
import { CHROMIUM, CHROMIUM_ARGS } from "./lib/browser.ts";
import { serve } from "./lib/staticServer.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 };
/** Lighthouse's simulated timings shown beside the scores: what the performance score is made of. */
const TIMINGS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  SI: "speed-index",
} as const;
const LABELS: Record<Category, string> = {
  performance: "perf",
  accessibility: "a11y",
  "best-practices": "best",
  seo: "SEO",
};

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dist = resolve(option("--dist") ?? "dist");
const base = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");
const jsonOut = option("--json");
/** Runs per page; each category's score is the median, as Lighthouse advises for noisy machines. */
const RUNS = Number(option("--runs") ?? "3");
if (!existsSync(join(dist, "index.html"))) {
  console.error(`${dist} has no index.html: build the site first (npm run build).`);
  process.exit(2);
}

/** Returns the pages to audit, as paths under the base: home, every article, the first chart page. */
function pagesToAudit(): string[] {
  const dirs = (sub: string) =>
    existsSync(join(dist, sub))
      ? readdirSync(join(dist, sub))
          .filter((d) => existsSync(join(dist, sub, d, "index.html")))
          .sort()
      : [];
  const firstChart = dirs("bieu-do")[0];
  return ["", ...dirs("bai-viet").map((d) => `bai-viet/${d}/`), ...(firstChart ? [`bieu-do/${firstChart}/`] : [])];
}

/** Starts Chromium with the flags of scripts/lib/browser.ts and a DevTools port; returns the port. */
async function startChromium(profile: string): Promise<{ port: number; stop: () => void }> {
  const child = spawn(CHROMIUM, [...CHROMIUM_ARGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const port = await new Promise<number>((done, fail) => {
    let err = "";
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) done(Number(m[1]));
    });
    child.on("exit", (code) => fail(new Error(`Chromium exited (${code}) before opening its DevTools port:\n${err}`)));
  });
  return { port, stop: () => child.kill() };
}

const profile = mkdtempSync(join(tmpdir(), "cotmoc-lighthouse-"));
const server = await serve(dist, base);
const chromium = await startChromium(profile);
const results: Array<{
  page: string;
  scores: Record<Category, number>;
  cls: number;
  timings: Record<string, number>;
  misses: string[];
}> = [];
console.log(`Targets: ${CATEGORIES.map((c) => `${LABELS[c]} ≥ ${TARGETS[c]}`).join(", ")}; "!" marks a score below.`);
console.log(
  `${CATEGORIES.map((c) => LABELS[c].padStart(5)).join("")}    CLS${Object.keys(TIMINGS)
    .map((t) => t.padStart(6))
    .join("")}  page (times in ms)`,
);
try {
  for (const page of pagesToAudit()) {
    const url = `${server.url}${page}`;
    const lhrs: LighthouseResult[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await lighthouse(url, {
        port: chromium.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      lhrs.push(run.lhr);
    }
    const score = (lhr: LighthouseResult, c: Category) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, lhrs.map((l) => score(l, c)).sort((a, b) => a - b)[Math.floor(lhrs.length / 2)] ?? 0]),
    ) as Record<Category, number>;
    // The run with the median performance score explains the misses.
    const lhr =
      [...lhrs].sort((a, b) => score(a, "performance") - score(b, "performance"))[Math.floor(lhrs.length / 2)] ?? lhrs[0]!;
    // For a category below target, the audits that cost it points, so the fix can start there.
    const misses = CATEGORIES.filter((c) => scores[c] < TARGETS[c]).flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${LABELS[c]}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.title ?? ""})`),
    );
    // Layout shift, the worst of the runs (issue 19's bar: at most 0.01).
    const cls = Math.max(...lhrs.map((l) => l.audits["cumulative-layout-shift"]?.numericValue ?? 0));
    // The timings the performance score is made of, medians of the runs, in ms.
    const timings = Object.fromEntries(
      Object.entries(TIMINGS).map(([name, id]) => {
        const values = lhrs.map((l) => l.audits[id]?.numericValue ?? NaN).sort((a, b) => a - b);
        return [name, Math.round(values[Math.floor(values.length / 2)] ?? NaN)];
      }),
    );
    results.push({ page: `/${page}`, scores, cls, timings, misses });
    const cells = CATEGORIES.map((c) => `${String(scores[c]).padStart(4)}${scores[c] < TARGETS[c] ? "!" : " "}`).join(" ");
    const times = Object.values(timings)
      .map((t) => String(t).padStart(6))
      .join("");
    console.log(`${cells} ${cls.toFixed(3).padStart(6)}${times}  /${page}`);
    for (const m of misses) console.log(`        ${m}`);
  }
} finally {
  chromium.stop();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

if (jsonOut) writeFileSync(resolve(jsonOut), `${JSON.stringify(results, null, 2)}\n`);
const below = results.filter((r) => CATEGORIES.some((c) => r.scores[c] < TARGETS[c]));
console.log(below.length ? `\n${below.length} page(s) below target.` : `\nAll ${results.length} pages meet the targets.`);
process.exit(below.length ? 1 : 0);
