import { describe, expect, it } from "vitest";
import { BACKGROUNDS, SERIES, TOKENS, type ColorToken } from "../../src/design/palette.ts";
import { CHART_CSS } from "../../src/charts/chartCss.ts";
import { paint } from "../../src/charts/theme.ts";

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

describe("CHART_CSS", () => {
  const all: ColorToken[] = [...Object.values(TOKENS), ...SERIES];

  it("defines every token for light, dark (system, data-theme and the reader's switch) and print", () => {
    for (const t of all) {
      // :root, [data-theme=light], the switch's light choice, print
      expect(CHART_CSS.split(`${t.name}: ${t.light};`).length - 1, t.name).toBe(4);
      expect(CHART_CSS.split(`${t.name}: ${t.dark};`).length - 1 >= 3, t.name).toBe(true);
    }
    expect(CHART_CSS).toContain("@media (prefers-color-scheme: dark)");
    expect(CHART_CSS).toContain('[data-theme="dark"]');
    expect(CHART_CSS).toContain(":root:has(#cm-theme-dark:checked) {");
    expect(CHART_CSS).toContain(":root:has(#cm-theme-light:checked) {");
    expect(CHART_CSS).toContain("@media print");
  });

  it("has balanced braces and no markup that would end a <style> element", () => {
    expect(CHART_CSS.split("{").length).toBe(CHART_CSS.split("}").length);
    expect(CHART_CSS).not.toContain("<");
  });

  it("writes paints as variables with the light colour as fallback", () => {
    expect(paint(TOKENS.bar)).toBe("var(--cm-chart-1, #1f5f8b)");
  });
});
