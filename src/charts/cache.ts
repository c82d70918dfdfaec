/**
 * The persistent chart cache, kept across builds: one file per chart render (its SVGs at both
 * widths, as JSON), named by the sha256 of the chart code's version, the options and the whole
 * dataset, so any change to the data, the options, the drawing code, the vi-VN formatter or the drawing libraries misses and redraws.
 * It lives in `${COTMOC_CACHE_DIR}/charts/` or `node_modules/.cache/cot-moc/charts/`; every write is
 * atomic (a temporary file renamed into place), and any I/O failure is a miss, never a failed build.
 * `COTMOC_CHART_CACHE=off` turns it off.
 *
 * Two hooks serve the benchmark (scripts/bench.ts): `COTMOC_RENDER_LOG=<file>` appends one line per
 * chart render (with each width's size), and `COTMOC_CHART_FLOOR=1` with `COTMOC_CHART_SIZES=<file>` replaces every
 * chart by inert markup of the same byte size, to measure what the site costs without charts.
 */
import { createHash } from "node:crypto";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The code a chart's bytes depend on, besides its data: this folder (but this file) and the vi-VN formatter. */
function chartSources(): Record<string, string> {
  try {
    // Under Vite (astro build, vitest) the sources are inlined when bundling: the bundle runs from a
    // chunk folder where src/charts/ is not on disk beside it.
    return import.meta.glob(["./*.ts", "../lib/format.ts"], { query: "?raw", import: "default", eager: true });
  } catch {
    // Plain Node (`node file.ts`): import.meta.glob does not exist, and this file is in src/charts/.
    const here = import.meta.dirname;
    const out: Record<string, string> = {};
    // Like Vite's glob, leave this file out: it stores charts, it does not shape their bytes.
    for (const f of readdirSync(here).filter((f) => f.endsWith(".ts") && f !== "cache.ts")) {
      out[`./${f}`] = readFileSync(join(here, f), "utf8");
    }
    out["../lib/format.ts"] = readFileSync(join(here, "../lib/format.ts"), "utf8");
    return out;
  }
}

/** Returns the installed version of an npm package ("?" when it cannot be found). */
export function packageVersion(name: string): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve(name));
    for (let i = 0; i < 6; i++, dir = dirname(dir)) {
      const file = join(dir, "package.json");
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? "?";
    }
  } catch {
    // fall through
  }
  return "?";
}

function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

/** The libraries whose output is in a chart's bytes. */
const DRAWING_PACKAGES = ["@observablehq/plot", "d3", "linkedom"];

/** Returns a code version: the hash of source texts by path and of package versions by name. */
export function codeVersion(sources: Record<string, string>, packages: Record<string, string>): string {
  const parts = Object.keys(sources)
    .sort()
    .map((k) => `${k}\0${sources[k]}`);
  for (const name of Object.keys(packages).sort()) parts.push(`${name}@${packages[name]}`);
  return sha256(parts.join("\0"));
}

/** The version of the chart code this process runs, computed once at startup. */
export const CHART_CODE_VERSION = codeVersion(
  chartSources(),
  Object.fromEntries(DRAWING_PACKAGES.map((name) => [name, packageVersion(name)])),
);

/** Returns the cache key of a chart: sha256 of the code version and `identity` (options and dataset, as JSON). */
export function chartCacheKey(identity: string, codeVersion = CHART_CODE_VERSION): string {
  return sha256(`${codeVersion}\0${identity}`);
}

/** Returns the cache's root folder, or undefined when the cache is off. */
function cacheRoot(): string | undefined {
  if (process.env.COTMOC_CHART_CACHE === "off") return undefined;
  return process.env.COTMOC_CACHE_DIR ?? join(process.cwd(), "node_modules/.cache/cot-moc");
}

/** Returns the folder charts of this code version are kept in, or undefined when the cache is off. */
export function chartCacheDir(): string | undefined {
  const root = cacheRoot();
  // One sub-folder per code version, so entries for code that no longer exists can be dropped whole.
  return root && join(root, "charts", CHART_CODE_VERSION.slice(0, 16));
}

/** Returns the cached file's content, or undefined (not cached, cache off, or unreadable). */
function readEntry(file: string | undefined): Buffer | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

let tmpCounter = 0;

/** Writes `file` atomically; silently does nothing when it cannot be written. */
function writeEntry(file: string, content: string | Buffer): void {
  try {
    // A reader sees the old file or the whole new one, never a partial write: rename is atomic.
    const tmp = `${file}.${process.pid}.${tmpCounter++}.tmp`;
    try {
      writeFileSync(tmp, content);
    } catch (e) {
      // The folder is made on the first write that needs it, not checked before every write.
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(tmp, content);
    }
    renameSync(tmp, file);
  } catch {
    // The cache only saves time; a read-only or full disk must not fail the build.
  }
}

/** Returns the cached entry for `key` (a chart's SVGs, as JSON), or undefined (not cached, cache off, or unreadable). */
export function readCachedChart(key: string): string | undefined {
  const dir = chartCacheDir();
  return readEntry(dir && join(dir, `${key}.json`))?.toString("utf8");
}

let pruned = false;

/** Stores `entry` (a chart's SVGs, as JSON) under `key`, atomically; silently does nothing when the cache cannot be written. */
export function writeCachedChart(key: string, entry: string): void {
  const dir = chartCacheDir();
  if (!dir) return;
  if (!pruned) {
    pruned = true;
    // Entries of other code versions can never be read again.
    const parent = dirname(dir);
    try {
      for (const d of readdirSync(parent)) if (join(parent, d) !== dir) rmSync(join(parent, d), { recursive: true, force: true });
    } catch {
      // nothing cached yet
    }
  }
  writeEntry(join(dir, `${key}.json`), entry);
}

let scratchDir: string | undefined;

/**
 * Returns the path of a file holding the bytes `produce()` makes (a PNG, the subset fonts), kept
 * across builds in `<cache>/<namespace>/` under the hash of `identity`, which must name everything
 * the bytes depend on (for a PNG: the SVG, the width, the rasterizer's and the fonts' versions);
 * with the cache off, or unwritable, in a temporary folder of this process.
 */
export async function cachedFile(
  namespace: string,
  identity: string,
  ext: string,
  produce: () => Promise<Uint8Array>,
): Promise<string> {
  const name = join(namespace, `${sha256(identity)}${ext}`);
  const file = join(cacheRoot() ?? scratch(), name);
  if (existsSync(file)) return file;
  const bytes = Buffer.from(await produce());
  writeEntry(file, bytes);
  if (existsSync(file)) return file;
  // A cache that cannot be written still needs the file: the process's own folder takes it.
  const own = join(scratch(), name);
  mkdirSync(dirname(own), { recursive: true });
  writeFileSync(own, bytes);
  return own;
}

/** Returns this process's temporary folder, removed when the process exits. */
function scratch(): string {
  if (!scratchDir) {
    const dir = (scratchDir = mkdtempSync(join(tmpdir(), "cot-moc-")));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  return scratchDir;
}

/** Returns the SVG's viewBox ("0 0 640 320"), or "" for empty markup. */
function viewBoxOf(markup: string): string {
  return /viewBox="([^"]*)"/.exec(markup)?.[1] ?? "";
}

/** Returns the floor's name for a chart: the hash of its identity alone, so it survives a code edit. */
export function floorKey(identity: string): string {
  return sha256(identity);
}

/**
 * Appends one line per chart render to `COTMOC_RENDER_LOG` when it is set: "cache key, dataset id",
 * then "floor key, bytes, viewBox" for each width drawn (`variants`: each width's identity and markup).
 */
export function logChartRender(key: string, id: string, variants: ReadonlyArray<readonly [string, string]>): void {
  const log = process.env.COTMOC_RENDER_LOG;
  if (!log) return;
  const sizes = variants.map(([identity, markup]) => `${floorKey(identity)}\t${Buffer.byteLength(markup)}\t${viewBoxOf(markup)}`);
  appendFileSync(log, `${[key, id, ...sizes].join("\t")}\n`);
}

/** A chart's size as drawn by a build with charts, which the floor build reproduces. */
export interface ChartSize {
  bytes: number;
  viewBox: string;
}

/** Returns the render log's lines as sizes by floor key, one per width drawn (the file the floor build reads). */
export function parseRenderLog(text: string): Record<string, ChartSize & { id: string }> {
  const out: Record<string, ChartSize & { id: string }> = {};
  for (const line of text.split("\n")) {
    const [, id = "", ...sizes] = line.split("\t");
    for (let i = 0; i + 2 < sizes.length; i += 3) {
      out[sizes[i] ?? ""] = { id, bytes: Number(sizes[i + 1] ?? "0"), viewBox: sizes[i + 2] ?? "" };
    }
  }
  return out;
}

/** Returns true when the build is the benchmark's floor: charts replaced by inert markup. */
export function isChartFloor(): boolean {
  return process.env.COTMOC_CHART_FLOOR === "1";
}

let floorSizes: Record<string, ChartSize> | undefined;

/**
 * Returns inert markup of exactly the byte size the chart had when drawn (an empty SVG padded with a
 * comment), read from `COTMOC_CHART_SIZES`; throws when that file does not know the chart.
 */
export function floorMarkup(identity: string): string {
  const key = floorKey(identity);
  const file = process.env.COTMOC_CHART_SIZES;
  if (!file) throw new Error("COTMOC_CHART_FLOOR=1 cần COTMOC_CHART_SIZES: tệp kích thước biểu đồ của một lần dựng có biểu đồ.");
  floorSizes ??= JSON.parse(readFileSync(file, "utf8")) as Record<string, ChartSize>;
  const size = floorSizes[key];
  if (!size) throw new Error(`${file} không có biểu đồ ${key}: hãy dựng lại với biểu đồ trước khi đo mức sàn.`);
  if (size.bytes === 0) return "";
  const head = `<svg xmlns="http://www.w3.org/2000/svg" class="cm-chart" role="img" aria-label="Biểu đồ" viewBox="${size.viewBox}"><!--`;
  const tail = "--></svg>";
  const pad = size.bytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
  return `${head}${"x".repeat(Math.max(0, pad))}${tail}`;
}
