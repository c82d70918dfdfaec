import { z } from "astro/zod";

const text = z.string().trim().min(1, "không được để trống");

/**
 * A correction of published figures: what was wrong, what is right and why, in Vietnamese, on the
 * day it is published. In a dataset its `figures` are keys of that dataset ("cot-moc"); in an
 * article's frontmatter (a correction of the article's words) they are `dataset.key`.
 */
export const correctionSchema = z
  .object({
    /** The day the correction is published, ISO 8601 (2026-12-01). */
    date: z.iso.date({ error: "phải là ngày dạng 2026-12-01" }),
    /** The figures it corrects. */
    figures: z.array(z.string().min(1)).min(1, "cần ít nhất một số liệu được đính chính"),
    /** What was published, and why it was wrong ("Bài ghi 467 cột mốc."). */
    wrong: text,
    /** What is right ("Số đúng là 468 cột mốc."). */
    right: text,
    /** Why, and on whose word ("Bộ đội Biên phòng tỉnh đính chính ngày 30/11/2026."). */
    why: text,
  })
  .strict();

export type CorrectionInput = z.infer<typeof correctionSchema>;
