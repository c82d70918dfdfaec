/** src/embed/embedFont.ts: the embed page's font, cut down to the characters the page draws and inlined. */
import { describe, expect, it } from "vitest";
import { drawnCharacters, embedFontFaces } from "../../src/embed/embedFont.ts";

/** Returns the fonts of the rules, decoded from their data: URIs, by weight. */
function fonts(css: string): Map<number, Buffer> {
  const out = new Map<number, Buffer>();
  for (const m of css.matchAll(/font-weight:(\d+);[^}]*src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g))
    out.set(Number(m[1]), Buffer.from(m[2] ?? "", "base64"));
  return out;
}

describe("the embed font", () => {
  it("holds the characters drawn, once each and in order, and not those of titles, descriptions or scripts", () => {
    const html =
      "<h1>Đội Cấn</h1><p>a &amp; b&nbsp;c</p><svg><title>Xyz</title><desc>Qqq</desc><text>9</text></svg><script>var w=1</script>";
    const drawn = [...new Set("Đội Cấn a & b\u00a0c 9")].sort((x, y) => (x.codePointAt(0) ?? 0) - (y.codePointAt(0) ?? 0));
    expect(drawnCharacters(html)).toBe(drawn.join(""));
  });

  it("is Noto Sans in two weights, each a WOFF2 in a data: URI, and the same bytes for the same text", async () => {
    const css = await embedFontFaces(" Đội Cấn");
    expect(css.match(/@font-face\{font-family:"Noto Sans";/g)).toHaveLength(2);
    const byWeight = fonts(css);
    expect([...byWeight.keys()]).toEqual([400, 700]);
    for (const woff2 of byWeight.values()) {
      expect(woff2.subarray(0, 4).toString("latin1")).toBe("wOF2");
      // A handful of glyphs, not the whole font (about 600 KB as TTF).
      expect(woff2.length).toBeLessThan(8000);
    }
    expect(await embedFontFaces(" Đội Cấn")).toBe(css);
  });

  it("grows with the characters it must hold", async () => {
    const few = fonts(await embedFontFaces("ab"));
    const many = fonts(await embedFontFaces("abcdefghijklmnopqrstuvwxyzàáạảãăắằặẳẵâấầậẩẫđèéẹẻẽêếềệểễ"));
    expect(many.get(400)?.length).toBeGreaterThan((few.get(400)?.length ?? 0) + 500);
  });
});
