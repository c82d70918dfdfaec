/**
 * A chart's thumbnail for lists (front page, topic pages): its phone drawing, the same bytes the
 * site already renders (no second render), made decorative since the link beside it names the chart.
 * It keeps its text: shown at least THUMB_MIN_PX wide, its smallest text stays at 12 CSS px or more.
 */
import { renderChartSvgs } from "../charts/index.ts";
import type { Dataset } from "../model/types.ts";

/** The narrowest a thumbnail is shown: 320-unit drawings whose smallest text is 14 units stay ≥ 12 px. */
export const THUMB_MIN_PX = 280;

/** The widest a thumbnail is shown, in CSS px (front.css keeps it there). */
export const THUMB_MAX_PX = 360;

/** Returns true when a dataset's thumbnail, at its widest, is taller than `maxPx` and so is cut. */
export function thumbnailIsCut(d: Dataset, maxPx: number): boolean {
  const { narrow } = renderChartSvgs(d);
  return narrow.width > 0 && (narrow.height * THUMB_MAX_PX) / narrow.width > maxPx;
}

/**
 * Returns the thumbnail markup of a dataset's chart, or undefined when it has no drawing. Its
 * viewBox's aspect ratio keeps its height while front.css skips it off screen (content-visibility).
 */
export function thumbnailSvg(d: Dataset): string | undefined {
  const { narrow } = renderChartSvgs(d);
  if (!narrow.svg) return undefined;
  return narrow.svg
    .replace(/<title>[\s\S]*?<\/title>|<desc>[\s\S]*?<\/desc>/g, "")
    .replace(/^<svg\b([^>]*?)\srole="img"/, "<svg$1")
    .replace(/^<svg\b([^>]*?)\saria-label="[^"]*"/, "<svg$1")
    .replace(/^<svg\b/, `<svg aria-hidden="true" style="aspect-ratio:${narrow.width}/${narrow.height}"`);
}
