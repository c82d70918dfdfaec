/** src/model/derived.ts: figures computed at build time (sums, ratios, shares), with their hedge and how. */
import { describe, expect, it } from "vitest";
import { derivedFigures } from "../../src/model/derived.ts";
import { sourceFigures, type Report } from "../../src/model/figures.ts";
import { datasetSchema } from "../../src/model/schemas/dataset.ts";
import { chiBoSource, dangVienSource, dongGopSource, type DatasetSource } from "../charts/fixtures.ts";

/** Returns the derived figures of `source` and what they report. */
function derive(source: DatasetSource) {
  const input = datasetSchema.parse(source);
  const reports: [PropertyKey[], string][] = [];
  const report: Report = (path, message) => reports.push([path, message]);
  return { derived: derivedFigures(input, sourceFigures(input, undefined, report), report), reports };
}

/** Returns `source` with one derived figure, made of `derived`. */
function withDerived(source: DatasetSource, derived: Partial<NonNullable<DatasetSource["derived"]>[number]>): DatasetSource {
  return { ...source, derived: [{ key: "tinh", label: "Tính", op: "sum", of: [], unit: "", ...derived }] };
}

describe("derivedFigures", () => {
  it("sums figures, keeping the hedge they share, and says how in the figures' own words", () => {
    const { derived, reports } = derive(dongGopSource());
    expect(reports).toEqual([]);
    expect(derived).toEqual([
      {
        key: "tong-gia-tri",
        label: "Tổng giá trị hỗ trợ và quà tặng",
        value: 310000000,
        unit: "đồng",
        qualifier: "gần",
        derived: "Tính khi dựng trang: gần 125 triệu đồng + gần 185 triệu đồng.",
        role: "derived",
        text: "gần 310 triệu đồng",
      },
    ]);
  });

  it('rounds a ratio to its digits, and a rounded figure of exact ones is "khoảng"', () => {
    const [d] = derive(dangVienSource()).derived;
    expect(d).toMatchObject({ value: 3.6, qualifier: "khoảng", text: "khoảng 3,6 hộ" });
    expect(d?.derived).toBe("Tính khi dựng trang: 699 hộ ÷ 192 đảng viên, làm tròn.");
  });

  it("keeps a ratio that needs no rounding exact", () => {
    const [d] = derive(withDerived(chiBoSource(), { op: "ratio", of: ["giap-bien", "phuc-tap-antt"], unit: "lần" })).derived;
    expect(d).toMatchObject({ value: 8, qualifier: "exact", text: "8 lần" });
  });

  it("gives a share as a percentage", () => {
    const [d] = derive(chiBoSource()).derived;
    expect(d).toMatchObject({ value: 79, unit: "%", qualifier: "khoảng", text: "khoảng 79%" });
    expect(d?.derived).toBe("Tính khi dựng trang: 64 chi bộ ÷ 81 chi bộ × 100, làm tròn.");
    const [half] = derive(
      withDerived(chiBoSource(), { op: "share", of: ["phuc-tap-antt", "giap-bien"], unit: "%", digits: 1 }),
    ).derived;
    expect(half).toMatchObject({ value: 12.5, qualifier: "exact", text: "12,5%" });
  });

  it("subtracts two figures and multiplies any number of factors, each derived from those before it", () => {
    const source = chiBoSource();
    source.derived = [
      { key: "khac", label: "Khác", op: "difference", of: ["tong", "giap-bien"], unit: "chi bộ", digits: 0 },
      { key: "tich", label: "Tích", op: "product", of: ["khac", "phuc-tap-antt", "con-han-che"], unit: "", digits: 0 },
    ];
    const { derived, reports } = derive(source);
    expect(reports).toEqual([]);
    expect(derived.map((d) => [d.value, d.qualifier, d.derived])).toEqual([
      [17, "exact", "Tính khi dựng trang: 81 chi bộ − 64 chi bộ."],
      [1224, "exact", "Tính khi dựng trang: 17 chi bộ × 8 chi bộ × 9 chi bộ."],
    ]);
    expect(derive(withDerived(chiBoSource(), { op: "difference", of: ["tong"] })).reports).toEqual([
      [["derived", 0, "of"], 'phép "difference" cần đúng hai khóa: số bị trừ và số trừ.'],
    ]);
    expect(derive(withDerived(chiBoSource(), { op: "product", of: ["tong"] })).reports).toEqual([
      [["derived", 0, "of"], 'phép "product" cần ít nhất hai khóa: các thừa số.'],
    ]);
  });

  it('combines different hedges as "khoảng"', () => {
    const source = dongGopSource();
    source.values[1] = { ...source.values[1]!, qualifier: "hơn", quote: "tặng quà trị giá hơn 185 triệu đồng" };
    expect(derive(source).derived[0]).toMatchObject({ qualifier: "khoảng", text: "khoảng 310 triệu đồng" });
  });

  it("reports an operand that names no figure with a number", () => {
    const { reports } = derive(withDerived(chiBoSource(), { of: ["tong", "khong-co"] }));
    expect(reports).toEqual([
      [["derived", 0, "of", 1], 'không có số liệu nào có khóa "khong-co" (số gốc, hoặc số tính ghi trước nó).'],
    ]);
    const dated = chiBoSource();
    dated.values[1] = { key: "giap-bien", label: "Ngày", date: "2019-01-09", quote: "ngày 9/1/2019" };
    expect(derive(dated).reports).toEqual([
      [["derived", 0, "of", 0], 'không có số liệu nào có khóa "giap-bien" (số gốc, hoặc số tính ghi trước nó).'],
    ]);
  });

  it("reports a ratio or share without exactly two operands, and a zero denominator", () => {
    expect(derive(withDerived(chiBoSource(), { op: "ratio", of: ["tong"] })).reports).toEqual([
      [["derived", 0, "of"], 'phép "ratio" cần đúng hai khóa: tử số và mẫu số.'],
    ]);
    const zero = chiBoSource();
    zero.values[2] = { ...zero.values[2]!, value: 0 };
    expect(derive(withDerived(zero, { op: "share", of: ["tong", "phuc-tap-antt"] })).reports).toEqual([
      [["derived", 0, "of", 1], "mẫu số bằng 0."],
    ]);
  });

  it("reports a derived key that a source figure already has", () => {
    expect(derive(withDerived(chiBoSource(), { key: "tong", of: ["giap-bien"] })).reports).toEqual([
      [["derived", 0, "key"], 'khóa "tong" đã dùng cho một số liệu gốc.'],
    ]);
  });
});
