/** A dataset's source figures: each as a reader sees it, and checked against its article's words. */
import { formatIsoDate, formatNumber, formatQuantity, type Qualifier } from "../lib/format.ts";
import { integerInWords, numeralsIn, readNumeral, sameValue, type Reading } from "../lib/numerals.ts";
import { foldText } from "../lib/text.ts";
import { checkQuote, type Ambiguity } from "./provenance.ts";
import { stripInvisible } from "./textSafety.ts";
import type { DatasetInput } from "./schemas/dataset.ts";
import type { Article, Figure } from "./types.ts";

/** Reports a problem at a field path of the dataset file. */
export type Report = (path: PropertyKey[], message: string) => void;

/** Returns a source figure as a reader sees it; identifiers (`digits`) are printed bare, unit after: "1625". */
export function figureText(
  value: number | undefined,
  date: string | undefined,
  unit: string,
  q: Qualifier,
  notation: "vi" | "digits",
): string {
  if (date !== undefined) return formatIsoDate(date);
  if (notation === "digits") return [q === "exact" ? "" : q, String(value), unit].filter(Boolean).join(" ");
  return formatQuantity(value ?? 0, unit, q);
}

/** Returns "hai mươi hai phẩy năm trăm bảy mươi hai": a decimal read aloud, its fraction digit by digit when it starts with 0. */
function decimalInWords(n: number): string {
  const [int = "0", frac = ""] = String(n).split(".");
  const fracWords = frac.startsWith("0")
    ? [...frac].map((d) => integerInWords(Number(d))).join(" ")
    : integerInWords(Number(frac));
  return `${integerInWords(Number(int))} phẩy ${fracWords}`;
}

/** Returns the message for a numeral with two readings and no declared `reading`, showing both. */
export function ambiguityMessage(a: Ambiguity, unit: string): string {
  const sep = a.written.includes(".") ? "dấu chấm" : "dấu phẩy";
  const scale = a.thousands / Number(a.written.replace(/\D/g, "")) || 1;
  const u = unit ? ` ${unit}` : "";
  const thousands = `${formatQuantity(a.thousands, unit)} (${integerInWords(a.thousands / scale)}${scale > 1 ? "" : u}, ${sep} tách hàng nghìn)`;
  const decimal = `${formatQuantity(a.decimal, unit)} (${decimalInWords(a.decimal / scale)}${scale > 1 ? "" : u}, ${sep} là dấu thập phân)`;
  return (
    `"${a.written}${u}" đọc được hai cách: ${thousands} hoặc ${decimal}. ` +
    `Ghi reading là "hàng nghìn" hoặc "thập phân" (trong tệp CSV: cột reading) để nói bài viết dùng cách nào.`
  );
}

/** Returns the note saying how the article wrote a figure shown another way ('bài viết ghi "22.572 km"…'), or undefined. */
export function writtenNote(quote: string, value: number, unit: string, reading: Reading | undefined): string | undefined {
  if (!reading) return undefined;
  const shown = formatNumber(value, 6);
  const n = numeralsIn(quote).find((x) => {
    const r = readNumeral(x.digits, reading, false);
    return x.scale === 1 && x.digits !== shown && typeof r === "number" && sameValue(r, value);
  });
  if (!n) return undefined;
  const sep = n.digits.includes(".") ? "dấu chấm" : "dấu phẩy";
  const role = reading === "thập phân" ? "dấu thập phân" : "dấu tách hàng nghìn";
  return `bài viết ghi “${n.digits}${unit ? ` ${unit}` : ""}”, ${sep} ở đó là ${role}`;
}

/** Returns the dataset's source figures; reports duplicate keys and quotes the article does not back. */
export function sourceFigures(input: DatasetInput, article: Article | undefined, report: Report): Figure[] {
  const seen = new Set<string>();
  return input.values.map((v, i) => {
    if (seen.has(v.key)) report(["values", i, "key"], `khóa "${v.key}" bị trùng trong cùng bộ dữ liệu.`);
    seen.add(v.key);
    const unit = v.unit ?? input.unit;
    const text = figureText(v.value, v.date, unit, v.qualifier, v.notation);
    // An article whose MDX does not parse has no visible text yet: its syntax error is reported instead.
    if (article && !article.scan.syntaxError) {
      const verdict = checkQuote(article.scan.text, v.quote, { ...v, unit });
      if (!verdict.ok && verdict.reason === "not-in-article") {
        report(["values", i, "quote"], notInArticle(article, v.quote));
      } else if (!verdict.ok && verdict.reason === "ambiguous") {
        report(["values", i, "reading"], ambiguityMessage(verdict, unit));
      } else if (!verdict.ok && verdict.reason === "value-not-in-quote") {
        const tried = verdict.tried.length ? ` (viết là ${verdict.tried.map((t) => `"${t}"`).join(" hoặc ")})` : "";
        report(
          ["values", i, v.date !== undefined ? "date" : "value"],
          `số liệu ${text}${tried} không có trong trích dẫn "${v.quote}".`,
        );
      } else if (!verdict.ok && verdict.reason === "hedge-mismatch") {
        const found = verdict.found === "exact" ? "không có từ ước lượng" : `có từ "${verdict.found}"`;
        report(["values", i, "qualifier"], `trích dẫn ${found} trước con số, nhưng qualifier là "${v.qualifier}".`);
      }
    }
    return {
      key: v.key,
      label: v.label,
      value: v.value,
      date: v.date,
      unit,
      qualifier: v.qualifier,
      notation: v.notation,
      reading: v.reading,
      written: v.value !== undefined ? writtenNote(v.quote, v.value, unit, v.reading) : undefined,
      quote: v.quote,
      role: "value" as Figure["role"],
      code: v.code,
      as: v.as,
      text: v.code ?? text,
    };
  });
}

/** Returns the message for a quote not in its article, saying so when only invisible characters differ. */
function notInArticle(article: Article, quote: string): string {
  const bare = (s: string) => foldText(stripInvisible(s));
  if (bare(article.scan.text).includes(bare(quote)))
    return `trích dẫn chỉ khác bài ${article.file} ở ký tự vô hình (rộng bằng không hoặc điều khiển hướng chữ), người đọc không thấy; xóa ký tự đó trong trích dẫn hoặc trong bài.`;
  return `trích dẫn không có trong bài ${article.file}; hãy chép nguyên văn một đoạn của bài.`;
}
