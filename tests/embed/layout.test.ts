/** src/embed/layout.ts: the embed page's sizes, and its own stylesheet written from them and the palette. */
import { describe, expect, it } from "vitest";
import { EMBED, EMBED_CSS, EMBED_WIDTHS } from "../../src/embed/layout.ts";
import { INK } from "../../src/design/palette.ts";
import { FONT_STACK } from "../../src/design/typography.ts";

describe("the embed layout", () => {
  it("checks its height at a phone's width and at the widest column with its padding", () => {
    expect(EMBED_WIDTHS).toEqual([360, EMBED.maxWidth + 2 * EMBED.padX]);
  });

  it("writes its sizes in rem of a 16 px root", () => {
    expect(EMBED_CSS).toContain(`main{max-width:${EMBED.maxWidth / 16}rem}`);
    expect(EMBED_CSS).toContain(`h1{font-size:${EMBED.titleSize / 16}rem;line-height:${EMBED.titleLine};`);
  });

  it("takes its ink from the palette on both pages, and the site's font stack, loading nothing", () => {
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
