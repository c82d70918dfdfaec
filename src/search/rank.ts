/**
 * Site search, in the browser: Pagefind finds candidate pages with or without tones (it folds "biên"
 * and "bien", and the index adds "doi" for "đội"), but it also returns pages holding only some of the
 * words, and it reads the last word as a prefix ("can" finds "cảnh"). This module keeps the pages
 * that hold the query as one phrase of whole words, with or without tones, those with it as typed
 * first, and cuts the excerpt that shows where. Pure and free of Node APIs: the search page imports it.
 */
import { foldVietnamese } from "../lib/slug.ts";

/** How closely a page's text matches a query, best first. */
export type MatchTier = 0 | 1 | 2;
/** The phrase as typed (tones and đ included; case and Unicode form ignored). */
export const EXACT: MatchTier = 0;
/** The phrase with tones dropped and đ read as d ("bien phong" in "biên phòng"). */
export const FOLDED: MatchTier = 1;
/** Only some of the words, or not as one phrase: not a result. */
export const LOOSE: MatchTier = 2;

/** Returns `s` lower-cased in NFC with runs of white space folded to one space. */
function normalize(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/** `text` folded (no tones, đ → d, lower case, white space runs as one space), each folded unit's source range in the original. */
interface Folded {
  text: string;
  start: number[];
  end: number[];
}

/** Each character's fold, once: a page's text repeats a few hundred characters. */
const foldedChars = new Map<string, string>();

/**
 * Folds `s` code point by code point, remembering where each folded character came from. Linear in
 * the length of `s`: the data page's text runs to megabytes.
 */
function foldMapped(s: string): Folded {
  const units: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  let space = false;
  for (const ch of s) {
    const from = i;
    i += ch.length;
    if (/\s/u.test(ch)) {
      // A run of white space is one space, ending where the run ends.
      if (space) end[end.length - 1] = i;
      else {
        units.push(" ");
        start.push(from);
        end.push(i);
        space = true;
      }
      continue;
    }
    let f = foldedChars.get(ch);
    if (f === undefined) foldedChars.set(ch, (f = foldVietnamese(ch)));
    // A combining mark of decomposed text folds to nothing: it widens the character before it.
    if (!f && end.length) end[end.length - 1] = i;
    for (const unit of f) {
      units.push(unit);
      start.push(from);
      end.push(i);
      space = false;
    }
  }
  return { text: units.join(""), start, end };
}

/** Returns a global regular expression matching `folded` as whole words. */
function phrasePattern(folded: string): RegExp {
  const body = folded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, "gu");
}

/** One place `text` holds the query: `text.slice(start, end)`, and whether it is written as typed. */
export interface PhraseMatch {
  start: number;
  end: number;
  exact: boolean;
}

/**
 * Returns every place `text` holds `query` as one phrase of whole words, with or without tones,
 * in order; `exact` when it is written as the reader typed it (case and Unicode form aside).
 */
export function phraseMatches(query: string, text: string): PhraseMatch[] {
  const typed = normalize(query);
  if (!typed) return [];
  const q = normalize(foldVietnamese(typed));
  const f = foldMapped(text);
  const out: PhraseMatch[] = [];
  for (const m of f.text.matchAll(phrasePattern(q))) {
    const last = m.index + m[0].length - 1;
    const start = f.start[m.index] ?? 0;
    const end = f.end[last] ?? text.length;
    out.push({ start, end, exact: normalize(text.slice(start, end)) === typed });
  }
  return out;
}

/** Returns how closely `text` matches `query`: the exact phrase, the phrase without tones, or loosely. */
export function matchTier(query: string, text: string): MatchTier {
  const found = phraseMatches(query, text);
  if (found.some((m) => m.exact)) return EXACT;
  return found.length ? FOLDED : LOOSE;
}

/** A search result as the page has it: Pagefind's order is the input order. */
export interface SearchHit {
  title: string;
  content: string;
}

/**
 * Returns the hits that hold the query as a phrase: those with it as typed first, then those with it
 * without tones; Pagefind's order is kept within each group, and pages with only some words are dropped.
 */
export function rankHits<T extends SearchHit>(query: string, hits: readonly T[]): T[] {
  return hits
    .map((h, i) => ({ h, i, tier: Math.min(matchTier(query, h.title), matchTier(query, h.content)) }))
    .filter((x) => x.tier !== LOOSE)
    .sort((a, b) => a.tier - b.tier || a.i - b.i)
    .map((x) => x.h);
}

/** A run of result text: marked when it is the query. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/** Returns `text` as runs, each place it holds `query` (with or without tones) marked. */
export function highlight(query: string, text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of phraseMatches(query, text)) {
    if (m.start > at) parts.push({ text: text.slice(at, m.start), mark: false });
    parts.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < text.length || !parts.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/** Words of context an excerpt shows before the first match. */
const BEFORE_WORDS = 12;

/**
 * Returns an excerpt of about `words` words of `text` around the first place it holds the query (as
 * typed if it does, else without tones), the query marked; the start of the text when it does not.
 * "…" stands for what was cut.
 */
export function excerpt(query: string, text: string, words = 30): TextPart[] {
  const flat = text.replace(/\s+/gu, " ").trim();
  const found = phraseMatches(query, flat);
  const first = found.find((m) => m.exact) ?? found[0];
  const spaces = [...flat.matchAll(/ /g)].map((m) => m.index);
  // The word the match starts in, then the window of words around it.
  const wordAt = first ? spaces.filter((s) => s < first.start).length : 0;
  const from = Math.max(0, wordAt - (first ? BEFORE_WORDS : 0));
  const to = from + words; // exclusive word index
  const start = from === 0 ? 0 : (spaces[from - 1] ?? 0) + 1;
  let end = to - 1 < spaces.length ? (spaces[to - 1] ?? flat.length) : flat.length;
  // Never cut the match itself.
  if (first && end < first.end) end = first.end;
  const parts = highlight(query, flat.slice(start, end));
  if (start > 0) parts.unshift({ text: "…", mark: false });
  if (end < flat.length) parts.push({ text: "…", mark: false });
  return parts;
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
