/** The built site: every quote of every dataset stands on the words a reader sees on its article page (src/publish/pageQuotes.ts). */
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/model/siteStore.ts";
import { missingQuotes, quoteRefs } from "../../src/publish/pageQuotes.ts";
import { DIST, htmlPages, ROOT } from "../helpers/dist.ts";

describe("quotes on the built article pages", () => {
  it("every quote is in the visible words of its article page", () => {
    const site = getSite(ROOT);
    expect(htmlPages().some((p) => p.startsWith("bai-viet/"))).toBe(true);
    expect(site.datasets.flatMap((d) => d.figures).filter((f) => f.quote).length).toBeGreaterThan(10);
    expect(missingQuotes(DIST, quoteRefs(site))).toEqual([]);
  });
});
