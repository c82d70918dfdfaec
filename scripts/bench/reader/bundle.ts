/**
 * The peers' chart scripts, bundled by esbuild from the installed Plot and d3 and the site's own
 * chart code: "whole" keeps all of Plot and d3 (`import * as`, kept alive, as a page that loads
 * them entire), "shaken" keeps only what the charts use (named imports, esbuild's tree shaking).
 * Both minified ES modules that draw every `[data-peer-chart]` when they run.
 */
import { build, type Plugin } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FONT_STACK } from "../../../src/design/typography.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
export type BundleKind = "whole" | "shaken";

/** The browser shims: linkedom's document becomes the page's, the font module (Node's require) a constant. */
export const browserShims: Plugin = {
  name: "cot-moc-browser-shims",
  setup(b) {
    b.onResolve({ filter: /\/document\.ts$/ }, (args) =>
      args.importer.includes("/src/charts/") ? { path: join(HERE, "client", "document.ts") } : undefined,
    );
    b.onResolve({ filter: /\/typography\.ts$/ }, (args) =>
      args.importer.includes("/src/") ? { path: "typography", namespace: "cot-moc-shim" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "cot-moc-shim" }, () => ({
      contents: `export const FONT_STACK = ${JSON.stringify(FONT_STACK)};`,
      loader: "js",
    }));
  },
};

const ENTRIES: Record<BundleKind, string> = {
  shaken: `import { drawAll } from "./client/draw.ts"; drawAll();`,
  // Every export of Plot and d3 kept: what `import * as Plot` / `d3` loaded whole costs.
  whole: `import * as Plot from "@observablehq/plot"; import * as d3 from "d3"; import { drawAll } from "./client/draw.ts";
globalThis.__cotMocPeer = { Plot, d3 }; drawAll();`,
};

/** What every peer module is built as: one minified browser ES module, kept in memory. */
const BROWSER_MODULE = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  write: false,
  legalComments: "none",
} as const;

/** Returns the minified module for `kind` (a page's `<script type="module">`). */
export async function bundleChartScript(kind: BundleKind): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRIES[kind], resolveDir: HERE, loader: "ts", sourcefile: `peer-${kind}.ts` },
    ...BROWSER_MODULE,
    plugins: [browserShims],
    logLevel: "silent",
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error(`esbuild: không có tệp đầu ra cho gói "${kind}"`);
  return file.text;
}

/**
 * Returns the site's chart code as an ES module for the Framework page: Plot and d3 left as bare
 * imports, which Framework resolves from node_modules and bundles itself.
 */
export async function chartModuleForFramework(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `export { drawAll, drawInto } from "./client/draw.ts";`,
      resolveDir: HERE,
      loader: "ts",
      sourcefile: "peer-framework.ts",
    },
    ...BROWSER_MODULE,
    external: ["@observablehq/plot", "d3"],
    plugins: [browserShims],
    logLevel: "silent",
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error("esbuild: không có tệp đầu ra cho mô-đun của Framework");
  return file.text;
}
