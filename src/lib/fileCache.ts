/**
 * Files kept across builds in `${COTMOC_CACHE_DIR}` or `node_modules/.cache/cot-moc/`, named by a
 * hash of what their bytes depend on. Writes are atomic; an I/O failure is a miss, never a failed build.
 * `COTMOC_CHART_CACHE=off` turns the cache off.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { replaceFileSync } from "./linkFile.ts";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";

/** Returns the hex sha256 of `s`. */
export function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

/** Returns the installed version of an npm package ("?" when it cannot be found). */
export function packageVersion(name: string): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve(name));
    for (let i = 0; i < 6; i++, dir = dirname(dir)) {
      const file = join(dir, "package.json");
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? "?";
    }
  } catch {
    // fall through
  }
  return "?";
}

/** Returns the cache's root folder, or undefined when the cache is off. */
export function cacheRoot(): string | undefined {
  if (process.env.COTMOC_CHART_CACHE === "off") return undefined;
  return process.env.COTMOC_CACHE_DIR ?? join(process.cwd(), "node_modules/.cache/cot-moc");
}

/** Returns the cached file's content, or undefined (not cached, cache off, or unreadable). */
export function readEntry(file: string | undefined): Buffer | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes `file` by renaming a new file over it (a reader sees the old file or the whole new one, and a
 * build's link to the old one keeps it); silently does nothing when it cannot be written.
 */
export function writeEntry(file: string, content: string | Buffer): void {
  try {
    try {
      replaceFileSync(file, content);
    } catch (e) {
      // The folder is made on the first write that needs it, not checked before every write.
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      mkdirSync(dirname(file), { recursive: true });
      replaceFileSync(file, content);
    }
  } catch {
    // The cache only saves time; a read-only or full disk must not fail the build.
  }
}

/**
 * Returns a version for text derived by code: the hash of the source `files` (relative to `base`, a
 * module's `import.meta.url`) and of the `packages`' installed versions.
 */
export function sourceVersion(base: string, files: readonly string[], packages: readonly string[]): string {
  return sha256(
    files
      .map((f) => readFileSync(new URL(f, base), "utf8"))
      .concat(packages.map((p) => `${p}@${packageVersion(p)}`))
      .join("\0"),
  );
}

/**
 * Returns `produce(input)`, kept in `<cache>/<namespace>/` under the hash of `version` and `input`:
 * for text derived from a built page, so a rebuild derives it only for the pages that changed.
 * `undefined` (nothing to keep) is not cached.
 */
export function cachedText(
  namespace: string,
  version: string,
  input: string,
  produce: (input: string) => string | undefined,
): string | undefined {
  const root = cacheRoot();
  const file = root && join(root, namespace, `${sha256(`${version}\0${input}`)}.txt`);
  const hit = readEntry(file);
  if (hit) return hit.toString("utf8");
  const text = produce(input);
  if (file && text !== undefined) writeEntry(file, text);
  return text;
}

let scratchDir: string | undefined;

/** Returns this process's temporary folder, removed when the process exits. */
function scratch(): string {
  if (!scratchDir) {
    const dir = (scratchDir = mkdtempSync(join(tmpdir(), "cot-moc-")));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  return scratchDir;
}

/** Returns where `cachedFile` keeps the file of `identity` (when the cache can be written). */
export function cachedFilePath(namespace: string, identity: string, ext: string): string {
  return join(cacheRoot() ?? scratch(), namespace, `${sha256(identity)}${ext}`);
}

/** Files being made by `cachedFile`, by path. */
const inFlight = new Map<string, Promise<string>>();

/**
 * Returns the path of a file holding the bytes `produce()` makes (a PNG, the subset fonts), kept
 * in `<cache>/<namespace>/` under the hash of `identity`, which must name everything the bytes
 * depend on; with the cache off, or unwritable, in a temporary folder of this process.
 */
export async function cachedFile(
  namespace: string,
  identity: string,
  ext: string,
  produce: () => Promise<Uint8Array>,
): Promise<string> {
  return cachedFileAt(namespace, cachedFilePath(namespace, identity, ext), produce);
}

/**
 * `cachedFile` for the path `cachedFilePath` gave: a caller that waits before asking need not keep
 * the identity (a PNG's holds its whole SVG) alive meanwhile.
 */
export async function cachedFileAt(namespace: string, file: string, produce: () => Promise<Uint8Array>): Promise<string> {
  if (existsSync(file)) return file;
  // Asked again while it is being made (pages rendered side by side): the same promise.
  let making = inFlight.get(file);
  if (!making) {
    making = makeFile(namespace, file, produce);
    inFlight.set(file, making);
    void making.finally(() => inFlight.delete(file)).catch(() => undefined);
  }
  return making;
}

/** Makes the file of `cachedFile`: `produce()`'s bytes, in the cache or else in this process's folder. */
async function makeFile(namespace: string, file: string, produce: () => Promise<Uint8Array>): Promise<string> {
  const name = join(namespace, basename(file));
  const bytes = Buffer.from(await produce());
  writeEntry(file, bytes);
  if (existsSync(file)) return file;
  // A cache that cannot be written still needs the file: the process's own folder takes it.
  const own = join(scratch(), name);
  mkdirSync(dirname(own), { recursive: true });
  // Renamed over, not written into: the build links this file into the site.
  replaceFileSync(own, bytes);
  return own;
}
