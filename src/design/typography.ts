import { createRequire } from "node:module";

/** The site's typeface: its name (what resvg draws PNGs with) and the stack pages and charts fall back through. */

/** The family the site serves (@fontsource) and the PNGs are drawn with (@expo-google-fonts). */
export const FONT_NAME = "Noto Sans";
/** The font stack written on a chart's root; the page's `.cm-chart` rule overrides it with its own font. */
export const FONT_STACK = `${FONT_NAME}, system-ui, sans-serif`;

const require = createRequire(import.meta.url);

/** The TTF files the PNGs are drawn with (regular and bold), from npm: no system font. */
export const FONT_FILES = [
  require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
];

/**
 * The OpenType features kept when the fonts are cut to a subset (pages, embeds): those a browser applies
 * to Latin and Vietnamese text by default (marks, kerning, ligatures, the Vietnamese forms of `locl`) and
 * the tabular figures charts ask for. The font's other features (small capitals, old-style and fraction
 * figures, …) would keep their glyphs too, and double a subset's size.
 */
export const FONT_FEATURES = ["ccmp", "locl", "mark", "mkmk", "kern", "liga", "clig", "calt", "rlig", "tnum"];
