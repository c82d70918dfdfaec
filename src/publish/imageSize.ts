/** The size of a chart as a file of its own: the chart's width within its frame's margins, and the PNG's scale. */
import { WIDTH } from "../charts/theme.ts";

/** The frame's margin around the chart and its words, in SVG user units. */
export const FRAME_MARGIN = 20;
/** Width of the standalone SVG in user units; the PNG is drawn at `PNG_SCALE` times that. */
export const SVG_WIDTH = WIDTH + 2 * FRAME_MARGIN;
export const PNG_SCALE = 2;
export const PNG_WIDTH = SVG_WIDTH * PNG_SCALE;

/** Returns the size in pixels of the PNG drawn from a standalone SVG of `height` units. */
export function pngSize(svgHeight: number): { width: number; height: number } {
  return { width: PNG_WIDTH, height: Math.round(svgHeight * PNG_SCALE) };
}
