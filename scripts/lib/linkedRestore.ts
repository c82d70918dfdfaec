/**
 * Astro's incremental build restores each unchanged page by copying its stored copy
 * (`<cacheDir>/dist/`) into the staging folder, and stores each page it renders by writing it a
 * second time: two new files for every page. This makes the restore a hard link to the stored copy
 * (made by a worker thread beside Astro's rendering), and the store a link to the page just written
 * (a copy or a write where the two folders are on different file systems). A stored copy is replaced
 * by rename, never written into: it may be the same file as a page of the served site, which must not
 * change under a reader (src/lib/linkFile.ts).
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
import { Worker } from "node:worker_threads";
import { placeFile, replaceFile } from "../../src/lib/linkFile.ts";
import { linkingRestores, restoredPages } from "../../src/lib/nfcFiles.ts";

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
export async function linkRestoredPages(astroDir: string, cacheDir?: URL): Promise<void> {
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
  const links = new LinkQueue();
  linkingRestores(() => links.finish());
  // The stored copies, listed once: a page without one is rendered (as Astro does when its copy is gone).
  // Listed by the worker from now on, when the caller knows Astro's cacheDir: at 2,000 articles the
  // listing (42,000 folders) takes seconds, which the content check then hides on the other core.
  const list = (dir: URL) => ({ cacheDir: dir.href, files: links.listStored(fileURLToPath(new URL("dist/", dir))) });
  let stored: { cacheDir: string; files: Promise<Set<string>> } | undefined = cacheDir && list(cacheDir);
  proto.restoreOutputFile = async (settings, outputFile, destination) => {
    if (stored?.cacheDir !== settings.config.cacheDir.href) stored = list(settings.config.cacheDir);
    const from = storedFile(settings, outputFile);
    if (!(await stored.files).has(from)) return false;
    const to = fileURLToPath(destination);
    links.add(from, to);
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

/**
 * The restored pages' links, made by a worker thread (linkWorker.ts) in batches while Astro's thread
 * renders or restores the next pages: at 2,000 articles Astro restores 116,000 files, and awaiting
 * each link (and its folder) kept its thread waiting. The integration waits for them all
 * (`restoresInPlace`) before anything reads the staging folder.
 */
export class LinkQueue {
  #worker: Worker | undefined;
  #batch: [string, string][] = [];
  #lists = 0;

  /** Returns every file under `root` (absolute paths; none when it does not exist), listed by the worker before any link. */
  listStored(root: string): Promise<Set<string>> {
    const worker = this.#started();
    const id = ++this.#lists;
    return new Promise((resolve, reject) => {
      const answer = (m: { listed?: string[]; id?: number }) => {
        if (!m.listed || m.id !== id) return;
        worker.off("message", answer);
        worker.off("error", reject);
        resolve(new Set(m.listed.map((rel) => join(root, rel))));
      };
      worker.on("message", answer);
      worker.once("error", reject);
      worker.postMessage({ list: root, id });
    });
  }

  add(from: string, to: string): void {
    this.#batch.push([from, to]);
    if (this.#batch.length >= 512) this.#send();
  }

  #started(): Worker {
    return (this.#worker ??= new Worker(new URL("./linkWorker.ts", import.meta.url)));
  }

  #send(): void {
    this.#started().postMessage({ pairs: this.#batch });
    this.#batch = [];
  }

  /** Resolves once every queued file is in place; rejects, naming the files it could not place. */
  async finish(): Promise<void> {
    if (!this.#worker && !this.#batch.length) return;
    this.#send();
    const worker = this.#worker!;
    this.#worker = undefined;
    const failed = await new Promise<string[]>((resolve, reject) => {
      worker.on("message", (m: { failed?: string[] }) => m.failed && resolve(m.failed));
      worker.once("error", reject);
      worker.postMessage({ done: true });
    });
    await worker.terminate();
    if (failed.length)
      throw new Error(
        `${failed.length} tệp không khôi phục được từ bộ nhớ dựng (${failed.slice(0, 3).join("; ")}${failed.length > 3 ? "; …" : ""}). Dựng lại: npm run build -- --force.`,
      );
  }
}
