/**
 * SVG to PNG at build time with resvg and the Noto Sans TTF files from npm (no system font: the same
 * SVG gives the same pixels on any machine; for its bytes, README's limits), kept in the build cache
 * (src/lib/fileCache.ts). An SVG is drawn with the smallest subset of the fonts that holds all its
 * characters (`VIETNAMESE_RANGES`, then `SUBSET_RANGES`), which draws the same pixels: resvg reads
 * the font file for every glyph it lays out, so the smaller the file, the faster. The pixels are
 * written by pngEncode.ts, with a palette where they allow it (BENCHMARKS.md).
 */
import { existsSync, readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import subsetFont from "subset-font";
import { FONT_FILES, FONT_NAME } from "../design/typography.ts";
import { cachedFile, cachedFileAt, cachedFilePath, packageVersion } from "../lib/fileCache.ts";
import { encodePng, PNG_ENCODING } from "./pngEncode.ts";
import { activeRasterPool, pendingRaster, type RasterJob, type RasterPool } from "./rasterPool.ts";

/** The TTF files the PNGs are drawn with (regular and bold). */
export { FONT_FILES };

/** The Unicode blocks the subset fonts keep, first to last code point. */
export const SUBSET_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f], // Basic Latin, Latin-1 (× ° ½), Latin Extended-A and -B (ă đ ĩ ũ ơ ư)
  [0x0300, 0x036f], // combining diacritical marks (text typed in decomposed form)
  [0x1e00, 0x1eff], // Latin Extended Additional: the rest of Vietnamese (ạ ả ấ … ỹ)
  [0x2000, 0x206f], // general punctuation (– — ‘ ’ “ ” … ‰)
  [0x20a0, 0x20cf], // currency (₫ €)
  [0x2100, 0x218f], // letterlike symbols and number forms (№ ™ ⅓)
  [0x2190, 0x21ff], // arrows
  [0x2200, 0x22ff], // mathematical operators (− ≤ ≥ ≈)
];

/** What Vietnamese text and a figure's symbols use: the narrow subset, tried first (a third of the broad one's bytes). */
export const VIETNAMESE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x00ff], // Basic Latin and Latin-1 (à á â ã è é ê ì í ò ó ô õ ù ú ý, × ° ½ · «»)
  [0x0102, 0x0103], // Ă ă
  [0x0110, 0x0111], // Đ đ
  [0x0128, 0x0129], // Ĩ ĩ
  [0x0168, 0x0169], // Ũ ũ
  [0x01a0, 0x01a1], // Ơ ơ
  [0x01af, 0x01b0], // Ư ư
  [0x0300, 0x0303], // combining grave, acute, circumflex, tilde (text typed in decomposed form)
  [0x0306, 0x0306], // combining breve
  [0x0309, 0x0309], // combining hook above
  [0x031b, 0x031b], // combining horn
  [0x0323, 0x0323], // combining dot below
  [0x1ea0, 0x1ef9], // the rest of Vietnamese (ạ ả ấ … ỹ)
  [0x2010, 0x2027], // dashes, quotation marks, bullet, ellipsis
  [0x2030, 0x2030], // ‰
  [0x20ab, 0x20ac], // ₫ €
  [0x2190, 0x2199], // arrows
  [0x2212, 0x2212], // − (the minus sign of formatted numbers)
  [0x2248, 0x2248], // ≈
  [0x2264, 0x2265], // ≤ ≥
];

/** The subsets, smallest first: an SVG is drawn with the first that holds all its characters. */
const SUBSETS = [VIETNAMESE_RANGES, SUBSET_RANGES];

/** Returns true when every character of `text` lies in `ranges`. */
function coveredBy(text: string, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    if (!ranges.some(([first, last]) => cp >= first && cp <= last)) return false;
  }
  return true;
}

/** Returns true when every character of `text` lies in `SUBSET_RANGES`, the broad subset. */
export function coveredBySubset(text: string): boolean {
  return coveredBy(text, SUBSET_RANGES);
}

/** Returns true when every character of `text` lies in `VIETNAMESE_RANGES`, the narrow subset. */
export function coveredByVietnamese(text: string): boolean {
  return coveredBy(text, VIETNAMESE_RANGES);
}

/** Every character a subset keeps (HarfBuzz keeps those the font has, and what shaping them needs). */
function subsetText(ranges: ReadonlyArray<readonly [number, number]>): string {
  let text = "";
  for (const [first, last] of ranges) for (let cp = Math.max(first, 0x20); cp <= last; cp++) text += String.fromCodePoint(cp);
  return text;
}

/** What the subset files depend on: the packages and every subset's ranges (so a PNG's identity does too). */
const SUBSET_VERSION = ["@expo-google-fonts/noto-sans", "subset-font", "harfbuzzjs"]
  .map((p) => `${p}@${packageVersion(p)}`)
  .concat(JSON.stringify(SUBSETS))
  .join(" ");

const subsetFiles = new Map<ReadonlyArray<readonly [number, number]>, Promise<string[]>>();

/** Returns the paths of the fonts cut to `ranges`, made on first use (or read from the build cache). */
function subsetFontFiles(ranges: ReadonlyArray<readonly [number, number]>): Promise<string[]> {
  let files = subsetFiles.get(ranges);
  if (!files) {
    files = Promise.all(
      FONT_FILES.map((file) =>
        cachedFile("fonts", `${SUBSET_VERSION} ${JSON.stringify(ranges)} ${file}`, ".ttf", () =>
          subsetFont(readFileSync(file), subsetText(ranges), { targetFormat: "truetype" }),
        ),
      ),
    );
    subsetFiles.set(ranges, files);
  }
  return files;
}

/** Returns the font files to draw `svg` with: the smallest subset that has every character, else the full fonts. */
export async function rasterFontFiles(svg: string): Promise<string[]> {
  const ranges = SUBSETS.find((r) => coveredBy(svg, r));
  return ranges ? subsetFontFiles(ranges) : FONT_FILES;
}

/** Returns `svg` with CSS custom properties replaced by their fallbacks (resvg has no CSS variables). */
export function resolveCssVars(svg: string): string {
  let out = svg;
  // Innermost first, so nested fallbacks resolve: var(--a, var(--b, #000)) → #000.
  for (let i = 0; i < 5 && out.includes("var("); i++) {
    out = out.replace(/var\(--[\w-]+\s*,\s*([^()]*?)\)/g, "$1").replace(/var\(--[\w-]+\)/g, "currentColor");
  }
  return out;
}

/** What a PNG's bytes depend on besides its SVG, size and background. */
const RASTER_VERSION = ["@resvg/resvg-js", "@napi-rs/image"]
  .map((p) => `${p}@${packageVersion(p)}`)
  .concat(PNG_ENCODING)
  .concat(SUBSET_VERSION)
  .join(" ");

/**
 * The garbage collector, when the process runs with `--expose-gc` (scripts/build.ts). resvg-js 2.6
 * does not report its drawings' native memory to V8 (thx/resvg-js#393), so a minor collection after
 * every `GC_EVERY_BYTES` of pixels drawn bounds the dead drawings kept alive.
 */
const collectGarbage = (globalThis as { gc?: (options: { type: "minor" }) => void }).gc;
const GC_EVERY_BYTES = 96 * 2 ** 20;
let pixelsSinceGc = 0;

/** Runs a minor collection when enough pixels were drawn since the last (see `collectGarbage`). */
export function collectGarbageIfDue(): void {
  if (collectGarbage && pixelsSinceGc >= GC_EVERY_BYTES) {
    pixelsSinceGc = 0;
    collectGarbage({ type: "minor" });
  }
}

/**
 * Returns the path of the PNG of `svg` rendered `width` pixels wide on `background`: a file in the
 * build cache, drawn only when no earlier build drew it. The build copies it into the site as it is
 * (src/lib/pngOutput.ts), so its bytes need not pass through JavaScript. During a build with a pool
 * of workers (rasterPool.ts), the path comes back at once and a worker draws the file meanwhile.
 */
export async function svgToPngFile(svg: string, width: number, background = "#ffffff"): Promise<string> {
  const fontFiles = await rasterFontFiles(svg);
  const identity = JSON.stringify([RASTER_VERSION, width, background, svg]);
  const pool = activeRasterPool();
  if (pool) return pooledPngFile(pool, cachedFilePath("png", identity, ".png"), { svg, width, background, fontFiles });
  const file = await cachedFile("png", identity, ".png", async () => rasterize(svg, width, background, fontFiles));
  collectGarbageIfDue();
  return file;
}

/**
 * Returns `file`, the path of the PNG in the build cache, and has a worker draw it unless it is
 * there or on its way. The drawing's promise (of where the file really is) waits in `pool.pending`
 * for pngOutput.ts, which reports its failure naming the PNG's path in the site. The PNG's identity
 * is not kept while it waits for room: it holds the whole SVG a second time.
 */
async function pooledPngFile(pool: RasterPool, file: string, job: RasterJob): Promise<string> {
  if (pool.pending.has(file) || existsSync(file)) return file;
  await pool.room();
  if (pool.pending.has(file)) return file;
  const drawn = cachedFileAt("png", file, () => pool.draw(job));
  // Not a rejection to report here: writePngOutput awaits it and names the page.
  drawn.catch(() => undefined);
  pool.pending.set(file, drawn);
  return file;
}

/** Returns the PNG of `svg` rendered `width` pixels wide on `background`, as bytes (see `svgToPngFile`). */
export async function svgToPng(svg: string, width: number, background = "#ffffff"): Promise<Buffer> {
  const file = await svgToPngFile(svg, width, background);
  return readFileSync(await (pendingRaster(file) ?? file));
}

/** An opaque colour: resvg's pixels are premultiplied, which a PNG's are not unless every pixel is opaque. */
const OPAQUE = /^#[0-9a-f]{6}$/i;

/**
 * Renders the PNG (no cache) with the given font files, written by pngEncode.ts: with a palette when
 * the pixels have 256 colours or fewer, as charts and cards do.
 */
export function rasterize(svg: string, width: number, background: string, fontFiles = FONT_FILES): Buffer {
  if (!OPAQUE.test(background)) throw new Error(`Nền ảnh PNG phải là màu đục #rrggbb, không phải ${background}.`);
  const resvg = new Resvg(resolveCssVars(svg), {
    fitTo: { mode: "width", value: width },
    background,
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_NAME },
  });
  const image = resvg.render();
  // Up to three copies of the pixels live until collected: resvg's, the one read out, the encoder's
  // (a palette image's indices are a quarter of that: counting three errs on the side of collecting).
  pixelsSinceGc += image.width * image.height * 4 * 3;
  return encodePng(image.pixels, image.width, image.height);
}
