/** src/design/palette.ts: the one palette, its contrast on both pages, and its declarations. */
import { describe, expect, it } from "vitest";
import { BACKGROUNDS, declarations, INK, SERIES, SITE, TOKENS } from "../../src/design/palette.ts";

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

describe("the palette", () => {
  const all = [...Object.values(SITE), ...Object.values(TOKENS), ...SERIES];

  it("names each colour once, every value a #rrggbb colour", () => {
    expect(new Set(all.map((t) => t.name)).size).toBe(all.length);
    for (const t of all) {
      expect(t.light, t.name).toMatch(/^#[0-9a-f]{6}$/);
      expect(t.dark, t.name).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it("chooses the charts' colours against the site's own page and text", () => {
    expect(BACKGROUNDS).toEqual({ light: SITE.bg.light, dark: SITE.bg.dark });
    expect(INK).toEqual({ light: SITE.fg.light, dark: SITE.fg.dark });
    expect(TOKENS.bg).toMatchObject({ light: SITE.bg.light, dark: SITE.bg.dark });
    expect(TOKENS.muted).toMatchObject({ light: SITE.muted.light, dark: SITE.muted.dark });
  });
});

describe("declarations", () => {
  it("writes each token's custom property in one mode, one a line, indented", () => {
    expect(declarations([SITE.bg, SITE.fg], "dark", "    ")).toBe("    --cm-bg: #15181c;\n    --cm-fg: #e8eaed;");
    expect(declarations([SITE.bg], "light", "")).toBe("--cm-bg: #ffffff;");
    expect(declarations([], "light", "  ")).toBe("");
  });
});
