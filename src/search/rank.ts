/**
 * Site search, in the browser: Pagefind finds pages with or without tones (it folds "biên" and
 * "bien", "đ" and "d" into one index entry); this module then puts the pages that contain the
 * reader's words as typed first. Pure and free of Node APIs: the search page's script imports it.
 */
import { foldVietnamese } from "../lib/slug.ts";

/** How closely a page's text matches a query, best first. */
export type MatchTier = 0 | 1 | 2;
/** The phrase as typed (tones and đ included; case and Unicode form ignored). */
export const EXACT: MatchTier = 0;
/** The phrase with tones dropped and đ read as d ("bien phong" in "biên phòng"). */
export const FOLDED: MatchTier = 1;
/** Only some of the words, or not as one phrase. */
export const LOOSE: MatchTier = 2;

/** Returns `s` lower-cased in NFC with runs of white space folded to one space. */
function normalize(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/** Returns a regular expression matching `phrase` as whole words, spaces matching any white space. */
function phrasePattern(phrase: string): RegExp {
  const body = phrase
    .split(" ")
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, "u");
}

/** Returns how closely `text` matches `query`: the exact phrase, the phrase without tones, or loosely. */
export function matchTier(query: string, text: string): MatchTier {
  const q = normalize(query);
  if (!q) return LOOSE;
  const t = normalize(text);
  if (phrasePattern(q).test(t)) return EXACT;
  if (phrasePattern(normalize(foldVietnamese(q))).test(normalize(foldVietnamese(t)))) return FOLDED;
  return LOOSE;
}

/** A search result as the page has it: Pagefind's order is the input order. */
export interface SearchHit {
  title: string;
  content: string;
}

/**
 * Returns `hits` with the pages that contain the query as typed first, then those that contain it
 * without tones, then the rest; Pagefind's order is kept within each group.
 */
export function rankHits<T extends SearchHit>(query: string, hits: readonly T[]): T[] {
  const tiers = hits.map((h) => Math.min(matchTier(query, h.title), matchTier(query, h.content)));
  return hits
    .map((h, i) => ({ h, i, tier: tiers[i] ?? LOOSE }))
    .sort((a, b) => a.tier - b.tier || a.i - b.i)
    .map((x) => x.h);
}

/**
 * Returns the words of `text` that are written with đ, as a reader types them without it, sorted:
 * "Đội Cấn đóng góp" → ["doi", "dong"]. Pagefind drops tones by itself but reads đ as its own
 * letter, so the index gets these as well (see searchIndex.ts).
 */
export function dWords(text: string): string[] {
  const out = new Set<string>();
  for (const word of text.normalize("NFC").match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (/[đĐ]/u.test(word)) out.add(foldVietnamese(word));
  }
  return [...out].sort();
}
