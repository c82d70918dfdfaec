/** The words a chart carries outside the site: its source line and its notes (embed page, SVG, PNG, data files). */
import { formatDate, formatQuantity } from "../lib/format.ts";
import type { Article, Dataset } from "../model/types.ts";

/** The site's name, as providers and source lines print it. */
export const PROVIDER = "Cột Mốc";

/** Returns "Báo Lạng Sơn, 05/02/2020": who published an article, and when. */
export function publishedText(a: Article): string {
  return `${a.data.publisher}, ${formatDate(a.data.date)}`;
}

/** Returns "“Title” (Báo Lạng Sơn, 05/02/2020)": where a chart's figures were published. */
export function sourceText(a: Article): string {
  return `“${a.data.title}” (${publishedText(a)})`;
}

/** Returns "Nguồn: Báo Lạng Sơn, 05/02/2020 · Số liệu: Cột Mốc": the line under every figure and on its card. */
export function sourceLine(a: Article): string {
  return `Nguồn: ${publishedText(a)} · Số liệu: ${PROVIDER}`;
}

/** Returns what a figure is called in links, headings and cards: a drawing is a chart; a fact box or a list is not. */
export function figureNoun(d: Dataset): string {
  if (d.relationship === "documents") return "Văn bản";
  if (d.kind === "table") return "Bảng số liệu";
  if (d.kind === "number") return "Số liệu chính";
  return "Biểu đồ";
}

/** Returns the note listing the article's hedged figures, or undefined when every figure is exact. */
export function hedgeNote(d: Dataset): string | undefined {
  const hedged = d.figures.filter((f) => f.qualifier !== "exact");
  if (!hedged.length) return undefined;
  return `Số ước lượng, giữ nguyên như bài viết: ${hedged.map((f) => `${f.label}: ${f.text}`).join("; ")}.`;
}

/** Returns the note that the parts do not add up to the stated total, or undefined. */
export function totalNoteText(d: Dataset): string | undefined {
  if (!d.totalNote || !d.total || d.partsSum === undefined) return undefined;
  const sum = formatQuantity(d.partsSum, d.total.unit);
  return `Lưu ý về số liệu: tổng theo bài viết là ${d.total.text}; cộng các nhóm được ${sum}. ${d.totalNote}`;
}

/** Returns the note saying how the article wrote figures shown the vi-VN way (22.572 km → 22,572 km), or undefined. */
export function writtenNoteText(d: Dataset): string | undefined {
  const written = d.figures.filter((f) => f.written);
  if (!written.length) return undefined;
  return `Cách viết số: ${written.map((f) => `${f.label}: ${f.text}, ${f.written}`).join("; ")}.`;
}

/** Returns every note a chart carries outside the site: the total's, the hedges', the numerals', the dataset's. */
export function chartNotes(d: Dataset): string[] {
  return [totalNoteText(d), hedgeNote(d), writtenNoteText(d), ...d.notes].filter((n): n is string => Boolean(n));
}
