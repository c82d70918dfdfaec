/**
 * vi-VN formatting and parsing of numbers and dates. Everything a reader sees goes through here:
 * Plot and Intl default to en-US, and Vietnamese writes 1.234,5 (dot for thousands, comma for decimals).
 */

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

/** Returns `n` with a scale word when it is a million or more: 125000000 → "125 triệu". */
export function formatCompact(n: number, maxDigits = 3): string {
  const scale = SCALES.find((s) => Math.abs(n) >= s.factor);
  return scale ? `${formatNumber(n / scale.factor, maxDigits)} ${scale.word}` : formatNumber(n, maxDigits);
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
 * Returns the ways an article may write `value`: vi-VN grouping ("1.359"), the scale word form
 * ("125 triệu"), and for `digits` notation the bare digits ("1625", for document numbers and years).
 */
export function spellings(value: number, notation: "vi" | "digits" = "vi"): string[] {
  if (notation === "digits") return [String(value)];
  const out = new Set<string>([formatNumber(value, 6)]);
  // Four-digit figures are often written without a group separator ("1359").
  if (Number.isInteger(value) && value >= 1000 && value < 10000) out.add(String(value));
  for (const s of SCALES) {
    if (Math.abs(value) >= s.factor) {
      out.add(`${formatNumber(value / s.factor, 6)} ${s.word}`);
      break;
    }
  }
  return [...out];
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

/** Returns the day of `d` in Vietnam time as an ISO date: "2020-09-27". */
export function formatIsoDay(d: Date): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TIME_ZONE }).format(d);
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
