/** src/model/totals.ts: a dataset's total and parts, which must add up or say why they do not. */
import { describe, expect, it } from "vitest";
import { sourceFigures, type Report } from "../../src/model/figures.ts";
import { datasetSchema } from "../../src/model/schemas/dataset.ts";
import { applyTotal } from "../../src/model/totals.ts";
import { bienGioiSource, chiBoSource, hoGiaDinhSource, type DatasetSource } from "../charts/fixtures.ts";
import { json, problemsAfter } from "../helpers/mini.ts";

/** Returns the figures of `source`, what `applyTotal` makes of them and what it reports. */
function totals(source: DatasetSource) {
  const input = datasetSchema.parse(source);
  const reports: [PropertyKey[], string][] = [];
  const report: Report = (path, message) => reports.push([path, message]);
  const figures = sourceFigures(input, undefined, report);
  return { figures, ...applyTotal(input, figures, report), reports };
}

describe("applyTotal", () => {
  it("without a total, leaves every figure a value and makes no parts", () => {
    const t = totals(bienGioiSource());
    expect([t.total, t.parts, t.partsSum, t.reports]).toEqual([undefined, [], undefined, []]);
    expect(t.figures.map((f) => f.role)).toEqual(["value", "value", "value", "value"]);
  });

  it("marks the total and the parts (the other figures, in order), and sums the parts", () => {
    const t = totals(chiBoSource());
    expect(t.reports).toEqual([]);
    expect(t.total).toBe(t.figures[0]);
    expect(t.parts).toEqual(t.figures.slice(1));
    expect(t.parts[0]).toBe(t.figures[1]);
    expect(t.figures.map((f) => f.role)).toEqual(["total", "part", "part", "part"]);
    expect(t.partsSum).toBe(81);
  });

  it("accepts parts that add up within rounding", () => {
    const source: DatasetSource = {
      ...bienGioiSource(),
      unit: "km",
      values: [
        { key: "tong", label: "Tổng", value: 0.3, quote: "0,3 km" },
        { key: "a", label: "A", value: 0.1, quote: "0,1 km" },
        { key: "b", label: "B", value: 0.2, quote: "0,2 km" },
      ],
      total: { key: "tong" },
    };
    expect(totals(source).reports).toEqual([]);
  });

  it("keeps the article's total and the parts' sum when they differ and the dataset says why", () => {
    const t = totals(hoGiaDinhSource());
    expect(t.reports).toEqual([]);
    expect([t.total?.value, t.partsSum]).toEqual([699, 700]);
  });

  it("refuses parts that do not add up without a note, and a note where they do", () => {
    expect(totals(hoGiaDinhSource(false)).reports).toEqual([
      [
        ["total"],
        'các phần cộng lại được 700, khác tổng 699 của "tong". Nếu bài viết đúng như vậy, thêm total.note giải thích cho người đọc; không được sửa số cho khớp.',
      ],
    ]);
    expect(totals({ ...chiBoSource(), total: { key: "tong", note: "Không khớp." } }).reports).toEqual([
      [["total", "note"], "các phần đã cộng đúng bằng tổng; bỏ total.note vì nó sẽ báo sai cho người đọc."],
    ]);
  });

  it("refuses a total key that names no figure", () => {
    const t = totals({ ...chiBoSource(), total: { key: "tong-cu" } });
    expect(t.reports).toEqual([[["total", "key"], 'không có số liệu nào có khóa "tong-cu" để làm tổng.']]);
    expect([t.total, t.parts]).toEqual([undefined, []]);
  });

  it("refuses a part in another unit, or without a number, and sums nothing", () => {
    const source = chiBoSource();
    source.values[2] = { ...source.values[2]!, unit: "đảng viên" };
    const t = totals(source);
    expect(t.reports).toEqual([[["total", "key"], 'phần "phuc-tap-antt" phải là số cùng đơn vị "chi bộ" với tổng.']]);
    expect([t.total?.key, t.parts.length, t.partsSum]).toEqual(["tong", 3, undefined]);
    const dated = chiBoSource();
    dated.values[1] = { key: "giap-bien", label: "Ngày", date: "2019-01-09", quote: "ngày 9/1/2019" };
    expect(totals(dated).reports[0]?.[1]).toBe('phần "giap-bien" phải là số cùng đơn vị "chi bộ" với tổng.');
  });

  it("takes the last figure of a duplicated total key", () => {
    const source = chiBoSource();
    source.values.push({ key: "tong", label: "Tổng (lần hai)", value: 0, quote: "0 chi bộ" });
    const t = totals(source);
    expect(t.total).toBe(t.figures[4]);
    expect(t.parts).toHaveLength(4);
  });
});

describe("totals through readSite, with file, line and field", () => {
  it("parts that do not add up to their total, with no note", () => {
    const out = problemsAfter("data/chi-bo.json", (s) =>
      s.replace('"value": 81', '"value": 80').replace("81 chi bộ thôn", "80 chi bộ thôn"),
    );
    expect(out).toEqual([
      "data/chi-bo.json:9: values[0].quote: trích dẫn không có trong bài content/articles/bai-mau.mdx; hãy chép nguyên văn một đoạn của bài.",
      'data/chi-bo.json:6: relationship: "relationship": "partition" (các phần chia đúng một tổng), nhưng các phần cộng lại được 81 chi bộ, khác tổng 80 chi bộ của "tong". Nếu các nhóm có thể trùng nhau hoặc bài không nói rõ, dùng "groups" và ghi total.note; không được sửa số cho khớp.',
    ]);
  });
  it("a note claiming a mismatch where the parts add up", () => {
    expect(
      problemsAfter(
        "data/chi-bo.json",
        json((d) => (d.total.note = "Không khớp.")),
      ),
    ).toEqual([
      "data/chi-bo.json:36: total.note: các phần đã cộng đúng bằng tổng; bỏ total.note vì nó sẽ báo sai cho người đọc.",
    ]);
  });
});
