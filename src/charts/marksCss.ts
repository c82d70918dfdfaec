/**
 * CSS of the marks' tooltips (ChartMarks.astro): a transparent button over each mark, placed from
 * its `--x`, `--y`, `--w`, `--h` (shares of the drawing, marks.ts), and its tooltip, hidden from
 * sight but not from screen readers until the button is hovered, focused or tapped. No script.
 * The tooltip stays inside the drawing's width: at most `TIP_MAX` wide, centred under the mark
 * (over it when the mark lies in the drawing's lower half, `.cm-up`) and moved in from the edges.
 * Its lengths are percentages of its button, whose width is `--w` of the drawing's, so the drawing
 * is `100% / --w` wide and begins `100% · --x / --w` to the left: no container units, which the Nu
 * checker rejects in an inline style sheet. Colours are the chart's tokens, so it follows light and
 * dark; print leaves it out.
 */

/** Widest tooltip; on a narrower drawing, the drawing's width. */
const TIP_MAX = "22rem";
/** The drawing's width and the tooltip's, in percentages of the button (the tooltip's containing block). */
const DRAWING = "100% / var(--w)";
const TIP = `min(${TIP_MAX}, ${DRAWING})`;

export const MARKS_CSS = `.cm-marked {
  position: relative;
}
.cm-mark {
  position: absolute;
  left: calc(var(--x) * 100%);
  top: calc(var(--y) * 100%);
  width: calc(var(--w) * 100%);
  height: calc(var(--h) * 100%);
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
  width: ${TIP};
  height: auto;
  left: clamp(calc(-100% * var(--x) / var(--w)), calc(50% - ${TIP} / 2), calc(100% * (1 - var(--x)) / var(--w) - ${TIP}));
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
