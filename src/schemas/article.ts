import { z } from "astro/zod";

const httpUrl = z
  .string()
  .url("phải là một địa chỉ web đầy đủ")
  .refine((u) => /^https?:\/\//i.test(u), "địa chỉ phải bắt đầu bằng http:// hoặc https://");

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
  /** Publication date and time, ISO 8601 with its offset (Vietnam is +07:00). */
  date: z.coerce.date({ error: "ngày đăng phải có dạng 2020-02-05 hoặc 2020-02-05T08:24:09+07:00" }),
  /** The original article's address, when the capture has it. */
  sourceUrl: httpUrl.optional(),
  /** What to tell readers when the capture has no original address. */
  sourceNote: z.string().optional(),
  /** The article's lead (sapo), printed before the body in bold. */
  lead: z.string().optional(),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
