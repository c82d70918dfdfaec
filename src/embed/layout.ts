/**
 * The embed page's own layout: sizes as named constants, and the CSS written from them. The same
 * constants estimate the page's height at build (embedHeight.ts), so the iframe's no-script height
 * follows the CSS instead of a guess kept in two places.
 */
import { NARROW_UP_TO } from "../charts/index.ts";
import { INK } from "../design/palette.ts";
import { FONT_STACK } from "../design/typography.ts";

/** Root font size the rem values below assume (the browsers' default). */
const REM = 16;

/** Sizes in CSS px. */
export const EMBED = {
  /** Widest content column; a wider iframe leaves room on the right rather than growing the chart. */
  maxWidth: 672,
  padX: 16,
  padY: 12,
  titleSize: 20,
  titleLine: 1.3,
  textSize: 14,
  textLine: 1.55,
  /** Space between blocks (title block, chart, notes, source). */
  gap: 12,
  /** Space under the title. */
  titleGap: 4,
  notePadY: 4,
  notePadX: 12,
  noteBorder: 4,
  /** Space between the rule above the source line and the line. */
  sourcePad: 8,
  /** Space between the source line and the download links. */
  linksGap: 4,
} as const;

/** The iframe width from which the content column is its widest; the oEmbed width. */
export const EMBED_DESKTOP = EMBED.maxWidth + 2 * EMBED.padX;
/** The widest iframe that shows the narrow drawing (its column is `NARROW_UP_TO` wide). */
export const EMBED_NARROW_UP_TO = NARROW_UP_TO + 2 * EMBED.padX;

/**
 * Iframe widths the no-script height is checked against. Between two of them the height moves one
 * way (the text wraps less, the drawing shown grows with the column), so its largest value is at one
 * of them: the smallest phone, a common one, the widest frame with the narrow drawing and the
 * narrowest with the wide one, and the widest column.
 */
export const EMBED_WIDTHS = [320, 360, EMBED_NARROW_UP_TO, EMBED_NARROW_UP_TO + 1, EMBED_DESKTOP] as const;

const rem = (px: number) => `${px / REM}rem`;
const e = EMBED;

/**
 * CSS of the embed page, after its font (embedFont.ts) and CHART_CSS (which sets the chart colours
 * and follows `data-theme`). Its own, not the site's stylesheet: no furniture, nothing loaded from
 * elsewhere, and nothing that changes under it when the site's pages change. Like an article, it
 * shows the phone drawing of the chart while the column is at most `NARROW_UP_TO` wide, the wide
 * one above (where it is drawn at 0.9 or more). The frame is the viewport, so a media query on
 * the frame's width does it (the Nu checker refuses container queries in inline CSS).
 */
export const EMBED_CSS = `:root{color-scheme:light dark;--cm-ink:${INK.light}}
@media (prefers-color-scheme:dark){:root:not([data-theme="light"]){--cm-ink:${INK.dark}}}
:root[data-theme="light"]{color-scheme:light}
:root[data-theme="dark"]{color-scheme:dark;--cm-ink:${INK.dark}}
*,*::before,*::after{box-sizing:border-box}
html{background:var(--cm-chart-bg);-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;padding:${rem(e.padY)} ${rem(e.padX)};color:var(--cm-ink);background:var(--cm-chart-bg);font-family:${FONT_STACK};font-size:${rem(e.textSize)};line-height:${e.textLine};overflow-wrap:break-word}
main{max-width:${rem(e.maxWidth)}}
a{color:var(--cm-chart-1);text-underline-offset:.18em}
:focus-visible{outline:3px solid var(--cm-chart-1);outline-offset:2px}
h1{font-size:${rem(e.titleSize)};line-height:${e.titleLine};margin:0 0 ${rem(e.titleGap)}}
p{margin:0}
.cm-desc{margin-bottom:${rem(e.gap)};color:var(--cm-chart-muted)}
.cm-chart{display:block;width:100%;height:auto}
.cm-chart-narrow{display:none}
@media (max-width:${rem(EMBED_NARROW_UP_TO)}){.cm-chart-wide{display:none}.cm-chart-narrow{display:block}}
.cm-note{margin-top:${rem(e.gap)};padding:${rem(e.notePadY)} ${rem(e.notePadX)};border-left:${rem(e.noteBorder)} solid var(--cm-chart-note)}
.cm-correction-line{margin-top:${rem(e.gap)}}
.cm-source{margin-top:${rem(e.gap)};padding-top:${rem(e.sourcePad)};border-top:1px solid var(--cm-chart-rule);color:var(--cm-chart-muted)}
.cm-links{margin-top:${rem(e.linksGap)}}
`;
