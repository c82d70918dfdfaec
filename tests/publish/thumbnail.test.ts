/** src/publish/thumbnail.ts: the phone drawing made a decorative thumbnail whose text stays ≥ 12 px. */
import { describe, expect, it } from "vitest";
import { renderChartSvgs } from "../../src/charts/index.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { THUMB_MAX_PX, THUMB_MIN_PX, thumbnailIsCut, thumbnailSvg } from "../../src/publish/thumbnail.ts";
import { ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
const drawn = site.datasets.filter((d) => renderChartSvgs(d).narrow.svg);

describe("thumbnailSvg", () => {
  it("is none for a dataset with nothing drawn", () => {
    for (const d of site.datasets.filter((x) => !renderChartSvgs(x).narrow.svg)) expect(thumbnailSvg(d)).toBeUndefined();
  });

  it.each(drawn.map((d) => [d.id, d] as const))("%s: the phone drawing, hidden from screen readers, its marks kept", (_, d) => {
    const svg = thumbnailSvg(d) ?? "";
    const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
    expect(open).toContain('aria-hidden="true"');
    // front.css skips it off screen: its aspect ratio alone then gives it its height.
    const { width, height } = renderChartSvgs(d).narrow;
    expect(open).toContain(`style="aspect-ratio:${width}/${height}"`);
    expect(open).not.toMatch(/\srole=|\saria-label=/);
    expect(svg).not.toMatch(/<title>|<desc>/);
    const marks = (s: string) => s.match(/<(rect|line|path|text)\b/g)?.length;
    expect(marks(svg)).toBe(marks(renderChartSvgs(d).narrow.svg));
  });

  it.each(drawn.map((d) => [d.id, d] as const))("%s: its smallest text is 12 px or more at the narrowest it is shown", (_, d) => {
    const { width } = renderChartSvgs(d).narrow;
    const sizes = [...(thumbnailSvg(d) ?? "").matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes) * (THUMB_MIN_PX / width)).toBeGreaterThanOrEqual(12);
  });
});

describe("thumbnailIsCut", () => {
  it("is true exactly when the drawing at its widest is taller than the box", () => {
    for (const d of drawn) {
      const { width, height } = renderChartSvgs(d).narrow;
      const shown = (height * THUMB_MAX_PX) / width;
      expect(thumbnailIsCut(d, shown - 1), d.id).toBe(true);
      expect(thumbnailIsCut(d, shown + 1), d.id).toBe(false);
    }
  });
});
