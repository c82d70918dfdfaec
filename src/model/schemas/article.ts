import { z } from "astro/zod";
import { correctionSchema } from "./correction.ts";

const httpUrl = z
  .string()
  .url("phải là một địa chỉ web đầy đủ")
  .refine((u) => /^https?:\/\//i.test(u), "địa chỉ phải bắt đầu bằng http:// hoặc https://");

const DATE_ERROR = "ngày đăng phải là một ngày có thật, dạng 2020-02-05 hoặc 2020-02-05T08:24:09+07:00";
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Returns true for an ISO 8601 date (or date-time) that names a real day: not 2020-02-31. */
export function isRealIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** The frontmatter of one article in `content/articles/<slug>.mdx`; the file name is the slug. */
export const articleSchema = z.object({
  /** Headline, as the original publication printed it. */
  title: z.string().min(1, "tiêu đề không được để trống"),
  /** One or two sentences for the home page, feeds and link previews. No figures: those live in data. */
  description: z.string().min(1, "mô tả không được để trống"),
  /** Byline as printed ("Đình Quang"). */
  author: z.string().min(1, "tên tác giả không được để trống"),
  /** The publication that first ran the article. */
  publisher: z.string().min(1),
  /** Home page of that publication. */
  publisherUrl: httpUrl,
  /** Publication date, ISO 8601: 2020-09-27 (read as Vietnam time) or 2020-02-05T08:24:09+07:00. */
  date: z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : v),
    z
      .string({ error: DATE_ERROR })
      .refine(isRealIsoDate, DATE_ERROR)
      .transform((s) => new Date(/T/.test(s) ? s : `${s}T00:00:00+07:00`)),
  ),
  /** The original article's address, when the capture has it. */
  sourceUrl: httpUrl.optional(),
  /** What to tell readers when the capture has no original address. */
  sourceNote: z.string().optional(),
  /** The article's lead (sapo), printed before the body in bold. */
  lead: z.string().optional(),
  /** Figures shown with the article on the home page, as `dataset-id.key`, in order (default: the
   * total, or first figure, of each of its datasets). */
  headline: z.array(z.string()).default([]),
  /** The article's topics, as slugs from content/topics.json ("xay-dung-dang"), most important first. */
  topics: z.array(z.string()).default([]),
  /** Corrections of the article's words where they state published figures, oldest first; each names
   * its figures as `dataset.key`. */
  corrections: z.array(correctionSchema).default([]),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
