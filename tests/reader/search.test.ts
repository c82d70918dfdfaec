/** Search helpers: the phrase tiers the search page ranks by, the đ-words field, the page Pagefind reads. */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { dWords, EXACT, FOLDED, LOOSE, matchTier, rankHits } from "../../src/search/rank.ts";
import { D_WORDS_META, pageForIndex, withoutSvg } from "../../src/search/searchIndex.ts";

describe("matchTier", () => {
  it("tells the phrase as typed from the phrase without tones from loose matches", () => {
    const text = "Mô hình giúp dân ở xã Đội Cấn, huyện Tràng Định.";
    expect(matchTier("Đội Cấn", text)).toBe(EXACT);
    expect(matchTier("đội cấn", text)).toBe(EXACT);
    expect(matchTier("doi can", text)).toBe(FOLDED);
    expect(matchTier("đối cần", text)).toBe(FOLDED);
    expect(matchTier("cấn đội", text)).toBe(LOOSE);
  });

  it("matches whole words only, across any white space, in any Unicode form", () => {
    expect(matchTier("bien phong", "Bộ đội Biên\n  phòng tỉnh")).toBe(FOLDED);
    expect(matchTier("biên phòng", "Bộ đội Biên phòng tỉnh".normalize("NFD"))).toBe(EXACT);
    expect(matchTier("can", "cảnh")).toBe(LOOSE);
    expect(matchTier("doi", "đội")).toBe(FOLDED);
  });

  it("treats the reader's punctuation as text, not as a pattern", () => {
    expect(matchTier("227,642", "nhận 227,642 km đường biên")).toBe(EXACT);
    expect(matchTier("(a+", "x (a+ y")).toBe(EXACT);
    expect(matchTier("   ", "anything")).toBe(LOOSE);
  });
});

describe("rankHits", () => {
  const hits = [
    { title: "Bộ đội", content: "Bộ đội rất cần cán bộ." },
    { title: "Mô hình", content: "xã Đội Cấn" },
    { title: "Doi can", content: "" },
    { title: "Khác", content: "cán bộ đời" },
  ];

  it("puts the exact phrase first, then the phrase without tones, keeping the engine's order within each", () => {
    expect(rankHits("Đội Cấn", hits).map((h) => h.title)).toEqual(["Mô hình", "Doi can", "Bộ đội", "Khác"]);
    expect(rankHits("doi can", hits).map((h) => h.title)).toEqual(["Doi can", "Mô hình", "Bộ đội", "Khác"]);
  });

  it("keeps the engine's order when no page has the phrase", () => {
    expect(rankHits("xyz", hits)).toEqual(hits);
  });
});

describe("dWords", () => {
  it("lists the words written with đ as typed without it, once each, sorted", () => {
    expect(dWords("Đội Cấn đóng góp; Đồn biên phòng, đội")).toEqual(["doi", "don", "dong"]);
    expect(dWords("Biên phòng Lạng Sơn")).toEqual([]);
  });

  it("reads decomposed text (NFD) like composed text", () => {
    expect(dWords("Đội Cấn".normalize("NFD"))).toEqual(["doi"]);
  });
});

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
