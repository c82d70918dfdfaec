import { describe, expect, it } from "vitest";
import { formsOf, RELATIONSHIPS } from "../../src/model/schemas/dataset.ts";
import { buildFixture, chiBoSource, dongGopSource, hoGiaDinhSource, vanBanSource } from "../charts/fixtures.ts";

describe("formsOf", () => {
  it("puts each relationship's own form first and never offers a form that contradicts it", () => {
    expect(Object.fromEntries(RELATIONSHIPS.map((r) => [r, formsOf(r)]))).toEqual({
      partition: ["stack", "bars", "table"],
      groups: ["groups", "bars", "table"],
      sum: ["split", "table"],
      amounts: ["bars", "compare", "table"],
      plan: ["number", "table"],
      facts: ["number", "table"],
      documents: ["table"],
    });
  });
});

describe("the declared relationship, checked against the figures", () => {
  it("draws each relationship's own form, or an allowed kind", () => {
    expect(buildFixture(chiBoSource()).dataset.kind).toBe("stack");
    expect(buildFixture({ ...chiBoSource(), kind: "bars" }).dataset.kind).toBe("bars");
    expect(buildFixture(hoGiaDinhSource()).dataset.kind).toBe("groups");
    expect(buildFixture(dongGopSource()).dataset.kind).toBe("split");
  });

  it("refuses a partition whose parts do not make its total", () => {
    const source = chiBoSource();
    source.values = source.values.filter((v) => v.key !== "con-han-che");
    expect(buildFixture(source).problems).toEqual([
      'data/chi-bo-thon-theo-loai.json:7: relationship: "relationship": "partition" (các phần chia đúng một tổng), nhưng các phần cộng lại được 72 chi bộ, khác tổng 81 chi bộ của "tong". Nếu các nhóm có thể trùng nhau hoặc bài không nói rõ, dùng "groups" và ghi total.note; không được sửa số cho khớp.',
    ]);
  });

  it("refuses groups drawn as a stack, and a group larger than its total", () => {
    expect(buildFixture({ ...hoGiaDinhSource(), kind: "stack" }).problems[0]).toContain(
      '"kind": "stack" nói sai quan hệ "groups"',
    );
    const big = hoGiaDinhSource();
    big.values = big.values.map((v) => (v.key === "dat-sat-bien" ? { ...v, value: 800, quote: "800 hộ" } : v));
    expect(buildFixture(big).problems.join("\n")).toContain('nhóm "dat-sat-bien" (800 hộ) lớn hơn tổng 699 hộ');
  });

  it("wants exactly one derived sum for a sum, and document numbers in their quotes", () => {
    expect(buildFixture({ ...dongGopSource(), derived: [] }).problems.join("\n")).toContain('cần đúng một số tính "op": "sum"');
    const doc = vanBanSource();
    doc.values = doc.values.map((v) => (v.code ? { ...v, code: "681-CT/ĐUBP" } : v));
    expect(buildFixture(doc).problems.join("\n")).toContain('số hiệu "681-CT/ĐUBP" không có trong trích dẫn');
  });
});
