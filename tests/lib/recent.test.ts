/** RecentMap: a memo that keeps only its most recently used entries. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RecentMap } from "../../src/lib/recent.ts";

describe("RecentMap", () => {
  it("forgets the least recently used entry past its capacity; a read counts as a use", () => {
    const m = new RecentMap<string, number>(2);
    m.set("a", 1).set("b", 2);
    expect(m.get("a")).toBe(1);
    m.set("c", 3);
    expect([m.get("a"), m.get("b"), m.get("c"), m.size]).toEqual([1, undefined, 3, 2]);
  });

  it("behaves like a list of keys ordered by last use, cut to its capacity (property)", () => {
    const op = fc.oneof(
      fc.record({ set: fc.integer({ min: 0, max: 9 }), value: fc.integer() }),
      fc.record({ get: fc.integer({ min: 0, max: 9 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(op, { maxLength: 60 }), (capacity, ops) => {
        const m = new RecentMap<number, number>(capacity);
        let model: Array<[number, number]> = []; // oldest first
        for (const o of ops) {
          if ("set" in o) {
            m.set(o.set, o.value);
            model = [...model.filter(([k]) => k !== o.set), [o.set, o.value] as [number, number]].slice(-capacity);
          } else {
            const hit = model.find(([k]) => k === o.get);
            expect(m.get(o.get)).toBe(hit?.[1]);
            if (hit) model = [...model.filter(([k]) => k !== o.get), hit];
          }
          expect(m.size).toBe(model.length);
        }
      }),
      { seed: 20261206 },
    );
  });

  it("refuses a capacity that is not a positive integer", () => {
    expect(() => new RecentMap(0)).toThrow(/capacity 0/);
    expect(() => new RecentMap(1.5)).toThrow(/capacity 1.5/);
  });
});
