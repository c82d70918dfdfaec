/**
 * PNGs reach dist/ file to file, not through Astro: during `astro build` a PNG endpoint notes which
 * cache file belongs at its path and hands Astro an empty placeholder, which the cot-moc integration
 * overwrites at the build's end. Outside a build (`astro dev`, tests) it answers with the bytes.
 */
import type { APIContext, APIRoute } from "astro";
import { mkdir, stat } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, normalize } from "node:path";
import { placeFile } from "../lib/linkFile.ts";
import { href } from "../lib/urls.ts";
import { pendingRaster } from "./rasterPool.ts";

/**
 * Where the build's notes live: on `globalThis` under a global symbol, because the integration and
 * the pages Astro renders are separate module graphs in the same process (the config's, and the
 * built server bundle's).
 */
const OUTPUT = Symbol.for("cot-moc.png-output");

/** The PNG files the build owes: the site path of each ("bieu-do/x.png"), and the file to copy there. */
type Owed = Map<string, string>;

const owed = (): Owed | undefined => (globalThis as { [OUTPUT]?: Owed })[OUTPUT];

/** Starts noting PNGs (at `astro:build:start`): from now on, PNG endpoints answer with placeholders. */
export function beginPngOutput(): void {
  (globalThis as { [OUTPUT]?: Owed })[OUTPUT] = new Map();
}

/** Stops noting PNGs without writing them (a build that failed). */
export function abandonPngOutput(): void {
  delete (globalThis as { [OUTPUT]?: Owed })[OUTPUT];
}

/**
 * Puts every PNG noted since `beginPngOutput` into `outDir` (at `astro:build:done`) and stops
 * noting; returns the site paths written, sorted. Throws naming the file when one cannot be copied,
 * which fails the build (scripts/build.ts then keeps the last good site).
 *
 * `storedDir` is where Astro's incremental build keeps its copy of each page (`<cacheDir>/dist/`):
 * a copy stored there is the placeholder, so the PNG replaces it too, and a later build that reuses
 * the page links the PNG.
 */
export async function writePngOutput(outDir: string, storedDir?: string): Promise<string[]> {
  const files = owed();
  abandonPngOutput();
  if (!files) return [];
  const paths = [...files.keys()].sort();
  const drawn = await drawnFiles(files, paths);
  await Promise.all([...new Set(paths.map((p) => dirname(join(outDir, p))))].map((d) => mkdir(d, { recursive: true })));
  await Promise.all(
    paths.map(async (path) => {
      const from = drawn.get(path) ?? "";
      try {
        // Links to the drawn file, over the placeholders: no PNG is written twice, and no file is
        // written into (src/lib/linkFile.ts).
        await placeFile(from, join(outDir, path));
        const stored = storedDir && join(storedDir, path);
        if (stored && (await stat(stored).catch(() => undefined))) await placeFile(from, stored);
      } catch (e) {
        throw new Error(`Không đặt được ảnh PNG ${from} vào ${join(outDir, path)}: ${(e as Error).message}`, { cause: e });
      }
    }),
  );
  return paths;
}

/**
 * Returns where each noted PNG is, once every one a worker draws is done (rasterPool.ts); throws
 * naming the site path of each PNG that could not be drawn, after all have finished: no worker is
 * still writing when the build stops.
 */
async function drawnFiles(files: Owed, paths: string[]): Promise<Map<string, string>> {
  const results = await Promise.allSettled(paths.map((p) => pendingRaster(files.get(p) ?? "") ?? files.get(p) ?? ""));
  const failed = paths.flatMap((path, i) => {
    const r = results[i];
    return r?.status === "rejected" ? [`${path}: ${(r.reason as Error).message}`] : [];
  });
  if (failed.length) throw new Error(`Không vẽ được ${failed.length} ảnh PNG:\n${failed.map((f) => `  ${f}`).join("\n")}`);
  return new Map(paths.map((path, i) => [path, (results[i] as PromiseFulfilledResult<string>).value]));
}

/**
 * Returns the site path of a request ("bieu-do/x.png" for "/cot-moc/bieu-do/x.png" under the base
 * "/cot-moc/"); throws for a path outside the base or one that would leave the site's folder.
 */
export function sitePath(pathname: string, base: string): string {
  const root = base.replace(/\/?$/, "/");
  if (!pathname.startsWith(root)) throw new Error(`Đường dẫn ${pathname} nằm ngoài gốc ${root} của trang.`);
  const path = normalize(decodeURIComponent(pathname.slice(root.length)));
  if (path === "." || path.startsWith("..") || isAbsolute(path))
    throw new Error(`Đường dẫn ${pathname} không phải một tệp của trang.`);
  return path.split("\\").join("/");
}

/**
 * Returns a PNG endpoint: `png` gives the path of the PNG file for a request. During a build the
 * file is noted for its path and Astro gets an empty placeholder; otherwise the response carries
 * the file's bytes.
 */
export function pngEndpoint(png: (context: APIContext) => Promise<string>): APIRoute {
  return async (context) => {
    const file = await png(context);
    const files = owed();
    if (!files) return pngResponse(readFileSync(file));
    // A file that is not there fails now, naming the page, not at the end of the build (one a
    // worker is drawing is checked by writePngOutput).
    if (!pendingRaster(file)) await stat(file);
    const path = sitePath(context.url.pathname, href());
    const earlier = files.get(path);
    if (earlier !== undefined && earlier !== file)
      throw new Error(`Hai ảnh PNG khác nhau cho cùng đường dẫn ${path}: ${earlier} và ${file}.`);
    files.set(path, file);
    return new Response(new Uint8Array(0), { headers: { "content-type": "image/png" } });
  };
}

/** Returns the response serving `png` (in `astro dev`), over the same bytes: a view, not a copy. */
export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength), {
    headers: { "content-type": "image/png" },
  });
}
