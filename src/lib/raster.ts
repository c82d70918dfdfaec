/**
 * Turns an SVG string into a PNG at build time with resvg, using Noto Sans TTF files from the npm
 * registry (@expo-google-fonts/noto-sans), which cover Vietnamese. No system font is used, so the
 * same SVG gives the same PNG bytes on any machine. PNGs are kept in the build cache (cache.ts),
 * keyed by the SVG, the size, the background and the versions of resvg and the fonts, so a build
 * rasterizes only what changed.
 */
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { cachedBytes, packageVersion } from "../charts/cache.ts";

const require = createRequire(import.meta.url);

/** The TTF files the PNGs are drawn with (regular and bold). */
export const FONT_FILES = [
  require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
];
export const FONT_FAMILY = "Noto Sans";

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
const RASTER_VERSION = ["@resvg/resvg-js", "@expo-google-fonts/noto-sans"].map((p) => `${p}@${packageVersion(p)}`).join(" ");

/** Returns the PNG of `svg` rendered `width` pixels wide on `background`, from the cache when an earlier build made it. */
export function svgToPng(svg: string, width: number, background = "#ffffff"): Buffer {
  return cachedBytes("png", JSON.stringify([RASTER_VERSION, width, background, svg]), () => rasterize(svg, width, background));
}

/** Renders the PNG (no cache). */
function rasterize(svg: string, width: number, background: string): Buffer {
  const resvg = new Resvg(resolveCssVars(svg), {
    fitTo: { mode: "width", value: width },
    background,
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}
