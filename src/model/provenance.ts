/**
 * The provenance checks: a figure is published only if its quote stands in its article and the
 * figure, written the Vietnamese way and with the same hedge, stands in its quote.
 */
import { dateSpellings, QUALIFIERS, spellings, type Qualifier } from "../lib/format.ts";
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

export type QuoteVerdict =
  | { ok: true }
  | { ok: false; reason: "not-in-article" }
  | { ok: false; reason: "value-not-in-quote"; tried: string[] }
  | { ok: false; reason: "hedge-mismatch"; found: Qualifier; tried: string[] };

/** Returns whether `quote` stands in `articleText` and states the figure with the given hedge. */
export function checkQuote(
  articleText: string,
  quote: string,
  figure: { value?: number | undefined; date?: string | undefined; qualifier: Qualifier; notation: "vi" | "digits" },
): QuoteVerdict {
  const q = foldText(quote);
  if (!foldText(articleText).includes(q)) return { ok: false, reason: "not-in-article" };
  const tried = figure.date !== undefined ? dateSpellings(figure.date) : spellings(figure.value ?? NaN, figure.notation);
  let hedgeSeen: Qualifier | undefined;
  for (const s of tried) {
    for (const i of numberPositions(q, s)) {
      const hedge = figure.date !== undefined ? "exact" : hedgeBefore(q, i);
      if (hedge === figure.qualifier) return { ok: true };
      hedgeSeen ??= hedge;
    }
  }
  if (hedgeSeen !== undefined) return { ok: false, reason: "hedge-mismatch", found: hedgeSeen, tried };
  return { ok: false, reason: "value-not-in-quote", tried };
}
