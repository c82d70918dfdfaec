/**
 * `node scripts/bench/siteBytes.ts [DIST]`: what a reader downloads for the built site's pages (dist/
 * by default, built under BASE_PATH), fonts and images aside: the home page, each article, the
 * heaviest chart and embed pages, and the largest inline chart SVG.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chartSvgs, gzipSize, pageBytes, type PageBytes } from "./pageBytes.ts";

const dist = resolve(process.argv[2] ?? "dist");
const base = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");
if (!existsSync(join(dist, "index.html"))) {
  console.error(`${dist} has no index.html: build the site first (npm run build).`);
  process.exit(2);
}

/** Returns `dir/<name>/<rest>` for every folder of `dir` that has that file. */
const pagesUnder = (dir: string, rest = "index.html") =>
  existsSync(join(dist, dir))
    ? readdirSync(join(dist, dir))
        .sort()
        .map((name) => `${dir}/${name}/${rest}`)
        .filter((f) => existsSync(join(dist, f)))
    : [];
const measure = (f: string): [string, PageBytes] => [f, pageBytes(dist, f, base)];
const heaviest = (files: string[]) => files.map(measure).sort((a, b) => b[1].htmlCssGzip - a[1].htmlCssGzip)[0];
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

const rows = [
  measure("index.html"),
  ...pagesUnder("bai-viet").map(measure),
  heaviest(pagesUnder("bieu-do")),
  heaviest(pagesUnder("bieu-do", "nhung/index.html")),
].filter((r): r is [string, PageBytes] => r !== undefined);
const cell = (b: number) => kb(b).padStart(9);
console.log(`${"HTML+CSS".padStart(9)}${"gzipped".padStart(9)}${"JS".padStart(9)}${"JS gzip".padStart(9)}  page`);
for (const [f, b] of rows) {
  console.log(`${cell(b.htmlCss)}${cell(b.htmlCssGzip)}${cell(b.js)}${cell(b.jsGzip)}  /${f.replace(/index\.html$/, "")}`);
}
const svgs = [...pagesUnder("bai-viet"), ...pagesUnder("bieu-do")].flatMap((f) => chartSvgs(readFileSync(join(dist, f), "utf8")));
const largest = svgs.sort((a, b) => Buffer.byteLength(b) - Buffer.byteLength(a))[0] ?? "";
console.log(`largest inline chart SVG: ${kb(Buffer.byteLength(largest))}, ${kb(gzipSize(largest))} gzipped`);
