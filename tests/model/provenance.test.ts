import { describe, expect, it } from "vitest";
import { checkQuote } from "../../src/model/provenance.ts";

const TEXT = "đã có 97 đảng viên tham dự; hỗ trợ vật chất trị giá gần 125 triệu đồng; nhận 227,642 km đường biên; 1,359 lượt xem";
const fig = (value: number, qualifier: "exact" | "gần" | "hơn" | "khoảng" = "exact") => ({
  value,
  qualifier,
  notation: "vi" as const,
});

describe("checkQuote", () => {
  it("accepts a quote in the text that states the figure", () => {
    expect(checkQuote(TEXT, "đã có 97 đảng viên", fig(97))).toEqual({ ok: true });
    expect(checkQuote(TEXT, "nhận 227,642 km", fig(227.642))).toEqual({ ok: true });
    expect(checkQuote(TEXT, "trị giá gần 125 triệu đồng", fig(125000000, "gần"))).toEqual({ ok: true });
  });
  it("folds white space and Unicode form before comparing", () => {
    expect(checkQuote(TEXT, "đã  có\n97 đảng viên".normalize("NFD"), fig(97))).toEqual({ ok: true });
  });
  it("refuses a quote not in the text", () => {
    expect(checkQuote(TEXT, "đã có 98 đảng viên", fig(98))).toEqual({ ok: false, reason: "not-in-article" });
  });
  it("refuses a figure its quote does not state", () => {
    expect(checkQuote(TEXT, "đã có 97 đảng viên", fig(9))).toMatchObject({ reason: "value-not-in-quote" });
    expect(checkQuote(TEXT, "nhận 227,642 km", fig(227642))).toMatchObject({ reason: "value-not-in-quote" });
    // The English view counter is not 1.359 written the Vietnamese way.
    expect(checkQuote(TEXT, "1,359 lượt xem", fig(1359))).toMatchObject({ reason: "value-not-in-quote" });
  });
  it("refuses a hedge that differs from the quote's", () => {
    expect(checkQuote(TEXT, "trị giá gần 125 triệu đồng", fig(125000000))).toMatchObject({
      reason: "hedge-mismatch",
      found: "gần",
    });
    expect(checkQuote(TEXT, "đã có 97 đảng viên", fig(97, "hơn"))).toMatchObject({ reason: "hedge-mismatch", found: "exact" });
  });
});
