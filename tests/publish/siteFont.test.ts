/**
 * The pages' font (src/publish/siteFont.ts): the subset holds every character the built site draws,
 * the fallback faces are scaled by Capsize's rule, and the DejaVu Sans metrics written in the module
 * are the installed font's.
 */
import { existsSync, readFileSync } from "node:fs";
import { fromBuffer } from "@capsizecss/unpack";
import { describe, expect, it } from "vitest";
import { DEJAVU_SANS, fallbackOverrides, inSiteFont, siteFontCss, siteFontFiles } from "../../src/publish/siteFont.ts";
import { htmlPages, page } from "../helpers/dist.ts";

describe("the served subset", () => {
  it("holds every character the site's pages show (text outside it would be drawn in a system font)", () => {
    const missing = new Set<string>();
    for (const f of htmlPages()) {
      const doc = page(f);
      for (const el of doc.querySelectorAll("script, style, title, desc")) el.remove();
      for (const ch of doc.body.textContent ?? "")
        if (!/\s/.test(ch) && !inSiteFont(ch)) missing.add(`${ch} U+${ch.codePointAt(0)?.toString(16)} (${f})`);
    }
    expect([...missing]).toEqual([]);
  });

  it("is one WOFF2 per weight, under 20 KB each, named by its content", async () => {
    const files = await siteFontFiles();
    expect(files.map((f) => f.weight)).toEqual([400, 700]);
    for (const f of files) {
      expect(f.bytes.subarray(0, 4).toString("latin1")).toBe("wOF2");
      expect(f.bytes.length).toBeLessThan(20 * 1024);
      expect(f.path).toMatch(new RegExp(`^phong-chu/noto-sans-${f.weight}\\.[0-9a-f]{10}\\.woff2$`));
    }
  });

  it("is declared with font-display: swap and its unicode-range, and Vietnamese is in that range", async () => {
    const css = await siteFontCss();
    expect(css.match(/font-display:swap/g)).toHaveLength(2);
    for (const ch of "ĂăĐđƠơƯưẠỹ₫“”–…") expect(inSiteFont(ch), ch).toBe(true);
    expect(inSiteFont("中")).toBe(false);
  });
});

describe("the fallback faces", () => {
  it("follow Capsize's rule: width scaled by the average character widths, vertical metrics in that scale", () => {
    const noto = { ascent: 1069, descent: -293, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 474 };
    const arial = { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 };
    // size-adjust 0.474 / (913 / 2048) = 106.326 %; ascent 1069 / (1000 × 1.06326) = 100.54 %.
    expect(fallbackOverrides(noto, arial)).toBe(
      "size-adjust:106.326%;ascent-override:100.54%;descent-override:27.557%;line-gap-override:0%",
    );
  });

  it.runIf(existsSync("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))(
    "use DejaVu Sans's own metrics (read from Debian's font files)",
    async () => {
      for (const [weight, file] of [
        [400, "DejaVuSans.ttf"],
        [700, "DejaVuSans-Bold.ttf"],
      ] as const) {
        const m = await fromBuffer(readFileSync(`/usr/share/fonts/truetype/dejavu/${file}`));
        const { ascent, descent, lineGap, unitsPerEm, xWidthAvg } = m;
        expect({ ascent, descent, lineGap, unitsPerEm, xWidthAvg }).toEqual(DEJAVU_SANS[weight]);
      }
    },
  );
});
