/** src/search/searchIndex.ts: the page Pagefind reads (its đ-words field, without its SVG). The built index is checked in tests/reader/searchIndex.test.ts. */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { D_WORDS_META, pageForIndex, withoutSvg } from "../../src/search/searchIndex.ts";

describe("pageForIndex", () => {
  const html = (body: string) => `<!doctype html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;
  const field = (out: string | undefined) =>
    new JSDOM(out ?? "").window.document
      .querySelector(`[data-pagefind-meta^="${D_WORDS_META}:"]`)
      ?.getAttribute("data-pagefind-meta");

  it("skips pages without a data-pagefind-body element (home, search, embeds)", () => {
    expect(pageForIndex(html("<main><h1>Đội Cấn</h1></main>"))).toBeUndefined();
  });

  it("adds the body's đ-words, leaving out what the index leaves out", () => {
    const out = pageForIndex(
      html(
        `<nav>Điều hướng</nav><main data-pagefind-body><h1>Xã Đội Cấn</h1><svg><text>đường</text></svg>` +
          `<div data-pagefind-ignore>đồn</div><textarea>đây</textarea><p>đóng góp</p></main>`,
      ),
    );
    expect(field(out)).toBe(`${D_WORDS_META}:doi dong`);
  });

  it("adds no field to a body without đ", () => {
    const out = pageForIndex(html("<main data-pagefind-body><h1>Biên phòng</h1></main>"));
    expect(out).toContain("Biên phòng");
    expect(field(out)).toBeUndefined();
  });
});

describe("withoutSvg", () => {
  it("drops every svg element, nested or self-closing, and keeps the rest", () => {
    expect(withoutSvg(`<p>a</p><svg viewBox="0 0 1 1"><svg x="1"><text>b</text></svg><g/></svg><p>c</p>`)).toBe(
      "<p>a</p><p>c</p>",
    );
    expect(withoutSvg(`a<SVG class="x"/>b<svg><title>t</title></svg>c`)).toBe("abc");
    expect(withoutSvg(`a<svgfoo>b</svgfoo>`)).toBe(`a<svgfoo>b</svgfoo>`);
  });

  it("leaves a stray closing tag and drops an unclosed svg to the end, as a browser would", () => {
    expect(withoutSvg(`a</svg>b`)).toBe(`a</svg>b`);
    expect(withoutSvg(`a<svg><text>b`)).toBe("a");
  });

  it("changes nothing the index reads: the same đ-words with and without charts", () => {
    const page = (chart: string) =>
      `<!doctype html><html lang="vi"><body><main data-pagefind-body><p>Đồn</p>${chart}<p>đội</p></main></body></html>`;
    const drawn = pageForIndex(page(`<figure><svg role="img"><g><text>đường</text></g></svg></figure>`));
    expect(drawn).toBe(pageForIndex(page("<figure></figure>")));
    expect(drawn).toContain(`${D_WORDS_META}:doi don"`);
  });
});
