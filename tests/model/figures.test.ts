/** src/model/figures.ts: a dataset's source figures, as readers see them and as their article states them. */
import { describe, expect, it } from "vitest";
import { figureText, sourceFigures, type Report } from "../../src/model/figures.ts";
import { datasetSchema } from "../../src/model/schemas/dataset.ts";
import type { Article } from "../../src/model/types.ts";
import { articleFixture, bienGioiSource, dongGopSource, type DatasetSource } from "../charts/fixtures.ts";
import { json, problemsAfter } from "../helpers/mini.ts";

/** Returns the figures of `source` and what they report, checked against `article` when given. */
function figures(source: DatasetSource, article?: Article) {
  const reports: [PropertyKey[], string][] = [];
  const report: Report = (path, message) => reports.push([path, message]);
  return { figures: sourceFigures(datasetSchema.parse(source), article, report), reports };
}

describe("figureText", () => {
  it("writes a figure with its hedge, scale word and unit", () => {
    expect(figureText(125000000, undefined, "đồng", "gần", "vi")).toBe("gần 125 triệu đồng");
    expect(figureText(227.642, undefined, "km", "exact", "vi")).toBe("227,642 km");
    expect(figureText(100, undefined, "%", "exact", "vi")).toBe("100%");
  });

  it("writes a date the Vietnamese way, whatever its unit and hedge", () => {
    expect(figureText(undefined, "2019-01-09", "ngày", "exact", "vi")).toBe("09/01/2019");
  });

  it("prints an identifier bare, its unit after it", () => {
    expect(figureText(1625, undefined, "văn bản", "exact", "digits")).toBe("1625 văn bản");
    expect(figureText(2020, undefined, "", "exact", "digits")).toBe("2020");
  });
});

describe("sourceFigures", () => {
  it("gives each value its unit (its own or the dataset's), hedge, quote, role and text, in the file's order", () => {
    const { figures: fs, reports } = figures(dongGopSource());
    expect(reports).toEqual([]);
    expect(fs.map((f) => [f.key, f.unit, f.qualifier, f.role, f.text])).toEqual([
      ["ho-tro-vat-chat", "đồng", "gần", "value", "gần 125 triệu đồng"],
      ["tham-hoi-tang-qua", "đồng", "gần", "value", "gần 185 triệu đồng"],
      ["ngay-cong", "ngày công", "exact", "value", "316 ngày công"],
    ]);
    expect(fs[0]).toMatchObject({ value: 125000000, notation: "vi", quote: "hỗ trợ vật chất trị giá gần 125 triệu đồng" });
  });

  it("reports a key used twice, at the second", () => {
    const source = bienGioiSource();
    source.values[2] = { ...source.values[2]!, key: "duong-bien" };
    expect(figures(source).reports).toEqual([[["values", 2, "key"], 'khóa "duong-bien" bị trùng trong cùng bộ dữ liệu.']]);
  });

  it("checks no quote without the article", () => {
    const source = bienGioiSource();
    source.values[0] = { ...source.values[0]!, quote: "không có trong bài" };
    expect(figures(source).reports).toEqual([]);
  });

  describe("with its article", () => {
    const article = articleFixture("Đã có 730 hộ gia đình và 28 tập thể nhận 227,642 km đường biên, gần 467 cột mốc.");
    const one = (value: DatasetSource["values"][number]) => figures({ ...bienGioiSource(), values: [value] }, article).reports;

    it("accepts a quote of the article that states the figure with its hedge", () => {
      expect(one({ key: "a", label: "A", value: 730, unit: "hộ", quote: "730 hộ gia đình" })).toEqual([]);
      expect(one({ key: "a", label: "A", value: 467, qualifier: "gần", quote: "gần 467 cột mốc" })).toEqual([]);
    });

    it("reports a quote the article does not have, at the quote", () => {
      expect(one({ key: "a", label: "A", value: 730, quote: "731 hộ" })).toEqual([
        [
          ["values", 0, "quote"],
          "trích dẫn không có trong bài content/articles/bai-mau.mdx; hãy chép nguyên văn một đoạn của bài.",
        ],
      ]);
    });

    it("reports a figure its quote does not state, at the value, with the spellings tried", () => {
      expect(one({ key: "a", label: "A", value: 1730, unit: "hộ", quote: "730 hộ gia đình" })).toEqual([
        [["values", 0, "value"], 'số liệu 1.730 hộ (viết là "1.730" hoặc "1730") không có trong trích dẫn "730 hộ gia đình".'],
      ]);
    });

    it("reports a date its quote does not state, at the date", () => {
      expect(one({ key: "a", label: "A", date: "2019-01-09", quote: "730 hộ gia đình" })[0]?.[0]).toEqual(["values", 0, "date"]);
    });

    it("reports a hedge that differs from the quote's, at the qualifier", () => {
      expect(one({ key: "a", label: "A", value: 467, quote: "gần 467 cột mốc" })).toEqual([
        [["values", 0, "qualifier"], 'trích dẫn có từ "gần" trước con số, nhưng qualifier là "exact".'],
      ]);
      expect(one({ key: "a", label: "A", value: 730, qualifier: "hơn", quote: "730 hộ gia đình" })).toEqual([
        [["values", 0, "qualifier"], 'trích dẫn không có từ ước lượng trước con số, nhưng qualifier là "hơn".'],
      ]);
    });
  });
});

describe("bad figures through readSite, with file, line and field", () => {
  it("a changed value with its quote unchanged", () => {
    expect(problemsAfter("data/dong-gop.json", (s) => s.replace("227.642", "227.643"))).toEqual([
      'data/dong-gop.json:9: values[1].value: số liệu 227,643 km (viết là "227,643" hoặc "227.643") không có trong trích dẫn "nhận 227,642 km đường biên".',
    ]);
  });
  it("a quote not in the article", () => {
    expect(
      problemsAfter("data/dong-gop.json", (s) => s.replace("nhận 227,642 km đường biên", "giao 227,642 km đường biên")),
    ).toEqual([
      "data/dong-gop.json:9: values[1].quote: trích dẫn không có trong bài content/articles/bai-mau.mdx; hãy chép nguyên văn một đoạn của bài.",
    ]);
  });
  it("a hedge dropped from a hedged figure", () => {
    expect(
      problemsAfter(
        "data/dong-gop.json",
        json((d) => delete d.values[0].qualifier),
      ),
    ).toEqual(['data/dong-gop.json:8: values[0].qualifier: trích dẫn có từ "gần" trước con số, nhưng qualifier là "exact".']);
  });
});
