/** The charts' stylesheet (src/charts/chartCss.ts) and paints (src/charts/theme.ts), written from the palette. */
import { describe, expect, it } from "vitest";
import { SERIES, TOKENS, type ColorToken } from "../../src/design/palette.ts";
import { CHART_CSS } from "../../src/charts/chartCss.ts";
import { paint } from "../../src/charts/theme.ts";

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
