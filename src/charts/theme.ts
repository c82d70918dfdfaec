/**
 * Chart style: sizes as named constants, colours as CSS custom properties with fallbacks. The page's
 * CSS (`CHART_CSS`, included by the layout) sets the properties for light, dark and print; an SVG
 * opened on its own falls back to the light colours. Text is `currentColor`, so it follows the page.
 */

/** Design width of every chart, in SVG user units; the viewBox scales it to the column. */
export const WIDTH = 640;
/**
 * Design width of the phone variant of a chart. A 360 px screen leaves a 328 px column: at 640
 * units the small print would shrink to 6 px; at 360 units it stays above 11 px.
 */
export const NARROW_WIDTH = 360;
/** Below this design width, row charts put each label above its bar instead of in a column at the left. */
export const STACKED_LABELS_BELOW = 480;
/** Font size of labels and value labels. */
export const FONT_SIZE = 14;
/** Font size of axis ticks and small print (notes, "tính"). */
export const SMALL_FONT_SIZE = 12.5;
/** Line height of wrapped labels, in units. */
export const LINE_HEIGHT = 18;
/** Font family written on the root; the page's `.cm-chart` rule overrides it with its own font. */
export const FONT_FAMILY = "Noto Sans, system-ui, sans-serif";

/** Row charts (bars, compare): label column, bar thickness, spacing. */
export const ROW = {
  labelWidth: 210,
  labelGap: 10,
  barHeight: 22,
  gap: 14,
  marginTop: 8,
  axisHeight: 28,
  valueGap: 6,
  footLine: 20,
  /** Narrow charts (labels above bars): space between a label and its bar, and the left edge. */
  labelAbove: 6,
  narrowEdge: 6,
} as const;

/** Stack chart: the one bar, its marker and the key rows under it. */
export const STACK = {
  headerGap: 8,
  bottom: 6,
  barHeight: 40,
  markerOverhang: 8,
  markerLabel: 18,
  keyTop: 18,
  swatch: 14,
  swatchGap: 10,
  valueWidth: 120,
  keyGap: 8,
  segmentGap: 2,
} as const;

/** Number cards: grid, card padding and the big figure's size. */
export const CARD = {
  columns: 2,
  gap: 16,
  padding: 16,
  bigFontSize: 40,
  minBigFontSize: 22,
  smallRatio: 0.55,
  radius: 6,
} as const;

/** One colour token: its custom property and its values on the light (#ffffff) and dark (#15181c) page. */
export interface ColorToken {
  name: string;
  light: string;
  dark: string;
}

/** Background colours the tokens are chosen against (WCAG AA: 4.5:1 text, 3:1 graphics). */
export const BACKGROUNDS = { light: "#ffffff", dark: "#15181c" } as const;

/** Named colours (not the categorical series). */
export const TOKENS = {
  /** Bars of a single series. */
  bar: { name: "--cm-chart-1", light: "#1f5f8b", dark: "#7cc4f0" },
  /** Emphasised bars. */
  strong: { name: "--cm-chart-strong", light: "#b34700", dark: "#ffb46b" },
  /** Bars that are not emphasised when others are. */
  soft: { name: "--cm-chart-soft", light: "#6b7785", dark: "#8d99a6" },
  /** Secondary text: ticks, small print. */
  muted: { name: "--cm-chart-muted", light: "#555b63", dark: "#aab1ba" },
  /** The note that parts and total disagree. */
  note: { name: "--cm-chart-note", light: "#7a4b00", dark: "#f0c27a" },
  /** Text drawn on a coloured fill (segment values). */
  on: { name: "--cm-chart-on", light: "#ffffff", dark: "#15181c" },
  /** The page background: gaps between segments, card fills. */
  bg: { name: "--cm-chart-bg", light: "#ffffff", dark: "#15181c" },
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

/** Returns `var(--name, light)`: the token as an SVG paint that the page may override. */
export function paint(token: ColorToken): string {
  return `var(${token.name}, ${token.light})`;
}

/** Returns the paint of the i-th part (colours repeat after six parts). */
export function seriesPaint(i: number): string {
  return paint(SERIES[i % SERIES.length] as ColorToken);
}

export const COLORS = {
  bar: paint(TOKENS.bar),
  strong: paint(TOKENS.strong),
  soft: paint(TOKENS.soft),
  muted: paint(TOKENS.muted),
  note: paint(TOKENS.note),
  on: paint(TOKENS.on),
  bg: paint(TOKENS.bg),
  rule: paint(TOKENS.rule),
  text: "currentColor",
} as const;

const ALL_TOKENS: ColorToken[] = [...Object.values(TOKENS), ...SERIES];

function declarations(mode: "light" | "dark", indent: string): string {
  return ALL_TOKENS.map((t) => `${indent}${t.name}: ${t[mode]};`).join("\n");
}

/**
 * CSS the site layout includes: chart colours for light, dark (system, `data-theme`, or the reader's
 * switch in ThemeSwitch.astro, whose rules stand apart so a browser without `:has()` keeps the rest) and print.
 */
export const CHART_CSS = `:root {
${declarations("light", "  ")}
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) {
${declarations("dark", "    ")}
  }
}
[data-theme="dark"] {
${declarations("dark", "  ")}
}
[data-theme="light"] {
${declarations("light", "  ")}
}
:root:has(#cm-theme-dark:checked) {
${declarations("dark", "  ")}
}
:root:has(#cm-theme-light:checked) {
${declarations("light", "  ")}
}
.cm-chart {
  display: block;
  width: 100%;
  height: auto;
  overflow: visible;
  font-family: var(--cm-font, ${FONT_FAMILY});
}
@media print {
  .cm-chart {
    color: #000;
${declarations("light", "    ")}
    break-inside: avoid;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
}
`;
