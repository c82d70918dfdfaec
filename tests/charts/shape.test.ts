import { describe, expect, it } from "vitest";
import {
  barRows,
  chartUnit,
  compareShape,
  numberCards,
  rankRows,
  splitFigureText,
  splitShape,
  stackShape,
  totalLine,
} from "../../src/charts/shape.ts";
import { bienGioi, chiBo, dongGop, hoGiaDinh, thongTin } from "./fixtures.ts";

describe("barRows", () => {
  it("ranks the parts of a total, largest first, without the total", () => {
    expect(barRows(chiBo()).map((r) => [r.key, r.value])).toEqual([
      ["giap-bien", 64],
      ["con-han-che", 9],
      ["phuc-tap-antt", 8],
    ]);
  });

  it("without a total, takes the figures in the chart's unit", () => {
    expect(barRows(dongGop()).map((r) => r.key)).toEqual(["tham-hoi-tang-qua", "ho-tro-vat-chat"]);
    expect(chartUnit(dongGop())).toBe("đồng");
    expect(chartUnit(bienGioi())).toBe("km");
  });

  it("keeps the file's order for equal values", () => {
    const rows = [
      { key: "a", value: 1 },
      { key: "b", value: 2 },
      { key: "c", value: 1 },
    ].map((r) => ({ ...r, label: r.key, text: "", qualifier: "exact" as const, derived: false }));
    expect(rankRows(rows).map((r) => r.key)).toEqual(["b", "a", "c"]);
  });
});

describe("stackShape", () => {
  it("places the parts end to end and flags a total that is not their sum", () => {
    const s = stackShape(hoGiaDinh());
    expect(s.segments.map((x) => [x.value, x.x1, x.x2])).toEqual([
      [322, 0, 322],
      [208, 322, 530],
      [92, 530, 622],
      [77, 622, 699],
      [1, 699, 700],
    ]);
    expect(s.sum).toBe(700);
    expect(s.mismatch).toBe(true);
    expect(totalLine(hoGiaDinh())).toEqual({ text: "Tổng theo bài: 699 · cộng các nhóm: 700", note: true });
  });

  it("does not flag a total that adds up, nor one without a note", () => {
    expect(stackShape(chiBo()).mismatch).toBe(false);
    expect(totalLine(chiBo())).toEqual({ text: "Tổng số chi bộ thôn: 81 chi bộ", note: false });
    expect(totalLine(hoGiaDinh(false))).toEqual({ text: "Tổng số hộ được phụ trách: 699 hộ", note: false });
    expect(totalLine(bienGioi())).toBeUndefined();
    expect(stackShape(hoGiaDinh(false)).mismatch).toBe(false);
  });

  it("sums hedged parts with their hedge when there is no total", () => {
    const s = stackShape(dongGop());
    expect(s.sum).toBe(310_000_000);
    expect(s.sumQualifier).toBe("gần");
  });
});

describe("splitShape", () => {
  it("splits the derived sum into the amounts it adds, largest first, and keeps the rest apart", () => {
    const { stack, sum, others } = splitShape(dongGop());
    expect(sum?.key).toBe("tong-gia-tri");
    expect(stack.segments.map((x) => [x.key, x.x1, x.x2])).toEqual([
      ["tham-hoi-tang-qua", 0, 185_000_000],
      ["ho-tro-vat-chat", 185_000_000, 310_000_000],
    ]);
    expect(stack.sumQualifier).toBe("gần");
    expect(others.map((f) => f.text)).toEqual(["316 ngày công"]);
  });
});

describe("compareShape", () => {
  it("keeps the article's order, puts derived figures of the same unit last, lists the others", () => {
    const c = compareShape(dongGop());
    expect(c.rows.map((r) => [r.key, r.derived])).toEqual([
      ["ho-tro-vat-chat", false],
      ["tham-hoi-tang-qua", false],
      ["tong-gia-tri", true],
    ]);
    expect(c.others.map((f) => f.text)).toEqual(["316 ngày công"]);
  });
});

describe("numberCards", () => {
  it("splits each figure into hedge, number and unit", () => {
    expect(numberCards(bienGioi()).map((c) => [c.hedge, c.number, c.unit])).toEqual([
      ["", "227,642", "km"],
      ["", "467", "cột mốc"],
      ["", "730", "hộ"],
      ["", "28", "tập thể"],
    ]);
    const t = numberCards(thongTin());
    expect(t.map((c) => [c.hedge, c.number, c.unit, c.derived])).toEqual([
      ["hơn", "240", "lần", false],
      ["", "699", "hộ", false],
      ["khoảng", "3,6", "hộ", true],
    ]);
  });

  it("keeps a text it cannot split whole", () => {
    const f = { ...bienGioi().figures[0]!, text: "số 1625", unit: "số" };
    expect(splitFigureText(f)).toEqual({ hedge: "", number: "số 1625", unit: "" });
    expect(splitFigureText({ ...f, text: "100%", unit: "%" })).toEqual({ hedge: "", number: "100%", unit: "" });
  });
});
