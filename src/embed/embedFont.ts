/**
 * The embed page's own font: Noto Sans, regular and bold, cut down at build to the characters that
 * page shows and inlined as `data:` URIs in its style. An embed fetches no file, so it works in
 * `<iframe sandbox="allow-scripts">` (opaque origin: a font URL even on our own host would be a CORS
 * fetch) and looks, wraps and measures the same on a machine without Noto Sans. The subsets are
 * kept in the build cache under a hash of what their bytes depend on.
 */
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { FONT_FEATURES, FONT_FILES, FONT_NAME } from "../design/typography.ts";
import { cachedFile, packageVersion } from "../lib/fileCache.ts";
import { cutSubset } from "../publish/fontSubset.ts";
import { activeRasterPool } from "../publish/rasterPool.ts";

/** The two weights the embed page uses, with the TTF each is cut from. */
const WEIGHTS = [
  { weight: 400, file: FONT_FILES[0] ?? "" },
  { weight: 700, file: FONT_FILES[1] ?? "" },
] as const;

/** What the subsets depend on besides the characters. */
const SUBSET_VERSION = ["@expo-google-fonts/noto-sans", "subset-font", "harfbuzzjs"]
  .map((p) => `${p}@${packageVersion(p)}`)
  .concat(FONT_FEATURES)
  .join(" ");

/** Elements whose text is never drawn with the page's font: accessible names, descriptions, code. */
const UNDRAWN = "title, desc, script, style, template";

/**
 * Returns every character the markup draws, once each, sorted by code point (the same page gives
 * the same string): the text of its elements, not of `<title>`/`<desc>` or scripts, and a space.
 */
export function drawnCharacters(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll(UNDRAWN)) el.remove();
  const chars = new Set([...(" " + (document.body.textContent ?? ""))].filter((c) => !/[\n\r\t]/.test(c)));
  return [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join("");
}

/**
 * Returns the WOFF2 subset of one weight holding `chars`, from the build cache or made now: during a
 * build, by the PNG pool's threads (rasterPool.ts), while Astro renders other pages.
 */
async function subset(file: string, chars: string): Promise<Buffer> {
  const pool = activeRasterPool();
  const path = await cachedFile("embed-fonts", `${SUBSET_VERSION} ${file} ${chars}`, ".woff2", () =>
    pool ? pool.subset(file, chars) : cutSubset(file, chars),
  );
  return readFileSync(path);
}

/**
 * Returns the `@font-face` rules of the page's font, for the characters `chars`: one per weight,
 * each its WOFF2 subset as a `data:` URI. `font-display: block`: the data is already in the page, so
 * no text is ever drawn in a fallback that wraps differently.
 */
export async function embedFontFaces(chars: string): Promise<string> {
  const faces = await Promise.all(
    WEIGHTS.map(async ({ weight, file }) => {
      const woff2 = (await subset(file, chars)).toString("base64");
      return `@font-face{font-family:"${FONT_NAME}";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${woff2}) format("woff2")}`;
    }),
  );
  return `${faces.join("\n")}\n`;
}
