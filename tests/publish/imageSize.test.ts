/** src/publish/imageSize.ts: a chart as a file of its own is the chart's width within its frame, drawn as a PNG at twice that. */
import { describe, expect, it } from "vitest";
import { WIDTH } from "../../src/charts/theme.ts";
import { FRAME_MARGIN, PNG_SCALE, PNG_WIDTH, pngSize, SVG_WIDTH } from "../../src/publish/imageSize.ts";

describe("the standalone image's size", () => {
  it("is the chart's width and its margins, the PNG twice as wide and at least 1200 px", () => {
    expect(SVG_WIDTH).toBe(WIDTH + 2 * FRAME_MARGIN);
    expect(PNG_WIDTH).toBe(SVG_WIDTH * PNG_SCALE);
    expect(PNG_WIDTH).toBeGreaterThanOrEqual(1200);
  });

  it("gives the PNG's pixels for an SVG's height, rounded", () => {
    expect(pngSize(100)).toEqual({ width: PNG_WIDTH, height: 200 });
    expect(pngSize(100.3)).toEqual({ width: PNG_WIDTH, height: 201 });
  });
});
