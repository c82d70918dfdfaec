/**
 * The persistent chart cache: one file per chart render (its SVGs at both widths, as JSON), named
 * by the sha256 of the chart code's version and the chart's identity (options and whole dataset),
 * so any change to the data, the drawing code, the design tokens, the vi-VN formatter or the
 * drawing libraries misses and redraws. Kept under `<cache>/charts/` (src/lib/fileCache.ts).
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { cacheRoot, packageVersion, readEntry, sha256, writeEntry } from "../lib/fileCache.ts";

/** The code a chart's bytes depend on, besides its data: this folder (but this file), the design tokens and the vi-VN formatter. */
function chartSources(): Record<string, string> {
  try {
    // Under Vite (astro build, vitest) the sources are inlined when bundling: the bundle runs from a
    // chunk folder where src/charts/ is not on disk beside it.
    return import.meta.glob(["./*.ts", "../design/*.ts", "../lib/format.ts"], { query: "?raw", import: "default", eager: true });
  } catch {
    // Plain Node (`node file.ts`): import.meta.glob does not exist, and this file is in src/charts/.
    const here = import.meta.dirname;
    const out: Record<string, string> = {};
    const add = (dir: string, prefix: string, skip = "") => {
      for (const f of readdirSync(join(here, dir)).filter((f) => f.endsWith(".ts") && f !== skip)) {
        out[`${prefix}${f}`] = readFileSync(join(here, dir, f), "utf8");
      }
    };
    // Like Vite's glob, leave this file out: it stores charts, it does not shape their bytes.
    add(".", "./", "cache.ts");
    add("../design", "../design/");
    out["../lib/format.ts"] = readFileSync(join(here, "../lib/format.ts"), "utf8");
    return out;
  }
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

/** Returns the folder charts of this code version are kept in, or undefined when the cache is off. */
export function chartCacheDir(): string | undefined {
  const root = cacheRoot();
  // One sub-folder per code version, so entries for code that no longer exists can be dropped whole.
  return root && join(root, "charts", CHART_CODE_VERSION.slice(0, 16));
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
