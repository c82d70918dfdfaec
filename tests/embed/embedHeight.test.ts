/** src/embed/embedHeight.ts: the embed page's height, estimated at build, and its footer's words. */
import { describe, expect, it } from "vitest";
import { embedFooter, embedHeight, embedHeightAt } from "../../src/embed/embedHeight.ts";
import { EMBED_WIDTHS } from "../../src/embed/layout.ts";
import { cases } from "../helpers/site.ts";

describe("the embed height", () => {
  it.each(cases)("%s: the written height covers the estimate at phone and desktop widths", (_, d, a) => {
    const h = embedHeight(d, a);
    for (const w of EMBED_WIDTHS) expect(h).toBeGreaterThan(embedHeightAt(d, a, w));
    expect(h).toBeGreaterThan(150);
    expect(h).toBeLessThan(2000);
  });
});
