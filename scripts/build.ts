/**
 * `npm run build`: checks the content once, builds the site from that checked model into a staging
 * folder (Astro runs in this process), and only when the build succeeds replaces dist/ with it. A
 * failed build leaves dist/ exactly as the last good one.
 *
 * Options: --out DIR (default dist), --root DIR (the project's code, as for `astro build --root`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "astro";
import { checkAll } from "../src/model/checkAll.ts";
import { projectRoot } from "../src/model/paths.ts";
import { formatProblem } from "../src/model/problems.ts";
import { writeRecords } from "../src/model/published.ts";
import { handOverSite } from "../src/model/siteStore.ts";
import { quotesMissingFromPages } from "../src/publish/pageQuotes.ts";
import { writeSearchIndex } from "../src/search/searchIndex.ts";

// V8 grows its heap far past what a build keeps alive before it collects (2.5 GB at 500 articles);
// a ceiling makes it collect sooner. --expose-gc: src/publish/raster.ts collects resvg's dead drawings.
// Both are flags of the process, so the script runs itself again with them.
if (!process.execArgv.includes("--expose-gc")) {
  const heapMb = Number(process.env.COTMOC_BUILD_HEAP_MB ?? "1024");
  const flags = [`--max-old-space-size=${heapMb}`, "--expose-gc", ...process.execArgv];
  const r = spawnSync(process.execPath, [...flags, import.meta.filename, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

/** Returns the value of `--name VALUE` in `args` (removing both), or undefined. */
function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
}

const args = process.argv.slice(2);
const out = resolve(takeOption(args, "--out") ?? "dist");
const codeRoot = takeOption(args, "--root");
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

if (args.length) fail(`Không biết tùy chọn ${args.join(" ")}; dùng --out THƯ_MỤC hoặc --root THƯ_MỤC.`, 2);

// The one content pass of the build: Astro's integration and pages render from this model.
const root = projectRoot();
const { site, problems, records } = checkAll(root);
if (problems.length) fail(`Có ${problems.length} lỗi trong nội dung:\n${problems.map(formatProblem).join("\n")}`);
handOverSite(site);

rmSync(staging, { recursive: true, force: true });
try {
  await build({ ...(codeRoot ? { root: resolve(codeRoot) } : {}), outDir: staging });
} catch (e) {
  fail(`astro build dừng: ${(e as Error).stack ?? String(e)}`);
}
if (!existsSync(join(staging, "index.html"))) fail(`${staging} không có index.html.`);

// The search index is part of the site: built on the staging folder, so a failure keeps the old dist.
try {
  await writeSearchIndex(staging);
} catch (e) {
  fail(`Pagefind không lập được chỉ mục tìm kiếm: ${(e as Error).message}`);
}

// Every quote must be in the words a reader sees on the built page, not only in the MDX source.
const unseen = quotesMissingFromPages(staging, site);
if (unseen.length) fail(`Có ${unseen.length} lỗi trên trang đã dựng:\n${unseen.map(formatProblem).join("\n")}`);

// Swap: both renames are within one folder, so each is atomic; the old site is removed last.
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Đã dựng trang vào ${out}.`);

// What was just published is recorded (commit data/published/ with the data): later edits are compared with it.
const written = writeRecords(root, records);
if (written.length) console.log(`Đã ghi bản ghi xuất bản: ${written.join(", ")} (commit cùng dữ liệu).`);
