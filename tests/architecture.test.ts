/**
 * The layout's rules, read from the source: each folder of src/ is a layer and imports point one
 * way (pages → publish, embed, search → charts → model → design, lib); the product reads no
 * benchmark switch; scripts/ imports nothing from tests/; no source file grows past 300 lines.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/dist.ts";

/** Each layer's rank: a module may import from its own layer and from lower ranks only. */
const RANK: Record<string, number> = {
  lib: 0,
  design: 1,
  model: 2,
  charts: 3,
  publish: 4,
  search: 4,
  // The embed page is published too: it may use publish/ (its notes, links, standalone size), not the reverse.
  embed: 4.5,
  components: 5,
  integrations: 5,
  layouts: 6,
  pages: 7,
  // Stylesheets import nothing; the layouts import them.
  styles: 0,
};

/** The environment variables the product reads: settings of a deployment, none for a benchmark. */
const PRODUCT_SETTINGS = new Set([
  "COTMOC_ROOT",
  "COTMOC_CACHE_DIR",
  "COTMOC_CHART_CACHE",
  "COTMOC_RASTER_WORKERS",
  "COTMOC_BUILD_LOG",
  "SITE_URL",
]);

function files(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, pattern));
    else if (pattern.test(name)) out.push(path);
  }
  return out;
}

/** Returns the relative module specifiers a source file imports or re-exports. */
function imports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:import|export)\s[^"';]*?from\s*["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g))
    out.push(m[1] ?? m[2] ?? "");
  for (const m of source.matchAll(/^\s*import\s+["'](\.[^"']+)["']/gm)) out.push(m[1] ?? "");
  return out;
}

const SRC = join(ROOT, "src");
const layerOf = (path: string) => relative(SRC, path).split(sep)[0] ?? "";
const sources = files(SRC, /\.(ts|astro|js|mjs)$/);

describe("the layout of src/", () => {
  it("has a rank for every folder", () => {
    // types/ holds declarations for packages without their own, which nothing imports.
    expect(readdirSync(SRC).filter((n) => !(n in RANK) && n !== "types")).toEqual([]);
  });

  it("imports point one way: from a layer to its own or a lower one", () => {
    const wrong: string[] = [];
    for (const file of sources) {
      const from = layerOf(file);
      for (const spec of imports(readFileSync(file, "utf8"))) {
        const to = layerOf(resolve(dirname(file), spec.split("?")[0] ?? ""));
        if (to !== from && (RANK[to] ?? Infinity) > (RANK[from] ?? -Infinity)) wrong.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("is checked by a rule that can fail: a model module importing a chart is refused", () => {
    const from = layerOf(join(SRC, "model/readSite.ts"));
    const to = layerOf(resolve(join(SRC, "model"), "../charts/index.ts"));
    expect((RANK[to] ?? 0) > (RANK[from] ?? 0)).toBe(true);
  });

  it("reads only deployment settings from the environment, no benchmark switch", () => {
    const read = new Set<string>();
    for (const file of sources)
      for (const m of readFileSync(file, "utf8").matchAll(/process\.env(?:\.(\w+)|\[\s*["'](\w+)["']\s*\]|\[)/g))
        read.add(m[1] ?? m[2] ?? `${relative(ROOT, file)}: a computed name`);
    expect([...read].filter((v) => !PRODUCT_SETTINGS.has(v))).toEqual([]);
  });

  it("names import.meta.env only with a field after it: no shell variable reaches the code hash that keeps pages", () => {
    // Astro's own pattern (astro/dist/env/vite-plugin-import-meta-env.js): into a module that names the
    // object alone, comments included, it writes every environment variable whose name the text contains.
    const bare = /\bimport\.meta\.env\b(?!\.)/;
    expect(bare.test("const site = import.meta.env?.SITE;")).toBe(true);
    expect(bare.test("const site = import.meta.env.SITE;")).toBe(false);
    expect(sources.filter((f) => bare.test(readFileSync(f, "utf8"))).map((f) => relative(ROOT, f))).toEqual([]);
  });

  it("keys every HTML page with static paths by the site's bundled styles and scripts too (their hashes are in its CSP)", () => {
    const pages = files(join(SRC, "pages"), /\.astro$/).filter((f) => /\bgetStaticPaths\b/.test(readFileSync(f, "utf8")));
    expect(pages.length).toBeGreaterThanOrEqual(7);
    expect(pages.filter((f) => !/\bhtmlPaths\(/.test(readFileSync(f, "utf8"))).map((f) => relative(ROOT, f))).toEqual([]);
  });

  it("has no source file over 300 lines", () => {
    const long = files(SRC, /\.(ts|astro|js|mjs|css)$/)
      .map((f) => [relative(ROOT, f), readFileSync(f, "utf8").split("\n").length] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
});

describe("scripts/", () => {
  it("imports nothing from tests/", () => {
    const wrong = files(join(ROOT, "scripts"), /\.(ts|mjs|js)$/).flatMap((file) =>
      imports(readFileSync(file, "utf8"))
        .filter((spec) => relative(ROOT, resolve(dirname(file), spec)).startsWith(`tests${sep}`))
        .map((spec) => `${relative(ROOT, file)} → ${spec}`),
    );
    expect(wrong).toEqual([]);
  });
});
