/** The CSV download: UTF-8 with a BOM (spreadsheets then read Vietnamese), one row per figure, written with papaparse. */
import Papa from "papaparse";
import { formatDate, formatIsoDate, hedgeWord } from "../lib/format.ts";
import type { Article, Dataset, Figure } from "../model/types.ts";
import { creditUrl, type ChartLinks } from "./links.ts";
import { PROVIDER } from "./notes.ts";
import { latestByFigure } from "./corrections.ts";

const ROLE_WORDS: Record<Figure["role"], string> = { total: "tổng", part: "phần", value: "số liệu", derived: "tính" };

/** The download's column headers, Vietnamese; the value column says its notation, since spreadsheets guess. */
export const CSV_HEADERS = {
  key: "Khóa",
  label: "Số liệu",
  value: "Giá trị (dấu chấm thập phân)",
  date: "Ngày (năm-tháng-ngày)",
  unit: "Đơn vị",
  qualifier: "Từ ước lượng",
  text: "Cách viết",
  role: "Vai trò",
  quote: "Trích dẫn từ bài viết",
  derived: "Cách tính",
  article: "Bài viết",
  publisher: "Báo",
  published: "Ngày đăng",
  url: "Trang biểu đồ",
  version: "Phiên bản",
  correction: "Đính chính",
} as const;

/**
 * Returns the dataset as CSV. A cell starting with = + - @ is prefixed with ' so a spreadsheet
 * never runs it as a formula.
 */
export function datasetCsv(d: Dataset, a: Article, links: ChartLinks): string {
  const corrected = latestByFigure(d);
  const correction = (key: string) => {
    const c = corrected.get(key);
    return c ? `${formatIsoDate(c.date)}: ${c.right}` : "";
  };
  const rows = [...d.figures, ...d.derived].map((f) => [
    f.key,
    f.label,
    f.value === undefined ? "" : String(f.value),
    f.date ?? "",
    f.unit,
    hedgeWord(f.qualifier),
    f.text,
    ROLE_WORDS[f.role],
    f.quote ?? "",
    f.derived ?? "",
    a.data.title,
    a.data.publisher,
    formatDate(a.data.date),
    // Without SITE_URL the page's address names localhost: the cell names the site instead.
    creditUrl(links) ?? PROVIDER,
    String(d.version),
    correction(f.key),
  ]);
  return `\uFEFF${Papa.unparse({ fields: Object.values(CSV_HEADERS), data: rows }, { newline: "\r\n", quotes: false, escapeFormulae: true })}\r\n`;
}
