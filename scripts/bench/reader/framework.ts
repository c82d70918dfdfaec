/**
 * The Observable Framework peer: a Framework project in a scratch folder, one page per measured
 * page, holding the page's text (its `<main>`, our charts taken out) and a JavaScript block that
 * draws the same charts with the site's chart code, Plot and d3 imported from node_modules (which
 * Framework bundles itself: its `npm:` imports would fetch from a CDN). Framework's own theme, no
 * web fonts (its default Google Fonts stylesheet is turned off: no request to another host).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parseHTML } from "linkedom";
import { scriptJson } from "./peers.ts";

export interface FrameworkPage {
  /** Path of the page in the built site, without extension ("bieu-do/x/index"). */
  path: string;
  title: string;
  /** A peer page (peers.ts) whose `<main>` is kept and whose chart containers are drawn. */
  peerHtml: string;
}

/** Returns the page's Markdown: its main content as one HTML block, the chart data in the JS block. */
export function frameworkMarkdown(page: FrameworkPage): string {
  const { document } = parseHTML(page.peerHtml);
  const main = document.querySelector("main");
  if (!main) throw new Error(`bench:reader: trang ${page.path} không có <main>`);
  const specs: Record<string, unknown> = {};
  for (const el of main.querySelectorAll("[data-peer-chart]")) {
    const script = el.querySelector("script");
    specs[el.getAttribute("data-peer-chart") ?? ""] = JSON.parse(script?.textContent ?? "null");
    script?.remove();
  }
  // Framework copies every local file a page links to: links to our downloads become fragments.
  for (const a of main.querySelectorAll("a[href^='/']")) {
    const href = a.getAttribute("href") ?? "";
    if (/\.\w+$/.test(href)) a.setAttribute("href", `#${href}`);
  }
  // One line of HTML: Markdown ends an HTML block at a blank line.
  const html = main.innerHTML.replace(/\n\s*\n/g, "\n");
  return [
    "---",
    `title: ${JSON.stringify(page.title)}`,
    "toc: false",
    "---",
    "",
    html,
    "",
    "```js",
    'import {drawInto} from "/components/chart.js";',
    `const specs = ${scriptJson(specs)};`,
    'for (const el of document.querySelectorAll("[data-peer-chart]")) drawInto(el, specs[el.dataset.peerChart]);',
    "```",
    "",
  ].join("\n");
}

/**
 * The versions Framework's client names for the libraries a page may import without saying so
 * (`npm:react`, `npm:echarts`…): it asks registry.npmjs.org for them at every build unless its cache
 * holds them. None is loaded by these pages (they only appear in the client's table of lazy
 * imports), so the cache is seeded with the installed version when there is one, else the version
 * the registry gave on 2026-12-04, and the build makes no request.
 */
const IMPLICIT_NPM: Record<string, string> = {
  "@observablehq/plot": "0.6.17",
  "@observablehq/sample-datasets": "1.0.1",
  "apache-arrow": "21.2.0",
  arquero: "8.0.3",
  d3: "7.9.2",
  "d3-dsv": "3.0.2",
  echarts: "6.1.0",
  htl: "1.0.0",
  leaflet: "1.9.4",
  lodash: "4.18.1",
  "mapbox-gl": "3.32.0",
  "parquet-wasm": "0.8.0",
  react: "19.3.1",
  "react-dom": "19.3.1",
  "topojson-client": "3.1.0",
};

/** Creates Framework's npm version cache (`.observablehq/cache/_npm/<name>@<version>/`) under `root`. */
function seedNpmVersions(root: string, nodeModules: string): void {
  for (const [name, pinned] of Object.entries(IMPLICIT_NPM)) {
    const installed = join(nodeModules, name, "package.json");
    const version = existsSync(installed) ? (JSON.parse(readFileSync(installed, "utf8")) as { version: string }).version : pinned;
    mkdirSync(join(root, ".observablehq", "cache", "_npm", `${name}@${version}`), { recursive: true });
  }
}

/** Returns the installed Framework's version. */
export function frameworkVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("@observablehq/framework/package.json") as { version: string }).version;
}

/** Where Framework's command line lives (its package's `bin`). */
function frameworkBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "bin", "observable.js");
}

/**
 * Builds the Framework project in `dir` (created) with `pages` and the chart module, and returns the
 * folder of its built site. `nodeModules` is the project's node_modules, linked so Framework
 * resolves Plot and d3 there. Throws with Framework's output when the build fails.
 */
export function buildFramework(dir: string, nodeModules: string, chartModule: string, pages: FrameworkPage[]): string {
  mkdirSync(join(dir, "src", "components"), { recursive: true });
  symlinkSync(nodeModules, join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(
    join(dir, "observablehq.config.js"),
    `export default ${JSON.stringify({
      root: "src",
      title: "Cột Mốc",
      sidebar: false,
      pager: false,
      search: false,
      toc: false,
      footer: "",
      globalStylesheets: [],
    })};\n`,
  );
  writeFileSync(join(dir, "src", "components", "chart.js"), chartModule);
  seedNpmVersions(join(dir, "src"), nodeModules);
  for (const page of pages) {
    const file = join(dir, "src", `${page.path}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, frameworkMarkdown(page));
  }
  const run = spawnSync(process.execPath, [frameworkBin(), "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", CI: "true" },
  });
  if (run.status !== 0) {
    throw new Error(`Observable Framework không dựng được trang (mã ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return join(dir, "dist");
}
