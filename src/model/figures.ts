/** A dataset's source figures: each as a reader sees it, and checked against its article's words. */
import { formatIsoDate, formatQuantity, type Qualifier } from "../lib/format.ts";
import { checkQuote } from "./provenance.ts";
import type { DatasetInput } from "./schemas/dataset.ts";
import type { Article, Figure } from "./types.ts";

/** Reports a problem at a field path of the dataset file. */
export type Report = (path: PropertyKey[], message: string) => void;

/** Returns a source figure as a reader sees it; identifiers (`digits`) are printed bare: "số 1625". */
export function figureText(
  value: number | undefined,
  date: string | undefined,
  unit: string,
  q: Qualifier,
  notation: "vi" | "digits",
): string {
  if (date !== undefined) return formatIsoDate(date);
  if (notation === "digits") return [unit, String(value)].filter(Boolean).join(" ");
  return formatQuantity(value ?? 0, unit, q);
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
      const verdict = checkQuote(article.scan.text, v.quote, v);
      if (!verdict.ok && verdict.reason === "not-in-article") {
        report(["values", i, "quote"], `trích dẫn không có trong bài ${article.file}; hãy chép nguyên văn một đoạn của bài.`);
      } else if (!verdict.ok && verdict.reason === "value-not-in-quote") {
        report(
          ["values", i, v.date !== undefined ? "date" : "value"],
          `số liệu ${text} (viết là ${verdict.tried.map((t) => `"${t}"`).join(" hoặc ")}) không có trong trích dẫn "${v.quote}".`,
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
      quote: v.quote,
      role: "value" as Figure["role"],
      code: v.code,
      as: v.as,
      text: v.code ?? text,
    };
  });
}
