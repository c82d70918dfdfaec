/**
 * Astro's incremental build restores each unchanged page by copying its stored copy
 * (`<cacheDir>/dist/`) into the staging folder, and stores each page it renders by writing it a
 * second time: two new files for every page. This makes the restore a hard link to the stored copy,
 * and the store a link to the page just written (a copy or a write where the two folders are on
 * different file systems). A stored copy is replaced by rename, never written into: it may be the
 * same file as a page of the served site, which must not change under a reader (src/lib/linkFile.ts).
 *
 * The rule that keeps this safe: nothing writes into a file of the staging folder once it is there.
 * Astro writes each page it renders once, the PNG step and the NFC pass (src/integrations/cotMoc.ts)
 * replace a file by rename.
 *
 * Each page it restores is listed in `restoredPages()`: the NFC pass (which also mends the stored copy
 * of each page it fixes) need not read it again.
 */
import { existsSync, realpathSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { linkOrCopy, placeFile, replaceFile } from "../../src/lib/linkFile.ts";
import { restoredPages } from "../../src/lib/nfcFiles.ts";

type Settings = { config: { cacheDir: URL; outDir: URL } };
type Restore = (settings: Settings, outputFile: string, destination: URL) => Promise<boolean>;
type Write = (settings: Settings, outputFile: string, body: string | Uint8Array) => Promise<void>;
type CacheClass = { prototype: { restoreOutputFile: Restore; writeOutputFile: Write } };

/** Where Astro keeps its copy of `outputFile` (as `getCachedOutputFile` in Astro's incremental.js). */
const storedFile = (settings: Settings, outputFile: string): string =>
  fileURLToPath(new URL(outputFile, new URL("dist/", settings.config.cacheDir)));

/** The size of `body` written as a file. */
const byteLength = (body: string | Uint8Array): number => (typeof body === "string" ? Buffer.byteLength(body) : body.byteLength);

/**
 * Loads Astro's `IncrementalBuildCache` from `astroDir` (the package folder of the Astro that builds)
 * and swaps its restore and store for linking ones. Throws, naming the file, if that Astro has no
 * such class or methods: an upgrade that moved them must be looked at, not built around silently.
 */
export async function linkRestoredPages(astroDir: string): Promise<void> {
  const file = join(realpathSync(astroDir), "dist/core/build/incremental.js");
  if (!existsSync(file)) throw new Error(`Không thấy ${file}: bản Astro này không có bộ nhớ dựng tăng dần như đã biết.`);
  const mod = (await import(pathToFileURL(file).href)) as { IncrementalBuildCache?: CacheClass };
  const proto = mod.IncrementalBuildCache?.prototype;
  if (typeof proto?.restoreOutputFile !== "function" || typeof proto.writeOutputFile !== "function")
    throw new Error(
      `${file} không còn IncrementalBuildCache.restoreOutputFile/writeOutputFile: xem lại scripts/lib/linkedRestore.ts.`,
    );
  const madeDirs = new Set<string>();
  const restored = restoredPages();
  restored.clear();
  const ensureDir = async (dir: string) => {
    if (madeDirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    madeDirs.add(dir);
  };
  proto.restoreOutputFile = async (settings, outputFile, destination) => {
    const to = fileURLToPath(destination);
    await ensureDir(dirname(to));
    try {
      await linkOrCopy(storedFile(settings, outputFile), to);
    } catch (e) {
      // No stored copy: Astro renders the page.
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw e;
    }
    restored.add(to);
    return true;
  };
  // Astro calls this right after writing `body` to the staging folder at the same relative path.
  proto.writeOutputFile = async (settings, outputFile, body) => {
    const stored = storedFile(settings, outputFile);
    await ensureDir(dirname(stored));
    const staged = fileURLToPath(new URL(outputFile, settings.config.outDir));
    const written = await stat(staged).catch(() => undefined);
    if (written?.size === byteLength(body)) await placeFile(staged, stored);
    else await replaceFile(stored, body);
  };
}
