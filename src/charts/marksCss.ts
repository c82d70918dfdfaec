/**
 * CSS of the marks' tooltips (ChartMarks.astro): a transparent button over each mark, placed from
 * its `--x`, `--y`, `--w`, `--h` (shares of the drawing, marks.ts), and its tooltip, hidden from
 * sight but not from screen readers until the button is hovered, focused or tapped. No script.
 * The tooltip stays inside the drawing's width (`cqw` of the `.cm-marked` container): at most
 * `TIP_MAX` wide, under the mark, or over it when the mark lies in the drawing's lower half
 * (`.cm-up`). Colours are the chart's tokens, so it follows light and dark; print leaves it out.
 */

/** Widest tooltip; on a narrower drawing, the drawing's width. */
const TIP_MAX = "22rem";
/** The smallest button, in CSS px, whatever the drawing's scale (WCAG 2.5.8). */
const MIN_TARGET_PX = 24;

export const MARKS_CSS = `.cm-marked {
  position: relative;
  container-type: inline-size;
}
.cm-mark {
  position: absolute;
  left: calc(var(--x) * 100%);
  top: calc(var(--y) * 100%);
  width: calc(var(--w) * 100%);
  height: calc(var(--h) * 100%);
  min-width: ${MIN_TARGET_PX}px;
  min-height: ${MIN_TARGET_PX}px;
  margin: 0;
  padding: 0;
  border: 0;
  border-radius: 2px;
  background: none;
  color: inherit;
  font: inherit;
  text-align: start;
  cursor: help;
  -webkit-tap-highlight-color: transparent;
}
.cm-mark:hover {
  outline: 2px solid var(--cm-chart-rule);
  outline-offset: 1px;
}
.cm-mark:hover,
.cm-mark:focus {
  z-index: 1;
}
.cm-tip {
  position: absolute;
  left: 0;
  top: 0;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  pointer-events: none;
  background: var(--cm-chart-bg);
}
.cm-mark:hover .cm-tip,
.cm-mark:focus .cm-tip {
  --tw: min(${TIP_MAX}, 100cqw);
  width: var(--tw);
  height: auto;
  left: calc(clamp(0px, (var(--x) + var(--w) / 2) * 100cqw - var(--tw) / 2, 100cqw - var(--tw)) - var(--x) * 100cqw);
  top: calc(100% + 0.375rem);
  overflow: visible;
  clip-path: none;
  white-space: normal;
  padding: 0.5rem 0.75rem;
  border: 1px solid var(--cm-chart-rule);
  border-radius: 4px;
  box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.25);
  font-size: 0.875rem;
  line-height: 1.45;
  overflow-wrap: break-word;
}
.cm-up:hover .cm-tip,
.cm-up:focus .cm-tip {
  top: auto;
  bottom: calc(100% + 0.375rem);
}
.cm-tip-label,
.cm-tip-value,
.cm-tip-source {
  display: block;
}
.cm-tip-value {
  font-size: 1.125rem;
  font-weight: 700;
}
.cm-tip-source {
  margin-top: 0.25rem;
  color: var(--cm-chart-muted);
}
.cm-tip-quote {
  color: var(--cm-chart-note);
}
@media print {
  .cm-marks {
    display: none;
  }
}
`;
