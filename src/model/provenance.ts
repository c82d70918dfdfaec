/**
 * The provenance checks: a figure is published only if its quote stands in its article and the
 * figure, read the way the dataset declares (Vietnamese by default) and with the same hedge, stands in its quote.
 */
import { dateSpellings, QUALIFIERS, spellings, type Qualifier } from "../lib/format.ts";
import { numeralsIn, readNumeral, sameValue, twoReadings, WHOLE_UNITS, type Reading } from "../lib/numerals.ts";
import { foldText } from "../lib/text.ts";

/** The hedge words, as an article writes them. */
const HEDGES: readonly string[] = QUALIFIERS.filter((q) => q !== "exact");

/** Returns the positions where `needle` stands in `hay` as a whole number (not inside a longer one). */
function numberPositions(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    const before = hay.slice(Math.max(0, i - 2), i);
    const after = hay.slice(i + needle.length, i + needle.length + 2);
    if (/\d$|\d[.,]$/.test(before)) continue;
    if (/^\d|^[.,]\d/.test(after)) continue;
    out.push(i);
  }
  return out;
}

/** Returns the hedge word just before position `i` of `text`, or "exact". */
function hedgeBefore(text: string, i: number): Qualifier {
  const words = text.slice(0, i).trimEnd().toLocaleLowerCase("vi").split(/\s+/);
  const last = words[words.length - 1] ?? "";
  return HEDGES.includes(last) ? (last as Qualifier) : "exact";
}

/** A numeral of the quote that states the figure under either reading, while the dataset declares none. */
export interface Ambiguity {
  /** As the quote writes it, scale word included ("22.572"). */
  written: string;
  /** What it states when its separator groups thousands, and when it marks decimals. */
  thousands: number;
  decimal: number;
}

export type QuoteVerdict =
  | { ok: true }
  | { ok: false; reason: "not-in-article" }
  | { ok: false; reason: "value-not-in-quote"; tried: string[] }
  | { ok: false; reason: "hedge-mismatch"; found: Qualifier; tried: string[] }
  | ({ ok: false; reason: "ambiguous" } & Ambiguity);

/** What the check reads of a figure. */
export interface QuotedFigure {
  value?: number | undefined;
  date?: string | undefined;
  qualifier: Qualifier;
  notation: "vi" | "digits";
  /** How the quote's one separator is read, when the dataset declares it. */
  reading?: Reading | undefined;
  /** The figure's unit: one that counts whole things reads an ambiguous numeral as thousands. */
  unit?: string | undefined;
}

/** Returns the values a numeral may state for `f`, or an ambiguity; `unit` lets "125 triệu đồng" state 125 "triệu đồng". */
function numeralValues(digits: string, scale: number, scaleWord: string, f: QuotedFigure): number[] | Ambiguity {
  if (f.notation === "digits") return /^\d+$/.test(digits) && scale === 1 ? [Number(digits)] : [];
  const r = readNumeral(digits, f.reading, WHOLE_UNITS.includes(f.unit ?? ""));
  const scales = scale !== 1 && (f.unit ?? "").startsWith(scaleWord) ? [scale, 1] : [scale];
  if (r === "ambiguous") {
    const two = twoReadings(digits)!;
    return { written: "", thousands: two.thousands * scale, decimal: two.decimal * scale };
  }
  return r === undefined ? [] : scales.map((s) => r * s);
}

/** The last article text folded: a dataset's quotes are checked one after another against the same article. */
let folded = { text: "", folded: "" };

/** Returns `foldText(articleText)`, folding each article's text once for all its quotes, not once per quote. */
function foldedArticle(articleText: string): string {
  if (folded.text !== articleText) folded = { text: articleText, folded: foldText(articleText) };
  return folded.folded;
}

/** Returns whether `quote` stands in `articleText` and states the figure with the given hedge. */
export function checkQuote(articleText: string, quote: string, figure: QuotedFigure): QuoteVerdict {
  const q = foldText(quote);
  if (!foldedArticle(articleText).includes(q)) return { ok: false, reason: "not-in-article" };
  if (figure.date !== undefined) {
    const tried = dateSpellings(figure.date);
    for (const s of tried) if (numberPositions(q, s).length) return { ok: true };
    return { ok: false, reason: "value-not-in-quote", tried };
  }
  const value = figure.value ?? NaN;
  const tried = spellings(value, figure.notation, figure.reading, figure.unit);
  let hedgeSeen: Qualifier | undefined;
  let ambiguity: Ambiguity | undefined;
  for (const n of numeralsIn(q)) {
    const read = numeralValues(n.digits, n.scale, n.written.slice(n.digits.length).trim(), figure);
    if (!Array.isArray(read)) {
      if (sameValue(read.thousands, value) || sameValue(read.decimal, value)) ambiguity ??= { ...read, written: n.written };
      continue;
    }
    if (!read.some((r) => sameValue(r, value))) continue;
    const hedge = hedgeBefore(q, n.index);
    if (hedge === figure.qualifier) return { ok: true };
    hedgeSeen ??= hedge;
  }
  if (ambiguity) return { ok: false, reason: "ambiguous", ...ambiguity };
  if (hedgeSeen !== undefined) return { ok: false, reason: "hedge-mismatch", found: hedgeSeen, tried };
  return { ok: false, reason: "value-not-in-quote", tried };
}
