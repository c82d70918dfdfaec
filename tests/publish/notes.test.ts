/** src/publish/notes.ts: a chart's source line and notes outside the site. */
import { describe, expect, it } from "vitest";
import { hedgeNote } from "../../src/publish/notes.ts";
import { site } from "../helpers/site.ts";

describe("hedgeNote", () => {
  it("lists the hedged figures in a note, and only when there are some", () => {
    for (const d of site.datasets) {
      const hedged = d.figures.filter((f) => f.qualifier !== "exact");
      const note = hedgeNote(d);
      if (!hedged.length) expect(note).toBeUndefined();
      for (const f of hedged) expect(note).toContain(f.text);
    }
    expect(site.datasets.some((d) => hedgeNote(d))).toBe(true);
  });
});
