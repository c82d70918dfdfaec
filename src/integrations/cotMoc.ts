/**
 * The build's guard: every content check runs before Astro renders anything (once: by
 * scripts/build.ts, or here for a bare `astro build`), so a mistake stops the build with all problems
 * listed; the dev server logs them and reloads when a data file changes. Also expands global.css's
 * palette and, at the build's end, copies the PNGs in and normalizes the text files to NFC.
 */
import type { AstroIntegration } from "astro";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { paletteCssPlugin } from "../design/siteCss.ts";
import { checkAll } from "../model/checkAll.ts";
import { ARTICLES_DIR, DATA_DIR, projectRoot } from "../model/paths.ts";
import { formatProblem, SiteError } from "../model/problems.ts";
import { handedSite, handOverSite } from "../model/siteStore.ts";
import { abandonPngOutput, beginPngOutput, writePngOutput } from "../publish/pngOutput.ts";

/**
 * Astro's incremental build keeps a copy of each page in `<cacheDir>/dist/` and its manifest in
 * `<cacheDir>/incremental-build.json`. While this marker exists, the stored PNGs may still be
 * placeholders: a build that ends before `astro:build:done` leaves it, and the next build then drops
 * the manifest (renders every page once) rather than reuse an empty PNG.
 */
const PNG_PENDING = "cot-moc-png-pending";

export function cotMoc(): AstroIntegration {
  let incremental: { cacheDir: string } | undefined;
  return {
    name: "cot-moc",
    hooks: {
      "astro:config:done": ({ config }) => {
        incremental = config.experimental.incrementalBuild ? { cacheDir: fileURLToPath(config.cacheDir) } : undefined;
      },
      // PNG endpoints hand Astro placeholders during a build; their files are copied in at the end.
      "astro:build:start": ({ logger }) => {
        beginPngOutput();
        if (!incremental) return;
        const pending = join(incremental.cacheDir, PNG_PENDING);
        if (existsSync(pending)) {
          rmSync(join(incremental.cacheDir, "incremental-build.json"), { force: true });
          logger.info("Bản dựng trước dừng giữa chừng: dựng lại mọi trang một lần.");
        }
        mkdirSync(incremental.cacheDir, { recursive: true });
        writeFileSync(pending, "");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const stored = incremental && join(incremental.cacheDir, "dist");
        const pngs = await writePngOutput(fileURLToPath(dir), stored);
        if (incremental) rmSync(join(incremental.cacheDir, PNG_PENDING), { force: true });
        if (pngs.length) logger.info(`PNG: ${pngs.length} tệp đã chép từ bộ nhớ đệm.`);
        const fixed = normalizeTextFiles(fileURLToPath(dir));
        if (fixed.length) logger.info(`NFC: ${fixed.length} tệp đã chuẩn hóa Unicode.`);
      },
      "astro:config:setup": ({ command, logger, updateConfig }) => {
        // A build that failed in this process may have left its PNG notes behind.
        abandonPngOutput();
        // A build reads content/ and data/ once: scripts/build.ts has checked them when it hands the model over.
        const root = projectRoot();
        if (command !== "build" || handedSite()?.root !== root) {
          const { site, problems } = checkAll(root);
          if (problems.length) {
            if (command === "build") throw new SiteError(problems);
            for (const p of problems) logger.error(formatProblem(p));
          } else if (command === "build") handOverSite(site);
        }
        const watched = [DATA_DIR, ARTICLES_DIR].map((d) => join(projectRoot(), d));
        updateConfig({
          vite: {
            plugins: [
              paletteCssPlugin(),
              {
                name: "cot-moc-data-reload",
                configureServer(server) {
                  server.watcher.add(watched);
                  const reload = (file: string) => {
                    if (!file.startsWith(watched[0] ?? "\0")) return;
                    const { problems: now } = checkAll(projectRoot());
                    for (const p of now) logger.error(formatProblem(p));
                    server.ws.send({ type: "full-reload" });
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

/** Files that carry editors' words: pages, feeds, downloads. */
const TEXT_EXTS = new Set([".html", ".xml", ".json", ".svg", ".csv", ".txt"]);

/**
 * Rewrites in Unicode NFC every text file under `dir` that is not, and returns their paths. Editors'
 * files may be NFD (macOS); the checks read them as NFC, but Astro renders an article's MDX body and
 * frontmatter as written, so the built pages are normalized here, once, whatever produced them.
 */
export function normalizeTextFiles(dir: string): string[] {
  const fixed: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      fixed.push(...normalizeTextFiles(path));
    } else if (TEXT_EXTS.has(extname(name))) {
      const text = readFileSync(path, "utf8");
      const nfc = text.normalize("NFC");
      if (nfc !== text) {
        writeFileSync(path, nfc);
        fixed.push(path);
      }
    }
  }
  return fixed;
}
