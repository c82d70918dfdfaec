/**
 * What `npm run new -- "<tiêu đề>"` writes: an article and a stub dataset, every field it cannot know
 * written as a marked placeholder, which `npm run check` and the build refuse until it is replaced
 * (limits.ts); `npm run dev` previews them meanwhile. Both carry a sample figure the editor replaces:
 * the placeholder paragraph states it, the dataset quotes it, and `<So>`/`<Chart>` show it in place.
 * Pure: the caller reads the folders and the date and writes the files.
 */
import { ARTICLES_DIR, DATA_DIR } from "./paths.ts";
import { slugify, uniqueSlug } from "../lib/slug.ts";

/** The word that marks every placeholder the editor must replace. */
export const PLACEHOLDER = "THAY THẾ";
/** The placeholder of an address field, which must stay a valid URL: `.invalid` is reserved (RFC 2606). */
export const PLACEHOLDER_URL = "https://thay-the.invalid/";
/** Appended to the article's slug to name its first dataset. */
export const DATASET_SUFFIX = "-so-lieu";

/** The sample figure: the paragraph states it, the dataset quotes it. */
const SAMPLE = { key: "vi-du", value: 12, unit: "buổi", words: "12 buổi", before: "đã tổ chức", after: "tuyên truyền" };

export interface ScaffoldFile {
  /** Path relative to the project root. */
  path: string;
  content: string;
}

export interface Scaffold {
  slug: string;
  datasetId: string;
  files: ScaffoldFile[];
}

/** Returns the title as it will be stored: NFC, white space folded. */
export function cleanTitle(title: string): string {
  return title.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * Returns the slug for a new article: the title in ASCII (đ → d), made unique against the articles
 * and against the datasets a previous scaffold made, so neither file can overwrite another.
 * Throws when the title has no Latin letter or digit to make a file name from.
 */
export function newArticleSlug(title: string, articleSlugs: Iterable<string>, datasetIds: Iterable<string>): string {
  const base = slugify(cleanTitle(title));
  if (!base) throw new Error(`tiêu đề "${title}" không có chữ cái hay chữ số nào để đặt tên tệp.`);
  const taken = new Set(articleSlugs);
  for (const id of datasetIds) if (id.endsWith(DATASET_SUFFIX)) taken.add(id.slice(0, -DATASET_SUFFIX.length));
  return uniqueSlug(base, taken);
}

/** Returns the MDX of a new article: frontmatter with placeholders, a sample paragraph and its chart. */
export function articleMdx(title: string, datasetId: string, date: string): string {
  // JSON strings are valid YAML double-quoted strings: quotes, colons and backslashes stay safe.
  const q = (s: string) => JSON.stringify(s);
  return [
    "---",
    `title: ${q(cleanTitle(title))}`,
    `description: ${q(`${PLACEHOLDER}: một hai câu tóm tắt bài cho trang chủ và khi chia sẻ, không nêu số liệu.`)}`,
    `author: ${q(`${PLACEHOLDER}: tên tác giả`)}`,
    `publisher: ${q(`${PLACEHOLDER}: tên báo đã đăng bài gốc`)}`,
    `publisherUrl: ${q(PLACEHOLDER_URL)}`,
    `date: ${date}`,
    `sourceNote: ${q(`${PLACEHOLDER}: khi có địa chỉ bài gốc, xóa dòng này và viết sourceUrl: "http://…".`)}`,
    "---",
    "",
    `${PLACEHOLDER} đoạn này bằng nội dung bài. Câu mẫu có một số liệu gắn với dữ liệu: đơn vị ${SAMPLE.before} ` +
      `<So id="${datasetId}.${SAMPLE.key}">${SAMPLE.words}</So> ${SAMPLE.after}.`,
    "",
    `<Chart id="${datasetId}" />`,
    "",
  ].join("\n");
}

/** Returns the JSON of the stub dataset, quoting the sample sentence of `articleMdx`. */
export function datasetJson(slug: string, datasetId: string): string {
  const dataset = {
    id: datasetId,
    article: slug,
    title: `${PLACEHOLDER}: tên biểu đồ, một cụm từ đầy đủ`,
    description: `${PLACEHOLDER}: một câu nói biểu đồ cho thấy gì.`,
    // One figure: a fact box. An editor with parts of a total says "partition" or "groups" (the guide, section 5).
    relationship: "facts",
    unit: SAMPLE.unit,
    values: [
      {
        key: SAMPLE.key,
        label: `${PLACEHOLDER}: tên số liệu`,
        value: SAMPLE.value,
        quote: `${SAMPLE.before} ${SAMPLE.words} ${SAMPLE.after}`,
      },
    ],
  };
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/** Returns the files of a new article titled `title` (date: ISO day, e.g. "2026-11-22"). */
export function scaffoldArticle(
  title: string,
  date: string,
  articleSlugs: Iterable<string>,
  datasetIds: Iterable<string>,
): Scaffold {
  const slug = newArticleSlug(title, articleSlugs, datasetIds);
  const datasetId = `${slug}${DATASET_SUFFIX}`;
  return {
    slug,
    datasetId,
    files: [
      { path: `${ARTICLES_DIR}/${slug}.mdx`, content: articleMdx(title, datasetId, date) },
      { path: `${DATA_DIR}/${datasetId}.json`, content: datasetJson(slug, datasetId) },
    ],
  };
}
