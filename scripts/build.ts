/**
 * `npm run build`: checks the content, builds the site into a staging folder, and only when the
 * build succeeds replaces dist/ with it. A failed build leaves dist/ exactly as the last good one.
 *
 * Options: --out DIR (default dist), any other argument is passed to `astro build`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkAll } from "../src/lib/checkAll.ts";
import { formatProblem } from "../src/lib/problems.ts";
import { writeSearchIndex } from "../src/lib/searchIndex.ts";
import { projectRoot } from "../src/lib/site.ts";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const out = resolve(outIndex >= 0 ? (args.splice(outIndex, 2)[1] ?? "dist") : "dist");
const staging = `${out}.staging`;
const previous = `${out}.previous`;

function fail(message: string, code = 1): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(message);
  console.error(
    `Dựng trang thất bại; ${existsSync(out) ? `${out} vẫn giữ nguyên bản tốt gần nhất.` : "chưa có bản nào trong " + out + "."}`,
  );
  process.exit(code);
}

const { problems } = checkAll(projectRoot());
if (problems.length) fail(`Có ${problems.length} lỗi trong nội dung:\n${problems.map(formatProblem).join("\n")}`);

rmSync(staging, { recursive: true, force: true });
const astro = join(import.meta.dirname, "../node_modules/astro/bin/astro.mjs");
// V8 grows its heap far past what a build keeps alive before it collects (2.5 GB at 500 articles);
// a ceiling makes it collect sooner. COTMOC_BUILD_HEAP_MB raises it for a very large site.
const heapMb = Number(process.env.COTMOC_BUILD_HEAP_MB ?? "1024");
// --expose-gc: src/lib/raster.ts collects resvg's dead drawings every 96 MB of pixels (see collectGarbage there).
const r = spawnSync(
  process.execPath,
  [`--max-old-space-size=${heapMb}`, "--expose-gc", astro, "build", "--outDir", staging, ...args],
  {
    stdio: "inherit",
  },
);
if (r.status !== 0) fail(`astro build dừng với mã ${r.status ?? r.signal}.`, r.status ?? 1);
if (!existsSync(join(staging, "index.html"))) fail(`${staging} không có index.html.`);

// The search index is part of the site: built on the staging folder, so a failure keeps the old dist.
try {
  await writeSearchIndex(staging);
} catch (e) {
  fail(`Pagefind không lập được chỉ mục tìm kiếm: ${(e as Error).message}`);
}

// Swap: both renames are within one folder, so each is atomic; the old site is removed last.
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Đã dựng trang vào ${out}.`);
