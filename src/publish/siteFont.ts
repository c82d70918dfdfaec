/**
 * The pages' web font: Noto Sans cut at build to Latin + Vietnamese, one WOFF2 per weight, served
 * under a name that carries its hash and preloaded. Fallback faces (local Arial, Roboto, Segoe UI,
 * Helvetica Neue, DejaVu Sans) are scaled to Noto Sans's metrics, so text laid out before the font
 * arrives keeps its lines when it does. Other scripts fall back to the reader's system fonts.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import subsetFont from "subset-font";
import { FONT_FEATURES, FONT_FILES, FONT_NAME } from "../design/typography.ts";
import { cachedFile, packageVersion } from "../lib/fileCache.ts";
import { href } from "../lib/urls.ts";

const require = createRequire(import.meta.url);

/** The code points kept: fontsource's published `latin` and `vietnamese` ranges ("U+0000-00FF,U+0131,…"). */
export const SITE_FONT_RANGES: string = (() => {
  const published = JSON.parse(readFileSync(require.resolve("@fontsource/noto-sans/unicode.json"), "utf8")) as Record<
    string,
    string
  >;
  return `${published["latin"]},${published["vietnamese"]}`;
})();

/** Returns the `[first, last]` code point pairs of a CSS `unicode-range` value. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(",").map((part) => {
    const [a = "", b] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
}

const SITE_FONT_CODE_POINTS = parseUnicodeRange(SITE_FONT_RANGES);

/** Returns true when the served subset holds `ch` (a character outside it is drawn by a system font). */
export function inSiteFont(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return SITE_FONT_CODE_POINTS.some(([a, b]) => cp >= a && cp <= b);
}

function rangeText(): string {
  let text = "";
  for (const [a, b] of SITE_FONT_CODE_POINTS) for (let cp = Math.max(a, 0x20); cp <= b; cp++) text += String.fromCodePoint(cp);
  return text;
}

/** What a subset's bytes depend on besides its source file. */
const VERSION = ["@expo-google-fonts/noto-sans", "@fontsource/noto-sans", "subset-font", "harfbuzzjs"]
  .map((p) => `${p}@${packageVersion(p)}`)
  .concat(FONT_FEATURES, SITE_FONT_RANGES)
  .join(" ");

/** One served font file: its weight, its path under the site's base, and its bytes. */
export interface SiteFontFile {
  weight: 400 | 700;
  path: string;
  bytes: Buffer;
}

let files: Promise<SiteFontFile[]> | undefined;

/** Returns the two served font files (regular, bold), made once per build or read from the build cache. */
export function siteFontFiles(): Promise<SiteFontFile[]> {
  files ??= Promise.all(
    ([400, 700] as const).map(async (weight, i) => {
      const source = FONT_FILES[i] ?? "";
      const file = await cachedFile("site-fonts", `${VERSION} ${source}`, ".woff2", () =>
        subsetFont(readFileSync(source), rangeText(), { targetFormat: "woff2", keepFeatures: FONT_FEATURES }),
      );
      const bytes = readFileSync(file);
      const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
      return { weight, path: `phong-chu/noto-sans-${weight}.${hash}.woff2`, bytes };
    }),
  );
  return files;
}

/** Vertical metrics and average width of a face, in font units (as @capsizecss/metrics gives them). */
interface Metrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
}

const metrics = (name: string): Metrics => require(`@capsizecss/metrics/${name}`) as Metrics;

/** DejaVu Sans (Debian's and many Linux systems' sans-serif) is not in @capsizecss/metrics; these are
 * its 2.37 files' values as @capsizecss/unpack reads them (tests/design/siteFont.test.ts re-reads them). */
export const DEJAVU_SANS: Record<400 | 700, Metrics> = {
  400: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1041 },
  700: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1176 },
};

/** The local faces text is drawn in until Noto Sans arrives, with the names `local()` finds them by. */
const FALLBACKS: { family: string; local: Record<400 | 700, string>; metrics: Record<400 | 700, Metrics> }[] = [
  { family: "Arial", local: { 400: "Arial", 700: "Arial Bold" }, metrics: { 400: metrics("arial"), 700: metrics("arial/700") } },
  {
    family: "Helvetica Neue",
    local: { 400: "Helvetica Neue", 700: "Helvetica Neue Bold" },
    metrics: { 400: metrics("helveticaNeue"), 700: metrics("helveticaNeue/700") },
  },
  {
    family: "Roboto",
    local: { 400: "Roboto", 700: "Roboto Bold" },
    metrics: { 400: metrics("roboto"), 700: metrics("roboto/700") },
  },
  {
    family: "Segoe UI",
    local: { 400: "Segoe UI", 700: "Segoe UI Bold" },
    metrics: { 400: metrics("segoeUI"), 700: metrics("segoeUI/700") },
  },
  { family: "DejaVu Sans", local: { 400: "DejaVu Sans", 700: "DejaVu Sans Bold" }, metrics: DEJAVU_SANS },
];

const NOTO: Record<400 | 700, Metrics> = { 400: metrics("notoSans"), 700: metrics("notoSans/700") };

const pct = (n: number) => `${Math.round(n * 100000) / 1000}%`;

/** Returns the `@font-face` descriptors that make `fallback` take Noto Sans's width and line box (Capsize's method). */
export function fallbackOverrides(noto: Metrics, fallback: Metrics): string {
  const sizeAdjust = noto.xWidthAvg / noto.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = noto.unitsPerEm * sizeAdjust;
  return `size-adjust:${pct(sizeAdjust)};ascent-override:${pct(noto.ascent / em)};descent-override:${pct(Math.abs(noto.descent) / em)};line-gap-override:${pct(noto.lineGap / em)}`;
}

/** The font stack of every page: Noto Sans, then each metric-matched fallback, then the system's. */
export const SITE_FONT_STACK = [FONT_NAME, ...FALLBACKS.map((f) => `${FONT_NAME} ${f.family}`)]
  .map((f) => `"${f}"`)
  .concat("system-ui", "sans-serif")
  .join(", ");

/** Returns the pages' font CSS: the served faces (`font-display: swap`) and the fallback faces. */
export async function siteFontCss(): Promise<string> {
  const served = (await siteFontFiles()).map(
    (f) =>
      `@font-face{font-family:"${FONT_NAME}";font-style:normal;font-weight:${f.weight};font-display:swap;src:url(${href(f.path)}) format("woff2");unicode-range:${SITE_FONT_RANGES}}`,
  );
  const fallbacks = FALLBACKS.flatMap((f) =>
    ([400, 700] as const).map(
      (w) =>
        `@font-face{font-family:"${FONT_NAME} ${f.family}";font-style:normal;font-weight:${w};src:local("${f.local[w]}");${fallbackOverrides(NOTO[w], f.metrics[w])}}`,
    ),
  );
  return [...served, ...fallbacks, `:root{--cm-font:${SITE_FONT_STACK}}`].join("\n");
}
