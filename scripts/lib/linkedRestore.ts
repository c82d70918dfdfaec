/**
 * Astro's incremental build restores each unchanged page by copying its stored copy
 * (`<cacheDir>/dist/`) into the staging folder: a new file for every page, 17 files an article, on
 * every rebuild, and the replaced version's files deleted after. This makes the restore a hard link
 * to the stored copy instead (a copy when the two folders are on different file systems), and makes
 * Astro replace a stored copy by renaming a new file over it, never by writing into it: a stored
 * copy may be the same file as a page of the served site, which must not change under a reader.
 *
 * The rule that keeps this safe: nothing writes into a restored file. Astro writes only the pages
 * it renders (new files in the staging folder), the PNG step writes only those, and the NFC pass
 * (src/integrations/cotMoc.ts) replaces a file by renaming.
 */
import { randomBytes } from "node:crypto";
import { copyFile, link, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { existsSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

type Settings = { config: { cacheDir: URL } };
type Restore = (settings: Settings, outputFile: string, destination: URL) => Promise<boolean>;
type Write = (settings: Settings, outputFile: string, body: string | Uint8Array) => Promise<void>;
type CacheClass = { prototype: { restoreOutputFile: Restore; writeOutputFile: Write } };

/** Where Astro keeps its copy of `outputFile` (as `getCachedOutputFile` in Astro's incremental.js). */
const storedFile = (settings: Settings, outputFile: string): string =>
  fileURLToPath(new URL(outputFile, new URL("dist/", settings.config.cacheDir)));

/** Hard-links `from` at `to`, or copies it where a link cannot be made (another file system, a link limit). */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EXDEV" && code !== "EMLINK" && code !== "EPERM" && code !== "ENOTSUP") throw e;
    await copyFile(from, to);
  }
}

/** Writes `body` to `path` by renaming a new file over it: a file linked elsewhere keeps its bytes. */
export async function replaceFile(path: string, body: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(tmp, body);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

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
  const ensureDir = async (dir: string) => {
    if (madeDirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    madeDirs.add(dir);
  };
  proto.restoreOutputFile = async (settings, outputFile, destination) => {
    const stored = storedFile(settings, outputFile);
    const to = fileURLToPath(destination);
    await ensureDir(dirname(to));
    try {
      await linkOrCopy(stored, to);
    } catch (e) {
      // No stored copy: Astro renders the page.
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw e;
    }
    return true;
  };
  proto.writeOutputFile = async (settings, outputFile, body) => {
    const stored = storedFile(settings, outputFile);
    await ensureDir(dirname(stored));
    await replaceFile(stored, body);
  };
}
