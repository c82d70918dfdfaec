/** src/search/rank.ts: the phrase tiers the search page ranks by, and the đ-words the index adds. */
import { describe, expect, it } from "vitest";
import { dWords, EXACT, FOLDED, LOOSE, matchTier, rankHits } from "../../src/search/rank.ts";

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
