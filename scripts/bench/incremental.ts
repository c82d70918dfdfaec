/**
 * `node scripts/bench/incremental.ts [--articles N]`: what an incremental rebuild costs on the
 * synthetic corpus (corpus.ts). Builds N articles cold, then again with nothing changed (the build
 * finds its inputs unchanged and stops: 0 rendered, 0 reused), after one
 * dataset's description is edited, and after one article's text is edited, each time keeping the
 * caches (as a CI that keeps them does); prints wall seconds and the pages rendered and reused. Then
 * times Pagefind alone on the built site, since it indexes the whole site at every build.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeSearchIndex } from "../../src/search/searchIndex.ts";
import { writeCorpus } from "./corpus.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--articles");
const n = at >= 0 ? Number(args[at + 1]) : 100;
const repo = resolve(import.meta.dirname, "../..");

const work = mkdtempSync(join(tmpdir(), "cotmoc-incremental-"));
const code = join(work, "code");
for (const entry of ["src", "scripts", "public", "astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json"])
  if (existsSync(join(repo, entry))) cpSync(join(repo, entry), join(code, entry), { recursive: true });
for (const dir of [work, code]) symlinkSync(realpathSync(join(repo, "node_modules")), join(dir, "node_modules"), "dir");
const site = join(work, "site");
const { charts } = writeCorpus(site, n);
const out = join(work, "out", "dist");

interface Run {
  label: string;
  seconds: number;
  rendered: number;
  reused: number;
}

function build(label: string): Run {
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(code, "scripts/build.ts"), "--out", out, "--root", code], {
    cwd: work,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
      COTMOC_ROOT: site,
      COTMOC_CACHE_DIR: join(work, "cache"),
    },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) {
    console.error(`${label}: build failed\n${`${r.stdout}\n${r.stderr}`.slice(-4000)}`);
    process.exit(1);
  }
  let rendered = 0;
  let reused = 0;
  // One line a rendered page, and the count of the files reused (src/integrations/buildLog.mjs).
  for (const m of r.stdout.matchAll(/[├└]─ \S+( \((?:restored|cached)\))?$/gm)) m[1] ? reused++ : rendered++;
  for (const m of r.stdout.matchAll(/([\d.]+) tệp dùng lại từ lần dựng trước/g)) reused += Number(m[1]?.replaceAll(".", ""));
  const run = { label, seconds, rendered, reused };
  console.log(`${label.padEnd(22)} ${seconds.toFixed(1).padStart(7)} s   ${rendered} rendered, ${reused} reused`);
  // Astro's own phases (collecting build info, bundling, generating), to see where a rebuild's time goes.
  const phases = [...r.stdout.matchAll(/(?:✓ Completed in|✓ built in|page\(s\) built in) ([\d.]+m?s)/g)].map((m) => m[1]);
  console.log(`${"".padEnd(22)} Astro phases: ${phases.join(", ")}`);
  return run;
}

/** Replaces the first match of `from` in `file`, failing when there is none. */
function edit(file: string, from: RegExp, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!from.test(text)) throw new Error(`no ${String(from)} in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

console.log(`${n} articles, ${charts} charts (machine: ${process.env.BENCH_MACHINE ?? "see BENCHMARKS.md"})`);
const runs = [build("cold")];
runs.push(build("nothing changed"));
const dataset = readdirSync(join(site, "data")).filter((f) => f.endsWith(".json"))[0] ?? "";
edit(join(site, "data", dataset), /"description": "([^"]*)"/, '"description": "$1 (sửa)"');
runs.push(build("one dataset edited"));
const article = readdirSync(join(site, "content/articles"))[0] ?? "";
edit(join(site, "content/articles", article), /\s*$/, "\n\nĐoạn thêm để đo dựng lại.\n");
runs.push(build("one article edited"));

// Pagefind alone, on a copy of the built site, with an empty cache: every part of the index is made.
const copy = join(work, "pagefind-copy");
cpSync(realpathSync(out), copy, { recursive: true });
rmSync(join(copy, "pagefind"), { recursive: true, force: true });
process.env.COTMOC_CACHE_DIR = join(work, "pagefind-cache");
const start = performance.now();
await writeSearchIndex(copy);
const pagefind = (performance.now() - start) / 1000;
console.log(`${"Pagefind alone".padEnd(22)} ${pagefind.toFixed(1).padStart(7)} s`);

const cold = runs[0]?.seconds ?? 1;
for (const r of runs.slice(1)) console.log(`${r.label}: ${((100 * r.seconds) / cold).toFixed(1)} % of cold`);
console.log(`Pagefind: ${((100 * pagefind) / cold).toFixed(1)} % of cold`);
rmSync(work, { recursive: true, force: true });
