import { describe, expect, it } from "vitest";
import {
  dateSpellings,
  formatCompact,
  formatDate,
  formatPublished,
  formatNumber,
  formatQuantity,
  formatIsoDate,
  formatTick,
  hedgeWord,
  QUALIFIERS,
  parsePlainNumber,
  parseViNumber,
  spellings,
} from "../../src/lib/format.ts";

describe("vi-VN number formatting", () => {
  it("writes a decimal comma and dot grouping", () => {
    expect(formatNumber(227.642)).toBe("227,642");
    expect(formatNumber(1359)).toBe("1.359");
    expect(formatNumber(125000000)).toBe("125.000.000");
    expect(formatNumber(3.6406, 1)).toBe("3,6");
    expect(formatNumber(-0)).toBe("0");
  });
  it("uses scale words from a million up", () => {
    expect(formatCompact(125000000)).toBe("125 triệu");
    expect(formatCompact(1500000000)).toBe("1,5 tỷ");
    expect(formatCompact(999999)).toBe("999.999");
  });
  it("shows a hedged figure with its hedge and unit", () => {
    expect(formatQuantity(125000000, "đồng", "gần")).toBe("gần 125 triệu đồng");
    expect(formatQuantity(240, "lần", "hơn")).toBe("hơn 240 lần");
    expect(formatQuantity(227.642, "km")).toBe("227,642 km");
    expect(formatQuantity(100, "%")).toBe("100%");
  });
  it("lists the ways an article may write a figure", () => {
    expect(spellings(227.642)).toEqual(["227,642"]);
    expect(spellings(1359)).toEqual(["1.359", "1359"]);
    expect(spellings(125000000)).toEqual(["125.000.000", "125 triệu"]);
    expect(spellings(1625, "digits")).toEqual(["1625"]);
  });
  it("writes dates the Vietnamese way, in Vietnam time", () => {
    expect(formatDate(new Date("2020-02-05T08:24:09+07:00"))).toBe("05/02/2020");
    // 23:30 UTC on 26/09 is already 27/09 in Vietnam.
    expect(formatDate(new Date("2020-09-26T23:30:00Z"))).toBe("27/09/2020");
    expect(dateSpellings("2019-01-09")).toContain("9/1/2019");
  });
});

describe("parsing numbers by stated notation", () => {
  it("reads Vietnamese notation", () => {
    expect(parseViNumber("227,642")).toBe(227.642);
    expect(parseViNumber("1.359")).toBe(1359);
    expect(parseViNumber("125.000.000")).toBe(125000000);
    expect(parseViNumber("81")).toBe(81);
  });
  it("refuses what is not Vietnamese notation rather than guessing", () => {
    expect(() => parseViNumber("1,359.5")).toThrow(/không phải số viết theo kiểu Việt Nam/);
    expect(() => parseViNumber("12.34")).toThrow();
    expect(() => parseViNumber("abc")).toThrow();
  });
  it("reads plain notation", () => {
    expect(parsePlainNumber("227.642")).toBe(227.642);
    expect(() => parsePlainNumber("227,642")).toThrow(/không phải số viết kiểu thường/);
  });
});

describe("formatTick", () => {
  it("writes ticks the Vietnamese way", () => {
    expect(formatTick(0)).toBe("0");
    expect(formatTick(1359)).toBe("1.359");
    expect(formatTick(0.5)).toBe("0,5");
    expect(formatTick(50_000_000)).toBe("50 triệu");
    expect(formatTick(125_000_000)).toBe("125 triệu");
    expect(formatTick(1_500_000_000)).toBe("1,5 tỷ");
  });
});

describe("hedges and ISO dates", () => {
  it("knows the article's hedges, and shows none for an exact figure", () => {
    expect(QUALIFIERS).toEqual(["exact", "gần", "hơn", "khoảng"]);
    expect(QUALIFIERS.map(hedgeWord)).toEqual(["", "gần", "hơn", "khoảng"]);
  });

  it("writes an ISO day as newspapers do, and lists no spelling for what is not one", () => {
    expect(formatIsoDate("2019-01-09")).toBe("09/01/2019");
    expect(dateSpellings("2019-01-09")).toEqual(["9/1/2019", "09/01/2019", "09.01.2019", "9.1.2019"]);
    expect(dateSpellings("9/1/2019")).toEqual([]);
  });
});

describe("formatPublished", () => {
  it("gives the weekday, the day and the time the original prints, in Vietnam time", () => {
    expect(formatPublished(new Date("2020-02-05T08:24:09+07:00"), true)).toBe("Thứ Tư, 05/02/2020, 08:24");
    // 23:30 UTC on Saturday is 06:30 on Sunday in Vietnam.
    expect(formatPublished(new Date("2020-09-26T23:30:00Z"), true)).toBe("Chủ Nhật, 27/09/2020, 06:30");
  });

  it("shows no time for a date-only source", () => {
    expect(formatPublished(new Date("2020-09-27T00:00:00+07:00"), false)).toBe("Chủ Nhật, 27/09/2020");
  });
});
