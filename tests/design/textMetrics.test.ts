/** src/design/textMetrics.ts: text widths without a font engine, and wrapping long labels. */
import { describe, expect, it } from "vitest";
import { measureText, wrapText } from "../../src/design/textMetrics.ts";

describe("measureText", () => {
  it("grows with the text and the font size, and with bold", () => {
    expect(measureText("Chi bộ thôn giáp biên", 14)).toBeGreaterThan(measureText("Chi bộ", 14));
    expect(measureText("227,642", 28)).toBeCloseTo(2 * measureText("227,642", 14));
    expect(measureText("699", 14, true)).toBeGreaterThan(measureText("699", 14));
  });

  it("measures a letter with diacritics like its base letter, NFC or NFD", () => {
    expect(measureText("ộ", 14)).toBe(measureText("o", 14));
    expect(measureText("Đường".normalize("NFD"), 14)).toBe(measureText("Đường", 14));
  });

  it("stays close to Noto Sans (within 15%, on the wide side)", () => {
    // Widths measured with resvg and Noto Sans Regular at 14px.
    expect(measureText("Chi bộ thôn còn hạn chế, yếu kém", 14) / 220.7).toBeGreaterThanOrEqual(1);
    expect(measureText("gần 185 triệu đồng", 14) / 123.5).toBeLessThan(1.15);
  });
});

describe("wrapText", () => {
  it("keeps a short label on one line", () => {
    expect(wrapText("Chi bộ thôn giáp biên", 210, 14)).toEqual(["Chi bộ thôn giáp biên"]);
  });

  it("breaks a long label at spaces into balanced lines that fit", () => {
    const lines = wrapText("Chi bộ thôn còn hạn chế, yếu kém", 210, 14);
    expect(lines).toEqual(["Chi bộ thôn còn", "hạn chế, yếu kém"]);
    for (const l of lines) expect(measureText(l, 14)).toBeLessThanOrEqual(210);
  });

  it("never splits a word, and never returns no line", () => {
    expect(wrapText("Siêuuuuuuuuuuuuuuuuuuuuuuuudài", 50, 14)).toEqual(["Siêuuuuuuuuuuuuuuuuuuuuuuuudài"]);
    expect(wrapText("", 50, 14)).toEqual([""]);
    expect(wrapText("  a   b ", 500, 14)).toEqual(["a b"]);
  });
});
