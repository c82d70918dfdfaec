/**
 * `npm run build`: checks the content once, builds the site from that checked model into a staging
 * folder, and only when the build succeeds serves it at dist/ in one atomic rename
 * (scripts/lib/publish.ts: dist is a link to dist.sites/<n>/). A failed or killed build leaves dist/
 * exactly as the last good one. Astro runs in a process of its own (this script with `--stage`),
 * which has exited, and given back its memory, before Pagefind indexes the staged site; beside the
 * index, a worker thread checks every quote against the words of its built page.
 *
 * Options: --out DIR (default dist), --root DIR (the project's code, as for `astro build --root`),
 * --force (build even when nothing changed, and render every page: ignore the pages kept by the last
 * build, as a first build does).
 * COTMOC_BUILD_WAIT_S: seconds to wait for another build of the same folder (default 1800; 0 refuses).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
/**
 * The V8 heap ceiling of a build, in MB: V8 grows its heap far past what a build keeps alive before it
 * collects (2.5 GB at 500 articles), and a ceiling makes it collect sooner. About 1.75 times what a
 * build keeps alive per article (400 MB at 2,000 articles), never under 768 MB.
 */
function heapCeilingMb(): number {
  if (process.env.COTMOC_BUILD_HEAP_MB) return Number(process.env.COTMOC_BUILD_HEAP_MB);
  let articles = 0;
  try {
    articles = readdirSync(join(process.env.COTMOC_ROOT ?? process.cwd(), "content/articles")).filter((f) =>
      f.endsWith(".mdx"),
    ).length;
  } catch {
    // No articles folder: the content check names it.
  }
  return Math.max(768, Math.round(articles * 0.35));
}

// --expose-gc: src/publish/raster.ts collects resvg's dead drawings. Both are flags of the process,
// so the script runs itself again with them.
if (!process.execArgv.includes("--expose-gc")) {
  const heapMb = heapCeilingMb();
  const flags = [`--max-old-space-size=${heapMb}`, "--expose-gc", ...process.execArgv];
  // glibc gives threads malloc arenas of their own (Rolldown's, resvg's, libuv's), which keep freed memory
  // mapped: two arenas took a no-change rebuild of 300 articles from 957 to 846 MB at its peak.
  // mimalloc (Rolldown's and resvg's allocator) asks for transparent huge pages, each resident whole:
  // without them a cold build of 2,000 articles peaked at 2.3 GB instead of 2.7 GB.
  // A fixed mmap threshold: a block of 256 KB or more (a PNG's pixels, a page's bytes) is its own
  // mapping, returned when freed; glibc's moving threshold put them in the arenas, which kept them.
  const env = {
    MALLOC_ARENA_MAX: "2",
    MALLOC_MMAP_THRESHOLD_: "262144",
    MALLOC_TRIM_THRESHOLD_: "1048576",
    MIMALLOC_ALLOW_THP: "0",
    ...process.env,
  };
  const r = spawnSync(process.execPath, [...flags, import.meta.filename, ...process.argv.slice(2)], { stdio: "inherit", env });
  process.exit(r.status ?? 1);
}

// Loaded only in the process that builds: the waiting parent above then holds no Astro (about 250 MB).
// Astro and the model are loaded once a build is needed: a build with nothing changed stops in about a second.
const { projectRoot } = await import("../src/model/paths.ts");
const { publish, PublishError } = await import("./lib/publish.ts");
const { buildInputs } = await import("./lib/buildInputs.ts");
const { writeRecords } = await import("../src/model/published.ts");
type PublishedRecord = import("../src/model/published.ts").PublishedRecord;
type QuoteRef = import("../src/publish/pageQuotes.ts").QuoteRef;

/** Returns the value of `--name VALUE` in `args` (removing both), or undefined. */
function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
}

const args = process.argv.slice(2);
const out = resolve(takeOption(args, "--out") ?? "dist");
const codeRoot = takeOption(args, "--root");
// The Astro step's own options (`make` below runs it): its staging folder and where it writes its result.
const stage = takeOption(args, "--stage");
const resultFile = takeOption(args, "--result");
const force = args.includes("--force");
if (force) args.splice(args.indexOf("--force"), 1);
if (args.length) {
  console.error(`Không biết tùy chọn ${args.join(" ")}; dùng --out THƯ_MỤC, --root THƯ_MỤC hoặc --force.`);
  process.exit(2);
}
// The Astro step's pair of options, which only this script passes: one without the other is a mistake, not a build.
if ((stage === undefined) !== (resultFile === undefined)) {
  console.error("--stage và --result đi cùng nhau (chỉ scripts/build.ts tự dùng chúng); muốn dựng trang: npm run build.");
  process.exit(2);
}

const root = projectRoot();
let records: PublishedRecord[] = [];

/**
 * What the Astro step reports: the records of what it built and the quotes its pages must show, or
 * the message an editor reads.
 */
type StepResult = { records: PublishedRecord[]; quotes: QuoteRef[] } | { error: string };

/** The Astro step: checks the content and builds the pages into `staging`. */
async function astroStep(staging: string): Promise<{ records: PublishedRecord[]; quotes: QuoteRef[] }> {
  const { build } = await import("astro");
  const { checkAll } = await import("../src/model/checkAll.ts");
  const { formatProblem } = await import("../src/model/problems.ts");
  const { handOverSite } = await import("../src/model/siteStore.ts");
  const { quoteRefs } = await import("../src/publish/pageQuotes.ts");
  // Unchanged pages are hard links to Astro's stored copies, not copies (scripts/lib/linkedRestore.ts),
  // which its worker starts listing now, beside the content check (astro.config.mjs's cacheDir).
  const { linkRestoredPages } = await import("./lib/linkedRestore.ts");
  const cacheDir = process.env.COTMOC_CACHE_DIR
    ? pathToFileURL(`${resolve(codeRoot ?? ".", process.env.COTMOC_CACHE_DIR)}/`)
    : pathToFileURL(`${resolve(codeRoot ?? ".", "node_modules/.astro")}/`);
  await linkRestoredPages(dirname(createRequire(import.meta.url).resolve("astro/package.json")), cacheDir);
  // The one content pass of the build: Astro's integration and pages render from this model.
  const checked = checkAll(root);
  if (checked.problems.length)
    throw new PublishError(
      `Có ${checked.problems.length} lỗi trong nội dung:\n${checked.problems.map(formatProblem).join("\n")}`,
    );
  handOverSite(checked.site);
  try {
    await build({ ...(codeRoot ? { root: resolve(codeRoot) } : {}), outDir: staging, ...(force ? { force } : {}) });
  } catch (e) {
    throw new PublishError(`astro build dừng: ${(e as Error).stack ?? String(e)}`);
  }
  return { records: checked.records, quotes: quoteRefs(checked.site) };
}

if (stage !== undefined && resultFile !== undefined) {
  // A build killed outright (kill -9) cannot stop this step: it stops itself once orphaned.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && process.exit(1), 1000).unref();
  let result: StepResult;
  try {
    result = await astroStep(stage);
  } catch (e) {
    result = { error: e instanceof PublishError ? e.message : `Dựng trang dừng: ${(e as Error).stack ?? String(e)}` };
  }
  writeFileSync(resultFile, JSON.stringify(result));
  process.exit("error" in result ? 1 : 0);
}

/** Runs the Astro step in a process of its own; resolves with its result. A build stopped here stops it too. */
async function runAstroStep(staging: string): Promise<StepResult> {
  const dir = mkdtempSync(join(tmpdir(), "cot-moc-step-"));
  const result = join(dir, "result.json");
  const passed = [...(codeRoot ? ["--root", codeRoot] : []), ...(force ? ["--force"] : [])];
  const child = spawn(
    process.execPath,
    [...process.execArgv, import.meta.filename, "--stage", staging, "--result", result, ...passed],
    {
      stdio: "inherit",
    },
  );
  // Stopped before the publish's own handlers remove the staging folder it is writing to.
  const stop = () => child.kill();
  for (const e of ["SIGINT", "SIGTERM", "exit"] as const) process.prependListener(e, stop);
  try {
    const code = await new Promise<number | null>((done) => child.on("close", done));
    try {
      return JSON.parse(readFileSync(result, "utf8")) as StepResult;
    } catch {
      return { error: `Bước dựng trang dừng (mã ${code ?? child.signalCode}) mà không báo lý do.` };
    }
  } finally {
    for (const e of ["SIGINT", "SIGTERM", "exit"] as const) process.off(e, stop);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the site into `staging`; every failure is a `PublishError` with the message an editor reads. */
async function make(staging: string): Promise<void> {
  const step = await runAstroStep(staging);
  if ("error" in step) throw new PublishError(step.error);
  records = step.records;
  // Verify the staged site, before anything is served: every quote must be in the words a reader sees
  // on the built page, not only in the MDX source. Checked beside the search index, in a thread.
  const { missingQuotesBeside } = await import("./lib/quoteWorker.ts");
  const unseen = missingQuotesBeside(staging, step.quotes);
  unseen.catch(() => undefined);
  // The search index is part of the site: built on the staging folder, so a failure keeps the old dist.
  const { writeSearchIndex } = await import("../src/search/searchIndex.ts");
  const index = await writeSearchIndex(staging).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  const problems = await unseen.catch((e: unknown) => {
    throw new PublishError(`Kiểm tra trích dẫn trên trang đã dựng dừng: ${(e as Error).message}`);
  });
  if (problems.length) {
    const { formatProblem } = await import("../src/model/problems.ts");
    throw new PublishError(`Có ${problems.length} lỗi trên trang đã dựng:\n${problems.map(formatProblem).join("\n")}`);
  }
  if (index instanceof Error) throw new PublishError(`Pagefind không lập được chỉ mục tìm kiếm: ${index.message}`);
  const { formatNumber: n } = await import("../src/lib/format.ts");
  console.log(
    `Chỉ mục tìm kiếm: ${n(index.pages)} trang, ${n(index.parts)} phần; lập mới ${n(index.made)} phần, dùng lại ${n(index.parts - index.made)} phần.`,
  );
}

const code = await publish({
  out,
  make,
  waitSeconds: Number(process.env.COTMOC_BUILD_WAIT_S ?? "1800"),
  // Nothing changed since the served version was built (content, data, code, lockfile, Node, SITE_URL,
  // BASE_PATH): nothing is built. --force builds anyway.
  inputs: () => buildInputs(root, resolve(codeRoot ?? ".")),
  always: force,
  // What was just published is recorded (commit data/published/ with the data): later edits are compared with it.
  after: () => {
    const written = writeRecords(root, records);
    if (written.length) console.log(`Đã ghi bản ghi xuất bản: ${written.join(", ")} (commit cùng dữ liệu).`);
  },
});
// Without SITE_URL, embed codes, feeds, canonical links, Open Graph, share links and the JSON download
// name http://localhost:4321: right for `npm start`, wrong for a site put online. Credit lines name the site alone.
if (code === 0 && !process.env.SITE_URL)
  console.log(
    "Chưa đặt SITE_URL: mã nhúng, RSS, liên kết chuẩn, Open Graph, liên kết chia sẻ và địa chỉ trong tệp JSON trỏ tới http://localhost:4321, chỉ đúng khi xem bằng npm start trên máy này; dòng nguồn của tệp PNG, SVG, CSV chỉ ghi “Cột Mốc”. Khi xuất bản: SITE_URL=https://… npm run build.",
  );
process.exit(code);
