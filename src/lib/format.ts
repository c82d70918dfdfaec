/**
 * vi-VN formatting and parsing of numbers and dates. Everything a reader sees goes through here:
 * Plot and Intl default to en-US, and Vietnamese writes 1.234,5 (dot for thousands, comma for decimals).
 */
import { numeralsIn, readNumeral, sameValue, twoReadings, WHOLE_UNITS, type Reading } from "./numerals.ts";

/** A figure's hedge: exact, or the article's own word before it ("gần" nearly, "hơn" more than, "khoảng" about). */
export const QUALIFIERS = ["exact", "gần", "hơn", "khoảng"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const TIME_ZONE = "Asia/Ho_Chi_Minh";
const numberFormats = new Map<number, Intl.NumberFormat>();

/** Scale words, largest first, used for amounts of a million and more ("125 triệu đồng"). */
const SCALES = [
  { factor: 1e9, word: "tỷ" },
  { factor: 1e6, word: "triệu" },
] as const;

function numberFormat(maxDigits: number): Intl.NumberFormat {
  let f = numberFormats.get(maxDigits);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: maxDigits, useGrouping: true });
    numberFormats.set(maxDigits, f);
  }
  return f;
}

/** Returns `n` written the Vietnamese way: 227.642 → "227,642", 1359 → "1.359". */
export function formatNumber(n: number, maxDigits = 3): string {
  // Intl writes a minus sign as U+002D; keep it, and never print "-0".
  return numberFormat(maxDigits).format(Object.is(n, -0) ? 0 : n);
}

/**
 * Returns `n` with a scale word when it is a million or more: 125000000 → "125 triệu". A whole number
 * the scale word would round (123456789012345 → "123.456,789 tỷ") is written in full instead.
 */
export function formatCompact(n: number, maxDigits = 3): string {
  const scale = SCALES.find((s) => Math.abs(n) >= s.factor);
  if (!scale) return formatNumber(n, maxDigits);
  const shown = Number((n / scale.factor).toFixed(maxDigits)) * scale.factor;
  if (Number.isInteger(n) && Math.abs(shown - n) >= 0.5) return formatNumber(n, 0);
  return `${formatNumber(n / scale.factor, maxDigits)} ${scale.word}`;
}

/** Returns the hedge word a reader sees before a figure ("" for an exact figure). */
export function hedgeWord(q: Qualifier): string {
  return q === "exact" ? "" : q;
}

/** Returns a figure as a reader sees it: "gần 125 triệu đồng", "227,642 km", "hơn 240 lần". */
export function formatQuantity(value: number, unit: string, qualifier: Qualifier = "exact", maxDigits = 3): string {
  const parts = [hedgeWord(qualifier), formatCompact(value, maxDigits), unit === "%" ? "" : unit];
  const text = parts.filter(Boolean).join(" ");
  return unit === "%" ? `${text}%` : text;
}

/**
 * Returns the ways an article may write `value`: vi-VN grouping ("1.359"), bare digits ("1359"), the
 * scale word form ("125 triệu"), and under a declared `reading` the other separator ("22.572" for
 * 22,572 read "thập phân"; "227,642" for 227642 read "hàng nghìn"). For `digits` notation (document
 * numbers, years) only the bare digits ("1625"). Every spelling is one `readNumeral` gives `value`
 * (or finds ambiguous, when no reading is declared): the formatter and the quote check agree.
 */
export function spellings(value: number, notation: "vi" | "digits" = "vi", reading?: Reading, unit = ""): string[] {
  if (notation === "digits") return Number.isInteger(value) && value >= 0 ? [String(value)] : [];
  const whole = WHOLE_UNITS.includes(unit);
  const candidates = [...plainWritings(value, reading)];
  for (const s of SCALES)
    if (Math.abs(value) >= s.factor) {
      for (const w of plainWritings(value / s.factor, reading)) candidates.push(`${w} ${s.word}`);
      break;
    }
  return [...new Set(candidates)].filter((c) => {
    const [n] = numeralsIn(c);
    if (!n || n.written !== c) return false;
    const r = readNumeral(n.digits, reading, whole);
    const two = twoReadings(n.digits);
    // Undeclared, an ambiguous numeral is offered only in its vi-VN reading (dot groups, comma marks decimals).
    if (r === "ambiguous")
      return two !== undefined && sameValue((n.digits.includes(".") ? two.thousands : two.decimal) * n.scale, value);
    return r !== undefined && sameValue(r * n.scale, value);
  });
}

/** Returns the writings of a number without a scale word: vi-VN, four bare digits, and the declared reading's. */
function plainWritings(n: number, reading: Reading | undefined): string[] {
  const out = [formatNumber(n, 6)];
  // Four-digit figures are often written without a group separator ("1359").
  if (Number.isInteger(n) && n >= 1000 && n < 10000) out.push(String(n));
  if (reading === "thập phân" && !Number.isInteger(n)) out.push(String(n));
  if (reading === "hàng nghìn" && Number.isInteger(n) && n >= 1000 && n < 1e6)
    out.push(`${Math.floor(n / 1000)},${String(n % 1000).padStart(3, "0")}`);
  return out.filter((s) => !/e/i.test(s));
}

/**
 * Returns the number a Vietnamese-notation string states: "227,642" → 227.642, "1.359" → 1359.
 * Throws on anything else (an English "1,359" is rejected rather than guessed: it would read as 1,359).
 */
export function parseViNumber(s: string): number {
  const t = s.trim().replace(/\u00a0/g, " ");
  if (!/^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^-?\d+(?:,\d+)?$/.test(t)) {
    throw new Error(`"${s}" không phải số viết theo kiểu Việt Nam (ví dụ 1.234,5)`);
  }
  return Number(t.replace(/\./g, "").replace(",", "."));
}

/** Returns a plain-notation number ("227.642", "1359"); throws on anything else. */
export function parsePlainNumber(s: string): number {
  const t = s.trim();
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) throw new Error(`"${s}" không phải số viết kiểu thường (ví dụ 1234.5)`);
  return Number(t);
}

const dateFormat = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: TIME_ZONE,
});

/** Returns a date as Vietnamese newspapers print it: "05/02/2020" (Vietnam time). */
export function formatDate(d: Date): string {
  return dateFormat.format(d);
}

const weekdayFormat = new Intl.DateTimeFormat("vi-VN", { weekday: "long", timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat("vi-VN", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: TIME_ZONE,
});

/**
 * Returns a publication date as the original prints it, in Vietnam time: "Thứ Tư, 05/02/2020, 08:24"
 * with the time when the source gives one, "Chủ Nhật, 27/09/2020" without.
 */
export function formatPublished(d: Date, withTime: boolean): string {
  const weekday = weekdayFormat.format(d);
  const day = `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${formatDate(d)}`;
  return withTime ? `${day}, ${timeFormat.format(d)}` : day;
}

/** Returns the ways an article may write an ISO date: "9/1/2019", "09/01/2019", "09.01.2019". */
export function dateSpellings(iso: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return [];
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const dd = String(Number(d));
  const mm = String(Number(mo));
  return [`${dd}/${mm}/${y}`, `${d}/${mo}/${y}`, `${d}.${mo}.${y}`, `${dd}.${mm}.${y}`];
}

/**
 * Made once, on first use: a formatter costs far more to make than to use, and every dataset's check
 * asks for one. Not at module level, where the search page's script (which imports this module) would
 * carry and make it.
 */
let isoDayFormat: Intl.DateTimeFormat | undefined;

/** Returns the day of `d` in Vietnam time as an ISO date: "2020-09-27". */
export function formatIsoDay(d: Date): string {
  isoDayFormat ??= new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TIME_ZONE });
  return isoDayFormat.format(d);
}

/** Returns an ISO date ("2019-01-09") as "09/01/2019". */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** Returns an axis tick the Vietnamese way: "64", "0,5", "50 triệu". */
export function formatTick(n: number): string {
  return Math.abs(n) >= 1e6 ? formatCompact(n) : formatNumber(n);
}
