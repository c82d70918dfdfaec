/**
 * Every enum of every schema an editor writes (dataset, CSV through it, article frontmatter,
 * corrections) refuses a wrong value with a Vietnamese sentence that lists the allowed values; and
 * zod's own English messages (wrong type, unknown key, too short) reach an editor in Vietnamese.
 */
import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { zodProblems } from "../../../src/model/zodProblems.ts";
import { articleSchema } from "../../../src/model/schemas/article.ts";
import { correctionSchema } from "../../../src/model/schemas/correction.ts";
import { datasetSchema } from "../../../src/model/schemas/dataset.ts";

type Schema = z.core.$ZodType;

/** Returns every enum reachable from `schema`, with the path of fields that leads to it. */
function enumsOf(schema: Schema, path: string[] = [], seen = new Set<Schema>()): Array<{ path: string; schema: Schema }> {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === "enum") return [{ path: path.join("."), schema }];
  const children: Array<[string, Schema]> = [];
  if (def.type === "object") for (const [k, v] of Object.entries(def.shape as Record<string, Schema>)) children.push([k, v]);
  for (const k of ["element", "innerType", "in", "out", "schema"])
    if (def[k]) children.push([k === "element" ? "[]" : "", def[k] as Schema]);
  if (def.type === "union") for (const o of def.options as Schema[]) children.push(["", o]);
  return children.flatMap(([k, c]) => enumsOf(c, k ? [...path, k] : path, seen));
}

const SCHEMAS = { dataset: datasetSchema, article: articleSchema, correction: correctionSchema };
const ENGLISH = /\b(Invalid|expected|received|option|Unrecognized|Too (small|big))\b/i;

describe("every enum of the schemas", () => {
  const all = Object.entries(SCHEMAS).flatMap(([name, s]) => enumsOf(s).map((e) => ({ ...e, name })));

  it("is found by the walk (the dataset's own: relationship, kind, qualifier, notation, reading, as, op)", () => {
    expect(all.map((e) => `${e.name}:${e.path}`)).toEqual([
      "dataset:relationship",
      "dataset:kind",
      "dataset:values.[].qualifier",
      "dataset:values.[].notation",
      "dataset:values.[].reading",
      "dataset:values.[].as",
      "dataset:derived.[].op",
    ]);
  });

  it.each(all.map((e) => [`${e.name}:${e.path}`, e.schema] as const))(
    "%s: a Vietnamese message listing every value",
    (_, schema) => {
      const values = (schema._zod.def as unknown as { entries: Record<string, string> }).entries;
      for (const wrong of ["khong-co", 3, null]) {
        const r = z.safeParse(schema, wrong);
        expect(r.success).toBe(false);
        const [problem] = zodProblems("x.json", r.error!.issues, wrong, { locate: () => undefined });
        expect(problem!.message).not.toMatch(ENGLISH);
        expect(problem!.message).toMatch(/^phải là một trong /);
        for (const v of Object.values(values)) expect(problem!.message).toContain(`"${v}"`);
      }
    },
  );
});

describe("zod's own messages, in Vietnamese", () => {
  const messages = (schema: Schema, input: unknown) => {
    const r = z.safeParse(schema, input);
    return r.success
      ? []
      : zodProblems("x", r.error.issues, input, { locate: () => undefined }).map((p) => `${p.field}: ${p.message}`);
  };
  const dataset = {
    id: "a",
    article: "b",
    title: "T",
    description: "D",
    values: [{ key: "k", label: "L", value: 1, quote: "1" }],
  };

  it("a wrong type names what is wanted and what was written", () => {
    expect(messages(datasetSchema, { ...dataset, title: 5 })).toEqual([
      "title: phải là một chuỗi chữ trong dấu ngoặc kép, không phải số 5.",
    ]);
    expect(messages(datasetSchema, { ...dataset, values: { key: "k" } })).toEqual([
      "values: phải là một danh sách trong ngoặc vuông [ … ], không phải một nhóm trường.",
    ]);
    expect(
      messages(articleSchema, {
        title: "T",
        description: "D",
        author: ["A"],
        publisher: "P",
        publisherUrl: "http://x.vn/",
        date: "2020-02-05",
      }),
    ).toEqual(["author: phải là một chuỗi chữ trong dấu ngoặc kép, không phải một danh sách."]);
    expect(messages(correctionSchema, { date: "2026-12-01", figures: "k", wrong: "a", right: "b", why: "c" })).toEqual([
      'figures: phải là một danh sách trong ngoặc vuông [ … ], không phải chuỗi "k".',
    ]);
  });

  it("an unknown key in a value, a derived figure or a total is named", () => {
    const v = { ...dataset, values: [{ ...dataset.values[0], notaton: "vi" }] };
    expect(messages(datasetSchema, v)).toEqual([
      'values[0].notaton: trường không được biết đến: "notaton". Kiểm tra lỗi chính tả.',
    ]);
    expect(messages(datasetSchema, { ...dataset, total: { key: "k", partz: [] } })).toEqual([
      'total.partz: trường không được biết đến: "partz". Kiểm tra lỗi chính tả.',
    ]);
  });

  it("an empty publisher is refused in Vietnamese", () => {
    expect(
      messages(articleSchema, {
        title: "T",
        description: "D",
        author: "A",
        publisher: "",
        publisherUrl: "http://x.vn/",
        date: "2020-02-05",
      }),
    ).toEqual(["publisher: không được để trống."]);
  });
});
