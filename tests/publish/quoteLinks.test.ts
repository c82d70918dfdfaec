/** src/publish/quoteLinks.ts: a figure's quote links back to the paragraph that states it, highlighted. */
import { describe, expect, it } from "vitest";
import { articleHref } from "../../src/lib/urls.ts";
import { paragraphOf, quoteHref } from "../../src/publish/quoteLinks.ts";
import { articleFixture } from "../charts/fixtures.ts";

const article = articleFixture(
  'Đoạn một.\n\n<Chart id="a" />\n\nCó **64 chi bộ** thôn giáp biên - và  8\nchi bộ phức tạp.\n\nĐoạn ba có 64 chi bộ.',
);

describe("paragraphOf", () => {
  it("finds the first paragraph holding the quote, counting prose only, white space and markup folded", () => {
    expect(paragraphOf(article, "64 chi bộ thôn giáp biên")).toBe(2);
    expect(paragraphOf(article, "và 8 chi bộ phức tạp".normalize("NFD"))).toBe(2);
    expect(paragraphOf(article, "64 chi bộ")).toBe(2);
    expect(paragraphOf(article, "Đoạn ba")).toBe(3);
    expect(paragraphOf(article, "không có")).toBeUndefined();
  });

  it("counts the <p> paragraphs the page gives ids to: not a heading, list or quote before them", () => {
    const mixed = articleFixture("## Mục một\n\n- 64 chi bộ trong danh sách\n\n> trích dẫn\n\nĐoạn có 64 chi bộ thôn.");
    expect(paragraphOf(mixed, "64 chi bộ thôn")).toBe(1);
    expect(paragraphOf(mixed, "trong danh sách")).toBeUndefined();
  });
});

describe("quoteHref", () => {
  it("links the paragraph's id on the article's page, with a text fragment of the quote", () => {
    expect(quoteHref(article, "64 chi bộ thôn giáp biên")).toBe(
      `${articleHref("bai-mau")}#doan-2:~:text=64%20chi%20b%E1%BB%99%20th%C3%B4n%20gi%C3%A1p%20bi%C3%AAn`,
    );
  });

  it("escapes the hyphen, which a text fragment reads as a range", () => {
    expect(quoteHref(article, "biên - và")).toMatch(/:~:text=bi%C3%AAn%20%2D%20v%C3%A0$/);
  });

  it("links the page with the fragment alone when no paragraph holds the quote", () => {
    expect(quoteHref(article, "không có")).toBe(`${articleHref("bai-mau")}#:~:text=kh%C3%B4ng%20c%C3%B3`);
  });
});
