/** What the built pages weigh (pageBytes.ts), and what drawing the charts in the browser would cost instead. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import { chartSvgs, pageBytes, type PageBytes } from "./pageBytes.ts";
import { median } from "./stats.ts";

/** Returns every file under `dir`, relative to it. */
function walk(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...walk(dir, rel));
    else out.push(rel);
  }
  return out;
}

/** Returns the median and maximum of each byte count over the pages matching `pattern`. */
export function bytesOf(dist: string, pattern: RegExp): { pages: number; median: PageBytes; max: PageBytes } {
  const pages = walk(dist)
    .filter((f) => pattern.test(f))
    .map((f) => pageBytes(dist, f));
  const keys = ["htmlCss", "htmlCssGzip", "js", "jsGzip"] as const;
  const pick = (f: (xs: number[]) => number) =>
    Object.fromEntries(keys.map((k) => [k, f(pages.map((p) => p[k]))])) as unknown as PageBytes;
  return { pages: pages.length, median: pick(median), max: pick((xs) => Math.max(0, ...xs)) };
}

/** Returns how many chart SVGs the built pages inline (a placement drawn at two widths counts twice). */
export function chartPlacements(dist: string): number {
  return walk(dist)
    .filter((f) => f.endsWith(".html"))
    .reduce((n, f) => n + chartSvgs(readFileSync(join(dist, f), "utf8")).length, 0);
}

/**
 * Returns the bytes a reader would download to draw these charts in the browser instead: Observable
 * Plot and d3, bundled and minified with esbuild from the versions installed in `repo`, raw and gzipped.
 */
export async function browserPlotBytes(repo: string): Promise<{ raw: number; gzip: number }> {
  const out = await esbuild({
    stdin: {
      contents: 'import * as Plot from "@observablehq/plot"; import * as d3 from "d3"; globalThis.charts = { Plot, d3 };',
      resolveDir: repo,
    },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}
