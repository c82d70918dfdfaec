import { describe, expect, it } from "vitest";
import { checkQuote } from "../../src/model/provenance.ts";

const TEXT = "đã có 97 đảng viên tham dự; hỗ trợ vật chất trị giá gần 125 triệu đồng; nhận 227,642 km đường biên; 1,359 lượt xem";
const fig = (
  value: number,
  qualifier: "exact" | "gần" | "hơn" | "khoảng" = "exact",
  more: { reading?: "thập phân" | "hàng nghìn"; unit?: string } = {},
) => ({ value, qualifier, notation: "vi" as const, ...more });

describe("checkQuote", () => {
  it("accepts a quote in the text that states the figure", () => {
    expect(checkQuote(TEXT, "đã có 97 đảng viên", fig(97))).toEqual({ ok: true });
    expect(checkQuote(TEXT, "nhận 227,642 km", fig(227.642, "exact", { reading: "thập phân" }))).toEqual({ ok: true });
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
    expect(checkQuote(TEXT, "nhận 227,642 km", fig(227642, "exact", { reading: "thập phân" }))).toMatchObject({
      reason: "value-not-in-quote",
    });
    // The English view counter is not 1.359 written the Vietnamese way: read so only when declared.
    expect(checkQuote(TEXT, "1,359 lượt xem", fig(1359, "exact", { reading: "thập phân" }))).toMatchObject({
      reason: "value-not-in-quote",
    });
  });
  it("refuses a numeral with two readings until the dataset declares one, then reads it so", () => {
    const lalay = "La Lay quản lý 22.572 km đường biên giới";
    expect(checkQuote(lalay, "22.572 km đường biên giới", fig(22572, "exact", { unit: "km" }))).toEqual({
      ok: false,
      reason: "ambiguous",
      written: "22.572",
      thousands: 22572,
      decimal: 22.572,
    });
    expect(checkQuote(lalay, "22.572 km", fig(22.572, "exact", { unit: "km" }))).toMatchObject({ reason: "ambiguous" });
    expect(checkQuote(lalay, "22.572 km", fig(22.572, "exact", { unit: "km", reading: "thập phân" }))).toEqual({ ok: true });
    expect(checkQuote(lalay, "22.572 km", fig(22572, "exact", { unit: "km", reading: "hàng nghìn" }))).toEqual({ ok: true });
    expect(checkQuote(lalay, "22.572 km", fig(22572, "exact", { unit: "km", reading: "thập phân" }))).toMatchObject({
      reason: "value-not-in-quote",
    });
    expect(checkQuote(TEXT, "nhận 227,642 km", fig(227.642))).toMatchObject({ reason: "ambiguous", written: "227,642" });
  });
  it("reads an ambiguous numeral of a unit that counts whole things as thousands, with no reading", () => {
    expect(checkQuote(TEXT, "1,359 lượt xem", fig(1359, "exact", { unit: "lượt" }))).toEqual({ ok: true });
    expect(checkQuote(TEXT, "1,359 lượt xem", fig(1.359, "exact", { unit: "lượt" }))).toMatchObject({
      reason: "value-not-in-quote",
    });
  });
  it("refuses a hedge that differs from the quote's", () => {
    expect(checkQuote(TEXT, "trị giá gần 125 triệu đồng", fig(125000000))).toMatchObject({
      reason: "hedge-mismatch",
      found: "gần",
    });
    expect(checkQuote(TEXT, "đã có 97 đảng viên", fig(97, "hơn"))).toMatchObject({ reason: "hedge-mismatch", found: "exact" });
  });
});

describe("checkQuote, dates and identifiers", () => {
  const text = "Chỉ thị số 1625 ngày 9/1/2019; năm 2020 có 11.359 lượt và 359 hộ.";
  it("finds a date written any of the Vietnamese ways, with no hedge", () => {
    const date = { date: "2019-01-09", qualifier: "exact" as const, notation: "vi" as const };
    expect(checkQuote(text, "ngày 9/1/2019", date)).toEqual({ ok: true });
    expect(checkQuote(text, "ngày 9/1/2019", { ...date, date: "2019-01-10" })).toMatchObject({
      reason: "value-not-in-quote",
      tried: ["10/1/2019", "10/01/2019", "10.01.2019", "10.1.2019"],
    });
  });

  it("finds an identifier written bare, and only bare", () => {
    expect(checkQuote(text, "Chỉ thị số 1625", { value: 1625, qualifier: "exact", notation: "digits" })).toEqual({ ok: true });
    expect(checkQuote(text, "11.359 lượt", { value: 11359, qualifier: "exact", notation: "digits" })).toMatchObject({
      reason: "value-not-in-quote",
      tried: ["11359"],
    });
  });

  it("finds a number only whole, not inside a longer one", () => {
    expect(checkQuote(text, "11.359 lượt", fig(1359))).toMatchObject({ reason: "value-not-in-quote" });
    expect(checkQuote(text, "359 hộ", fig(359))).toEqual({ ok: true });
  });
});
