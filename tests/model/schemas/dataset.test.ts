/** src/model/schemas/dataset.ts: what a dataset file may say, its defaults, and the messages for what it may not. */
import { describe, expect, it } from "vitest";
import {
  chartKindSchema,
  datasetSchema,
  derivedSchema,
  factSchema,
  qualifierSchema,
} from "../../../src/model/schemas/dataset.ts";
import { bienGioiSource, chiBoSource } from "../../charts/fixtures.ts";

/** Returns the messages of the issues `schema` finds in `value`, each after its path. */
function issues(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
) {
  return (schema.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
}

const fact = { key: "ho-sat-bien", label: "Hộ sát biên", value: 208, quote: "208 hộ" };

describe("datasetSchema", () => {
  it("fills in the defaults: no unit, no derived figures, no notes, exact figures in vi notation", () => {
    const input = datasetSchema.parse(bienGioiSource());
    expect(input).toMatchObject({ unit: "", derived: [], notes: [] });
    expect(input.values[0]).toMatchObject({ qualifier: "exact", notation: "vi" });
    const { derived } = datasetSchema.parse({
      ...chiBoSource(),
      derived: [{ key: "a", label: "A", op: "sum", of: ["tong"], unit: "" }],
    });
    expect(derived[0]?.digits).toBe(1);
  });

  it("refuses a field it does not know, and a dataset without values", () => {
    expect(issues(datasetSchema, { ...bienGioiSource(), colour: "red" })).toEqual([': Unrecognized key: "colour"']);
    expect(issues(datasetSchema, { ...bienGioiSource(), values: [] })).toEqual(["values: cần ít nhất một số liệu"]);
  });

  it("names the chart kinds and hedges it knows", () => {
    expect(chartKindSchema.options).toEqual(["bars", "stack", "groups", "split", "number", "compare", "table"]);
    expect(issues(chartKindSchema, "pie")).toEqual([
      ': phải là một trong "bars", "stack", "groups", "split", "number", "compare", "table"',
    ]);
    expect(issues(qualifierSchema, "khoang")).toEqual([': phải là một trong "exact", "gần", "hơn", "khoảng"']);
  });

  it("keeps keys to lower-case ASCII words joined by hyphens", () => {
    for (const key of ["ho-sat-bien", "a1", "2020"]) expect(issues(factSchema, { ...fact, key })).toEqual([]);
    for (const key of ["Ho", "hộ", "a--b", "-a", "a_b", ""])
      expect(issues(factSchema, { ...fact, key }), key).toEqual([
        "key: chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ ho-sat-bien)",
      ]);
  });
});

describe("factSchema", () => {
  it("needs exactly one of a value and a date", () => {
    expect(issues(factSchema, { ...fact, value: undefined, date: "2019-01-09" })).toEqual([]);
    const both = ["value: cần đúng một trong hai trường value (số) hoặc date (ngày)"];
    expect(issues(factSchema, { ...fact, date: "2019-01-09" })).toEqual(both);
    expect(issues(factSchema, { ...fact, value: undefined })).toEqual(both);
  });

  it("refuses a number written as a string, a negative number, an empty label or quote, and a date not in ISO form", () => {
    expect(issues(factSchema, { ...fact, value: "208" })).toEqual(["value: phải là một số (ví dụ 227.642), không phải chuỗi"]);
    expect(issues(factSchema, { ...fact, value: -1 })).toEqual(["value: không được âm"]);
    expect(issues(factSchema, { ...fact, label: "  ", quote: "" })).toEqual([
      "label: không được để trống",
      "quote: không được để trống",
    ]);
    expect(issues(factSchema, { ...fact, value: undefined, date: "9/1/2019" })).toEqual(["date: phải là ngày dạng 2019-01-09"]);
  });

  it("trims the label and the quote", () => {
    expect(factSchema.parse({ ...fact, label: " Hộ sát biên ", quote: " 208 hộ\n" })).toMatchObject({
      label: "Hộ sát biên",
      quote: "208 hộ",
    });
  });
});

describe("derivedSchema", () => {
  it("knows sums, ratios and shares, to at most three decimals", () => {
    const d = { key: "a", label: "A", op: "ratio", of: ["b", "c"], unit: "" };
    expect(issues(derivedSchema, d)).toEqual([]);
    expect(issues(derivedSchema, { ...d, op: "mean" })).toHaveLength(1);
    expect(issues(derivedSchema, { ...d, of: [] })).toHaveLength(1);
    expect(issues(derivedSchema, { ...d, digits: 4 })).toHaveLength(1);
  });
});
