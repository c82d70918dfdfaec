/**
 * The benchmark's statistics (scripts/bench/stats.ts: the bench reports each ratio as the median of its pairs, with
 * a distribution-free confidence interval): checked against values worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { binomialHalfCdf, median, medianInterval } from "../../scripts/bench/stats.ts";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones, in any order", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe("binomialHalfCdf", () => {
  it("sums C(n, i) / 2^n", () => {
    expect(binomialHalfCdf(3, 0)).toBeCloseTo(1 / 8, 12);
    expect(binomialHalfCdf(3, 1)).toBeCloseTo(4 / 8, 12);
    expect(binomialHalfCdf(10, 1)).toBeCloseTo(11 / 1024, 12);
    expect(binomialHalfCdf(5, -1)).toBe(0);
    expect(binomialHalfCdf(5, 5)).toBe(1);
  });

  it("is symmetric: P(X ≤ k) + P(X ≤ n − k − 1) = 1", () => {
    for (const n of [7, 24, 60])
      for (let k = 0; k < n; k++) expect(binomialHalfCdf(n, k) + binomialHalfCdf(n, n - k - 1)).toBeCloseTo(1, 10);
  });
});

describe("medianInterval", () => {
  it("uses the whole range of three values, which covers the median 75 % of the time", () => {
    expect(medianInterval([1.1, 0.9, 1.0])).toEqual({ low: 0.9, high: 1.1, coverage: 0.75 });
  });

  it("narrows to the 7th and 18th of 24 values (97.7 %: the 8th and 17th would cover only 93.6 %)", () => {
    const xs = Array.from({ length: 24 }, (_, i) => 1 + (i - 12) / 100).reverse();
    const ci = medianInterval(xs);
    expect(ci?.low).toBeCloseTo(0.94, 12);
    expect(ci?.high).toBeCloseTo(1.05, 12);
    expect(ci?.coverage).toBeCloseTo(1 - 2 * binomialHalfCdf(24, 6), 12);
    expect(ci?.coverage).toBeGreaterThanOrEqual(0.95);
    expect(1 - 2 * binomialHalfCdf(24, 7)).toBeLessThan(0.95);
  });

  it("takes the whole range of 5 values, the quick bench's cold pairs (93.75 %: no narrower interval reaches 95 %)", () => {
    expect(medianInterval([1.04, 1.12, 1.01, 1.08, 1.1])).toEqual({ low: 1.01, high: 1.12, coverage: 1 - 2 / 32 });
    expect(1 - 2 * binomialHalfCdf(5, 1)).toBeLessThan(0.95);
  });

  it("gives one value an interval of no coverage, which the report prints as none", () => {
    expect(medianInterval([1.9])).toEqual({ low: 1.9, high: 1.9, coverage: 0 });
  });

  it("gives the 2nd and 8th of 9 values at 95 % (96.1 %)", () => {
    const ci = medianInterval([9, 1, 8, 2, 7, 3, 6, 4, 5]);
    expect([ci?.low, ci?.high]).toEqual([2, 8]);
    expect(ci?.coverage).toBeCloseTo(1 - 2 * (10 / 512), 12);
  });

  it("takes a lower level when asked, and ignores values that are not numbers", () => {
    expect(medianInterval([9, 1, 8, 2, 7, 3, 6, 4, 5, NaN], 0.8)).toMatchObject({ low: 3, high: 7 });
    expect(medianInterval([])).toBeUndefined();
  });
});
