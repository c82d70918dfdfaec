import { z } from "astro/zod";
import { QUALIFIERS } from "../../lib/format.ts";
import { READINGS } from "../../lib/numerals.ts";
import { correctionSchema } from "./correction.ts";

/** Returns the message for a value outside `options`: 'phải là một trong "a", "b"'. */
const oneOf = (options: readonly string[]) => `phải là một trong ${options.map((o) => `"${o}"`).join(", ")}`;

/** Returns a zod enum of `options` whose error, in Vietnamese, lists them. */
export const enumOf = <const T extends readonly [string, ...string[]]>(options: T) => z.enum(options, { error: oneOf(options) });

/** The hedges an article puts on a figure; a hedged figure is always shown with its hedge. */
export const qualifierSchema = enumOf(QUALIFIERS);

/** How the article writes a number: `vi` (1.234,5) or bare `digits` (document numbers, years: 1625). */
export const NOTATIONS = ["vi", "digits"] as const;

/** The derivations: `sum` of `of`; `difference` of[0] − of[1]; `product` of every key of `of` (2 chốt × 4 đồng
 * chí); `ratio` of[0] ÷ of[1]; `share` of[0] ÷ of[1] as a percentage. */
export const DERIVED_OPS = ["sum", "difference", "product", "ratio", "share"] as const;

const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ ho-sat-bien)");

const text = z.string().trim().min(1, "không được để trống");

/** One figure stated by an article, with the words that state it. */
export const factSchema = z
  .object({
    /** Identifier of the figure inside its dataset, used by `<So id="dataset.key" />`. */
    key,
    /** What the figure counts, as a reader reads it in the chart ("Chi bộ thôn giáp biên"). */
    label: text,
    /** The figure as a plain number: 227.642, never "227,642". Counts and amounts are never negative. */
    value: z.number({ error: "phải là một số (ví dụ 227.642), không phải chuỗi" }).nonnegative("không được âm").optional(),
    /** For a date rather than a number: ISO 8601 (2019-01-09). */
    date: z.iso.date({ error: "phải là ngày dạng 2019-01-09" }).optional(),
    /** Unit as the article writes it ("hộ", "km", "đồng"); defaults to the dataset's unit. */
    unit: z.string().optional(),
    /** The article's own hedge on the figure. */
    qualifier: qualifierSchema.default("exact"),
    /** How the article writes the number: `vi` (1.234,5) or bare `digits` (document numbers, years). */
    notation: enumOf(NOTATIONS).default("vi"),
    /** How the quote's numeral with one `.` or `,` and three digits after it ("22.572", "227,642") is read:
     * `thập phân` (the separator marks decimals: 22,572 km) or `hàng nghìn` (it groups thousands: 22.572 hộ).
     * Required when both readings are possible, i.e. unless the unit counts whole things (WHOLE_UNITS). */
    reading: enumOf(READINGS).optional(),
    /** The fragment of the article's text that states the figure, copied exactly. */
    quote: text,
    /** A document's number as the article writes it ("681-CT/ĐU"), shown instead of the bare `value`. */
    code: text.optional(),
    /** `target`: a goal, drawn marked as a target; `context`: the span or setting of the other
     * figures ("6 tháng"), written in the box's heading line rather than drawn as a figure. */
    as: enumOf(["target", "context"]).optional(),
  })
  .strict()
  .refine((f) => (f.value === undefined) !== (f.date === undefined), {
    message: "cần đúng một trong hai trường value (số) hoặc date (ngày)",
    path: ["value"],
  })
  .refine((f) => f.notation !== "digits" || f.value === undefined || Number.isInteger(f.value), {
    message:
      '"notation": "digits" chỉ dành cho số nguyên viết liền như số hiệu văn bản, năm (1625); số có phần thập phân thì bỏ notation và ghi "reading"',
    path: ["notation"],
  });

/** A figure computed at build time from others; always shown as derived, with how. */
export const derivedSchema = z
  .object({
    key,
    label: text,
    /** How it is computed from `of` (DERIVED_OPS). */
    op: enumOf(DERIVED_OPS),
    /** The keys it is computed from: source figures, or derived figures listed before it. */
    of: z.array(key).min(1, "cần ít nhất một khóa"),
    unit: z.string(),
    /** Decimal places shown (the value is rounded to these). */
    digits: z.number().int().min(0).max(3).default(1),
  })
  .strict();

/** The forms charts are drawn in; each relationship has its own (RELATIONSHIP_FORMS). */
const CHART_KINDS = ["bars", "stack", "groups", "split", "number", "compare", "table"] as const;
export const chartKindSchema = enumOf(CHART_KINDS);

/**
 * What a dataset's figures are to each other, in an editor's terms: the form follows from it.
 * `partition`: parts that exactly make up the stated total (one bar split into its parts);
 * `groups`: groups of a stated total that may overlap (bars read against the total, never a stack);
 * `sum`: separate amounts and the sum computed from them (one bar split, the sum labelled);
 * `amounts`: amounts of one unit to compare (ranked bars); `plan`: targets and plans (a plan box);
 * `facts`: key figures that do not compare (a fact box); `documents`: a list of documents.
 */
export const RELATIONSHIPS = ["partition", "groups", "sum", "amounts", "plan", "facts", "documents"] as const;
export const relationshipSchema = enumOf(RELATIONSHIPS);
export type Relationship = z.infer<typeof relationshipSchema>;

/** The form each relationship draws. */
export const RELATIONSHIP_FORMS: Record<Relationship, ChartKind> = {
  partition: "stack",
  groups: "groups",
  sum: "split",
  amounts: "bars",
  plan: "number",
  facts: "number",
  documents: "table",
};

/**
 * Forms a page may ask for instead (`<Chart kind>`), besides `table` (the figures alone): none that
 * contradicts the relationship (overlapping groups never stacked, a sum never beside its parts).
 */
export const OTHER_FORMS: Record<Relationship, readonly ChartKind[]> = {
  partition: ["bars"],
  groups: ["bars"],
  sum: [],
  amounts: ["compare"],
  plan: [],
  facts: [],
  documents: [],
};

/** Returns the forms a dataset of `relationship` may be drawn in: its own first, then the others and `table`. */
export function formsOf(relationship: Relationship): ChartKind[] {
  const own = RELATIONSHIP_FORMS[relationship];
  return [own, ...OTHER_FORMS[relationship], ...(own === "table" ? [] : ["table" as const])];
}

/** One chart's worth of facts from one article: `data/<id>.json` (or `.csv`). */
export const datasetSchema = z
  .object({
    /** Must equal the file name without extension; used in URLs (`/bieu-do/<id>/`). */
    id: key,
    /** Slug of the article the figures come from (file name in `content/articles/`). */
    article: key,
    /** The plain descriptive title (data page, table caption, screen readers), a full Vietnamese phrase. */
    title: text,
    /** The chart's headline: its finding in words, every number a placeholder `{key}` (figure with
     * its hedge and unit) or `{key|số}` (the number and hedge alone) for a value or derived figure. */
    finding: text.optional(),
    /** One sentence saying what the chart shows, read by screen readers and shown under the title. */
    description: text,
    /** What the figures are to each other (RELATIONSHIPS); the chart's form follows from it. */
    relationship: relationshipSchema.optional(),
    /** Another form than the relationship's own, among those it allows (`formsOf`), e.g. `table` for the figures alone. */
    kind: chartKindSchema.optional(),
    /** Default unit of the values. */
    unit: z.string().default(""),
    values: z.array(factSchema).min(1, "cần ít nhất một số liệu"),
    /** When one value is the total of the others: its key, and the note to show if the parts do
     * not add up to it in the article (the build refuses a mismatch without a note). */
    total: z
      .object({
        key,
        note: z.string().optional(),
        /** The keys of its parts (source or derived figures) when they are not all the other values:
         * "2 chốt × 4 đồng chí" and "2 tổ × 6 đồng chí" of the unit's 88. */
        parts: z.array(key).min(1, "cần ít nhất một khóa").optional(),
        /** The rest of the total that the article does not break down (total − the parts), drawn as a
         * part with this key and label ("Lực lượng khác (bài không nêu)"); only with `parts`. */
        rest: z.object({ key, label: text }).strict().optional(),
      })
      .strict()
      .optional(),
    derived: z.array(derivedSchema).default([]),
    /** Notes shown under the chart. */
    notes: z.array(z.string()).default([]),
    /** Corrections of figures already published, oldest first (data/published/ holds what was published). */
    corrections: z.array(correctionSchema).default([]),
  })
  .strict();

export type Fact = z.infer<typeof factSchema>;
export type Derived = z.infer<typeof derivedSchema>;
export type ChartKind = z.infer<typeof chartKindSchema>;
export type DatasetInput = z.infer<typeof datasetSchema>;
