/** The CSS pages include for charts: their colours in light, dark and print, and how the SVG sits in its column. */
import { declarations as palette, SERIES, TOKENS, type ColorToken } from "../design/palette.ts";
import { FONT_STACK } from "../design/typography.ts";
import { MARKS_CSS } from "./marksCss.ts";

const ALL_TOKENS: ColorToken[] = [...Object.values(TOKENS), ...SERIES];

function declarations(mode: "light" | "dark", indent: string): string {
  return palette(ALL_TOKENS, mode, indent);
}

/**
 * CSS the site layout includes: chart colours for light, dark (system, `data-theme`, or the reader's
 * switch in ThemeSwitch.astro, whose rules stand apart so a browser without `:has()` keeps the rest) and print,
 * and the marks' tooltips (marksCss.ts).
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
  font-family: var(--cm-font, ${FONT_STACK});
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
${MARKS_CSS}`;
