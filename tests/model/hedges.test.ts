/** src/model/hedges.ts: the one rule for the hedge of a figure computed from others. */
import { describe, expect, it } from "vitest";
import { QUALIFIERS, type Qualifier } from "../../src/lib/format.ts";
import { combineHedges } from "../../src/model/hedges.ts";

/** Every list of one to three hedges. */
function lists(): Qualifier[][] {
  const out: Qualifier[][] = QUALIFIERS.map((q) => [q]);
  for (let n = 2; n <= 3; n++)
    for (const prefix of out.filter((l) => l.length === n - 1)) for (const q of QUALIFIERS) out.push([...prefix, q]);
  return out;
}

describe("combineHedges", () => {
  it("gives the hedge every figure has, exact included", () => {
    for (const q of QUALIFIERS) {
      expect(combineHedges([q])).toBe(q);
      expect(combineHedges([q, q, q])).toBe(q);
    }
  });

  it('gives "khoảng" for mixed hedges, and for none', () => {
    expect(combineHedges(["gần", "hơn"])).toBe("khoảng");
    expect(combineHedges(["exact", "gần"])).toBe("khoảng");
    expect(combineHedges(["hơn", "hơn", "exact"])).toBe("khoảng");
    expect(combineHedges([])).toBe("khoảng");
  });

  it("follows the one rule for every list of up to three hedges, in any order", () => {
    for (const qs of lists()) {
      const same = qs.every((q) => q === qs[0]);
      expect(combineHedges(qs), qs.join(",")).toBe(same ? qs[0] : "khoảng");
      expect(combineHedges([...qs].reverse())).toBe(combineHedges(qs));
    }
  });
});
