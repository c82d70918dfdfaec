/** src/publish/socialCard.ts: the 1200×630 link-preview image, as SVG: words and one figure that always fit. */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { measureText } from "../../src/design/textMetrics.ts";
import { CARD_HEIGHT, CARD_WIDTH, socialCardSvg, TEXT_WIDTH, titleLines, type SocialCard } from "../../src/publish/socialCard.ts";

const card: SocialCard = {
  kicker: "Biểu đồ",
  title: "Đội Cấn giữ đường biên",
  figure: { hedge: "gần", number: "125 triệu", unit: "đồng", label: "Hỗ trợ vật chất" },
  footer: "Báo Lạng Sơn · 05/02/2020",
};
const parse = (svg: string) => new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;

describe("titleLines", () => {
  it("keeps a short title at the design size", () => {
    expect(titleLines("Đội Cấn")).toEqual({ lines: ["Đội Cấn"], size: 50 });
  });

  it("makes a long title smaller to keep it to three lines, each within the text column", () => {
    const title = "Đảng ủy Bộ đội Biên phòng tỉnh: Kết quả bước đầu phân công đảng viên sinh hoạt tại các chi bộ thôn biên giới";
    const { lines, size } = titleLines(title);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(size).toBeLessThanOrEqual(50);
    expect(size).toBeGreaterThanOrEqual(38);
    expect(lines.join(" ")).toBe(title);
    for (const l of lines) expect(measureText(l, size, true)).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it("cuts a title too long for three lines, ending it with an ellipsis", () => {
    const { lines, size } = titleLines(Array.from({ length: 40 }, (_, i) => `từ${i}`).join(" "));
    expect(size).toBe(38);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith("…")).toBe(true);
    for (const l of lines) expect(measureText(l, size, true)).toBeLessThanOrEqual(TEXT_WIDTH);
  });
});

describe("socialCardSvg", () => {
  it("is a 1200×630 SVG with the site's name, the kicker, the title, the figure and the footer", () => {
    const doc = parse(socialCardSvg(card));
    expect(doc.querySelector("parsererror")).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual([String(CARD_WIDTH), String(CARD_HEIGHT)]);
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    const texts = [...root.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual(["Cột Mốc", "Biểu đồ", card.title, "gần 125 triệu đồng", "Hỗ trợ vật chất", card.footer]);
  });

  it("draws no figure when the card has none", () => {
    const texts = [...parse(socialCardSvg({ ...card, figure: undefined })).querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual(["Cột Mốc", "Biểu đồ", card.title, card.footer]);
  });

  it("writes markup in its words as text", () => {
    const doc = parse(socialCardSvg({ ...card, title: "<script>alert(1)</script> & “x”", footer: "<b>Báo</b>" }));
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelectorAll("script, b")).toHaveLength(0);
    expect(doc.documentElement.textContent).toContain("<script>alert(1)</script> & “x”");
  });

  it("is the same for the same card", () => {
    expect(socialCardSvg(card)).toBe(socialCardSvg({ ...card }));
  });
});
