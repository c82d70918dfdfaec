/** src/embed/layout.ts: the embed page's sizes, and its own stylesheet written from them and the palette. */
import { describe, expect, it } from "vitest";
import { NARROW_UP_TO } from "../../src/charts/index.ts";
import { EMBED, EMBED_CSS, EMBED_DESKTOP, EMBED_NARROW_UP_TO, EMBED_WIDTHS } from "../../src/embed/layout.ts";
import { INK } from "../../src/design/palette.ts";
import { FONT_STACK } from "../../src/design/typography.ts";

describe("the embed layout", () => {
  it("checks its height at phones, on both sides of the switch of drawings, and at the widest column", () => {
    expect(EMBED_DESKTOP).toBe(EMBED.maxWidth + 2 * EMBED.padX);
    expect(EMBED_NARROW_UP_TO).toBe(NARROW_UP_TO + 2 * EMBED.padX);
    expect(EMBED_WIDTHS).toEqual([320, 360, EMBED_NARROW_UP_TO, EMBED_NARROW_UP_TO + 1, EMBED_DESKTOP]);
  });

  it("shows the phone drawing while its column is at most NARROW_UP_TO wide, as articles do", () => {
    expect(EMBED_CSS).toContain("main{max-width:" + EMBED.maxWidth / 16 + "rem}");
    // A media query on the frame: the Nu checker refuses container queries in inline CSS.
    expect(EMBED_CSS).not.toMatch(/@container|container-type/);
    expect(EMBED_CSS).toContain(".cm-chart-narrow{display:none}");
    expect(EMBED_CSS).toContain(
      `@media (max-width:${EMBED_NARROW_UP_TO / 16}rem){.cm-chart-wide{display:none}.cm-chart-narrow{display:block}}`,
    );
  });

  it("writes its sizes in rem of a 16 px root", () => {
    expect(EMBED_CSS).toContain(`h1{font-size:${EMBED.titleSize / 16}rem;line-height:${EMBED.titleLine};`);
  });

  it("takes its ink from the palette on both pages, and the site's font stack, loading nothing (the font is inlined apart)", () => {
    expect(EMBED_CSS).toContain(`--cm-ink:${INK.light}`);
    expect(EMBED_CSS).toContain(`--cm-ink:${INK.dark}`);
    expect(EMBED_CSS).toContain(`font-family:${FONT_STACK};`);
    expect(EMBED_CSS).not.toMatch(/@import|@font-face|url\(/);
  });

  it("has balanced braces and nothing that would end a <style> element", () => {
    expect(EMBED_CSS.split("{").length).toBe(EMBED_CSS.split("}").length);
    expect(EMBED_CSS).not.toContain("<");
  });
});
