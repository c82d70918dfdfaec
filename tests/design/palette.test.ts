/** src/design/palette.ts: the one palette, its contrast on both pages, and its declarations. */
import { describe, expect, it } from "vitest";
import { BACKGROUNDS, SERIES, TOKENS } from "../../src/design/palette.ts";

/** Returns the WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const MODES = ["light", "dark"] as const;

describe("colours meet WCAG AA on both backgrounds", () => {
  for (const mode of MODES) {
    const bg = BACKGROUNDS[mode];
    it(`${mode}: text colours reach 4.5:1`, () => {
      for (const t of [TOKENS.muted, TOKENS.note]) expect(contrast(t[mode], bg), t.name).toBeGreaterThanOrEqual(4.5);
    });
    it(`${mode}: bars and parts reach 3:1 against the page`, () => {
      for (const t of [TOKENS.bar, TOKENS.strong, TOKENS.soft, TOKENS.rule, ...SERIES]) {
        expect(contrast(t[mode], bg), t.name).toBeGreaterThanOrEqual(3);
      }
    });
    it(`${mode}: numbers written on a part reach 4.5:1`, () => {
      for (const t of SERIES) expect(contrast(TOKENS.on[mode], t[mode]), t.name).toBeGreaterThanOrEqual(4.5);
    });
    it(`${mode}: the emphasised colour stands apart from the soft one`, () => {
      expect(TOKENS.strong[mode]).not.toBe(TOKENS.soft[mode]);
    });
  }
});
