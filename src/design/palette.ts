/**
 * The one palette: the site's colours and the charts' colours, each for the light (#ffffff) and
 * the dark (#15181c) page. global.css's colour variables are written from `SITE` (siteCss.ts), the
 * charts' from `TOKENS` and `SERIES` (src/charts/theme.ts); embeds, files and PNGs read them here.
 */

/** One colour token: its custom property and its values on the light and the dark page. */
export interface ColorToken {
  name: string;
  light: string;
  dark: string;
}

/** The site's colours (global.css), in the order the stylesheet declares them. */
export const SITE = {
  bg: { name: "--cm-bg", light: "#ffffff", dark: "#15181c" },
  fg: { name: "--cm-fg", light: "#1b1d21", dark: "#e8eaed" },
  muted: { name: "--cm-muted", light: "#555b63", dark: "#aab1ba" },
  rule: { name: "--cm-rule", light: "#d5d9de", dark: "#3a4048" },
  accent: { name: "--cm-accent", light: "#0b5c8a", dark: "#7cc4f0" },
  accentFg: { name: "--cm-accent-fg", light: "#ffffff", dark: "#0d1b26" },
  surface: { name: "--cm-surface", light: "#f4f6f8", dark: "#1f242a" },
  quote: { name: "--cm-quote", light: "#7a4b00", dark: "#f0c27a" },
} as const satisfies Record<string, ColorToken>;

/** Background colours the tokens are chosen against (WCAG AA: 4.5:1 text, 3:1 graphics). */
export const BACKGROUNDS = { light: SITE.bg.light, dark: SITE.bg.dark } as const;

/** The site's text colour on its light and dark page. */
export const INK = { light: SITE.fg.light, dark: SITE.fg.dark } as const;

/** The charts' named colours (not the categorical series). */
export const TOKENS = {
  /** Bars of a single series. */
  bar: { name: "--cm-chart-1", light: "#1f5f8b", dark: "#7cc4f0" },
  /** Emphasised bars. */
  strong: { name: "--cm-chart-strong", light: "#b34700", dark: "#ffb46b" },
  /** Bars that are not emphasised when others are. */
  soft: { name: "--cm-chart-soft", light: "#6b7785", dark: "#8d99a6" },
  /** Secondary text: ticks, small print. */
  muted: { name: "--cm-chart-muted", light: SITE.muted.light, dark: SITE.muted.dark },
  /** The note that parts and total disagree. */
  note: { name: "--cm-chart-note", light: SITE.quote.light, dark: SITE.quote.dark },
  /** Text drawn on a coloured fill (segment values). */
  on: { name: "--cm-chart-on", light: SITE.bg.light, dark: SITE.bg.dark },
  /** The page background: gaps between segments, card fills. */
  bg: { name: "--cm-chart-bg", light: SITE.bg.light, dark: SITE.bg.dark },
  /** Card outlines and grid lines. */
  rule: { name: "--cm-chart-rule", light: "#8a939d", dark: "#6b7480" },
} as const satisfies Record<string, ColorToken>;

/** Categorical colours for parts of a whole, in order; `on` text reads on each (4.5:1). */
export const SERIES: ColorToken[] = [
  { name: "--cm-chart-s1", light: "#1f5f8b", dark: "#7cc4f0" },
  { name: "--cm-chart-s2", light: "#b34700", dark: "#f5a25d" },
  { name: "--cm-chart-s3", light: "#2e7d32", dark: "#7ccf83" },
  { name: "--cm-chart-s4", light: "#7b3f9e", dark: "#c9a2f0" },
  { name: "--cm-chart-s5", light: "#a3263a", dark: "#f28b9b" },
  { name: "--cm-chart-s6", light: "#5c6670", dark: "#b3bcc5" },
];

/** Returns the declarations of `tokens` in one mode, one per line, each line after `indent`. */
export function declarations(tokens: readonly ColorToken[], mode: "light" | "dark", indent: string): string {
  return tokens.map((t) => `${indent}${t.name}: ${t[mode]};`).join("\n");
}
