/**
 * The build's guard: every content check runs before Astro renders anything (once: by
 * scripts/build.ts, or here for a bare `astro build`), so a mistake stops the build with all problems
 * listed; the dev server prints them and shows them in place of every page (devProblems.ts), and
 * reloads when a data file or an article changes. Also expands global.css's
 * palette and, at the build's end, puts the PNGs in and normalizes the text files to NFC.
 */
import type { AstroIntegration } from "astro";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { paletteCssPlugin } from "../design/siteCss.ts";
import { replaceFileSync } from "../lib/linkFile.ts";
import { filesUnder } from "../lib/folders.ts";
import { isTextFile, restoredPages, restoresInPlace } from "../lib/nfcFiles.ts";
import { checkAll } from "../model/checkAll.ts";
import { ARTICLES_DIR, DATA_DIR, projectRoot } from "../model/paths.ts";
import { problemsReport, SiteError, type Problem } from "../model/problems.ts";
import { contentSignature, handedSite, handOverSite } from "../model/siteStore.ts";
import { problemsMiddleware } from "./devProblems.ts";
import { abandonPngOutput, beginPngOutput, writePngOutput } from "../publish/pngOutput.ts";
import { startRasterPool, stopRasterPool } from "../publish/rasterPool.ts";
import { resetSiteBundle, siteBundlePlugin } from "../publish/siteBundle.ts";

/** How long the dev server waits after a file event before reading the files again. */
const SETTLE_MS = 150;

/**
 * Astro's incremental build keeps a copy of each page in `<cacheDir>/dist/` and its manifest in
 * `<cacheDir>/incremental-build.json`. While this marker exists, the stored PNGs may still be
 * placeholders and the stored pages not yet NFC: a build that ends before the end of
 * `astro:build:done` leaves it, and the next build then drops the manifest (renders every page once)
 * rather than reuse an empty PNG or an NFD page.
 */
const PNG_PENDING = "cot-moc-png-pending";

/**
 * Present once a build's NFC pass has read every text file and mended the stored copy of each it
 * fixed: from then on every stored copy is NFC (each later pass reads and mends every page it
 * rendered), so the pass skips restored pages. A cache without it gets one full pass.
 */
const NFC_STORED = "cot-moc-nfc-stored";

export function cotMoc(): AstroIntegration {
  let incremental: { cacheDir: string } | undefined;
  return {
    name: "cot-moc",
    hooks: {
      "astro:config:done": ({ config }) => {
        incremental = config.experimental.incrementalBuild ? { cacheDir: fileURLToPath(config.cacheDir) } : undefined;
      },
      // PNG endpoints hand Astro placeholders during a build, and worker threads draw the PNGs
      // beside the pages' rendering; the files are copied in at the end, once all are drawn.
      "astro:build:start": ({ logger }) => {
        resetSiteBundle();
        beginPngOutput();
        const pool = startRasterPool();
        if (pool) logger.info(`PNG: vẽ trong ${pool.size} luồng song song.`);
        if (!incremental) return;
        const pending = join(incremental.cacheDir, PNG_PENDING);
        if (existsSync(pending)) {
          rmSync(join(incremental.cacheDir, "incremental-build.json"), { force: true });
          logger.info("Bản dựng trước dừng giữa chừng: dựng lại mọi trang một lần.");
        }
        mkdirSync(incremental.cacheDir, { recursive: true });
        writeFileSync(pending, "");
      },
      // Restored pages are linked beside the rendering (scripts/lib/linkedRestore.ts): all in place before anything reads them.
      "astro:build:generated": async () => {
        await restoresInPlace();
      },
      "astro:build:done": async ({ dir, logger }) => {
        const stored = incremental && join(incremental.cacheDir, "dist");
        let pngs: string[];
        try {
          pngs = await writePngOutput(fileURLToPath(dir), stored);
        } finally {
          await stopRasterPool();
        }
        if (pngs.length) logger.info(`PNG: đã đặt ${pngs.length} tệp từ bộ nhớ đệm vào trang.`);
        // Restored pages are NFC once every stored copy is: from the first build whose pass mended them.
        const checked = incremental && join(incremental.cacheDir, NFC_STORED);
        const skip = checked && existsSync(checked) ? restoredPages() : new Set<string>();
        const fixed = normalizeTextFiles(fileURLToPath(dir), { skip, ...(stored ? { stored } : {}) });
        if (fixed.length) logger.info(`NFC: ${fixed.length} tệp đã chuẩn hóa Unicode.`);
        if (!incremental || !checked) return;
        writeFileSync(checked, "");
        // Only now: a build stopped before this point may have stored a page not yet in NFC, so the next renders every page.
        rmSync(join(incremental.cacheDir, PNG_PENDING), { force: true });
      },
      "astro:config:setup": async ({ command, logger, updateConfig }) => {
        // A build that failed in this process may have left its PNG notes and workers behind.
        abandonPngOutput();
        await stopRasterPool();
        // A build reads content/ and data/ once: scripts/build.ts has checked them when it hands the model over.
        const root = projectRoot();
        let problems: Problem[] = [];
        if (command !== "build" || handedSite()?.root !== root) {
          const checked = checkAll(root);
          problems = checked.problems;
          if (problems.length) {
            if (command === "build") throw new SiteError(problems);
            logger.error(problemsReport(problems));
          } else if (command === "build") handOverSite(checked.site);
        }
        // The dev server's problems, checked again whenever a file changed (size or time): its pages
        // show them instead of rendering (devProblems.ts), and the terminal prints each new list once.
        let checkedAt = contentSignature(root);
        const current = (): Problem[] => {
          const now = contentSignature(projectRoot());
          if (now === checkedAt) return problems;
          checkedAt = now;
          const before = problemsReport(problems);
          problems = checkAll(projectRoot()).problems;
          const changed = problemsReport(problems) !== before;
          if (problems.length && changed) logger.error(problemsReport(problems));
          else if (changed) logger.info("Hết lỗi trong nội dung: các trang hiển thị lại.");
          return problems;
        };
        const watched = [DATA_DIR, ARTICLES_DIR].map((d) => join(projectRoot(), d));
        updateConfig({
          vite: {
            plugins: [
              paletteCssPlugin(),
              // Every HTML page's cache key carries what this plugin records (pageKeys.ts htmlPaths).
              siteBundlePlugin(root),
              {
                name: "cot-moc-data-reload",
                configureServer(server) {
                  server.watcher.add(watched);
                  // Added here, before Astro's own handler: a page is not rendered while the content has problems.
                  server.middlewares.use(problemsMiddleware(current, server.config.base));
                  // An editor's save can reach the watcher half written: read the files once the saves settle.
                  let timer: ReturnType<typeof setTimeout> | undefined;
                  const reload = (file: string) => {
                    if (!watched.some((d) => file.startsWith(d))) return;
                    clearTimeout(timer);
                    timer = setTimeout(() => {
                      // Read the files again (and list their problems), then reload the open pages: articles
                      // and data files are read by the pages, not imported, so Vite does not reload them.
                      current();
                      server.ws.send({ type: "full-reload" });
                    }, SETTLE_MS);
                  };
                  server.watcher.on("change", reload);
                  server.watcher.on("add", reload);
                  server.watcher.on("unlink", reload);
                },
              },
            ],
          },
        });
      },
    },
  };
}

/**
 * Rewrites in Unicode NFC every text file under `dir` that is not, and returns their paths. Editors'
 * files may be NFD (macOS); the checks read them as NFC, but Astro renders an article's MDX body and
 * frontmatter as written, so the built pages are normalized here, once, whatever produced them.
 * Files in `skip` are not read (pages restored from Astro's store, which holds them in NFC). With
 * `stored` (Astro's store, `<cacheDir>/dist/`), a file fixed here is fixed in the store too.
 */
export function normalizeTextFiles(dir: string, options: { skip?: ReadonlySet<string>; stored?: string } = {}): string[] {
  const fixed: string[] = [];
  for (const rel of filesUnder(dir)) {
    const path = join(dir, rel);
    if (!isTextFile(rel) || options.skip?.has(path)) continue;
    const text = readFileSync(path, "utf8");
    const nfc = text.normalize("NFC");
    if (nfc === text) continue;
    // Renamed over, not written into: the file may be a hard link to a page the served site shows.
    // The stored copy first: a build stopped between the two leaves no NFD copy to be restored.
    const copy = options.stored && join(options.stored, rel);
    if (copy && existsSync(copy)) replaceFileSync(copy, nfc);
    replaceFileSync(path, nfc);
    fixed.push(path);
  }
  return fixed;
}
