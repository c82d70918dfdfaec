/**
 * Reading the numerals an article writes. Vietnamese groups thousands with a dot and marks decimals
 * with a comma (1.234,5), but writers also use the dot as a decimal mark ("22.572 km" for 22 km 572 m)
 * and the English comma for thousands. A numeral with one separator followed by exactly three digits
 * ("22.572", "227,642") therefore has two readings; the dataset states which one it takes (`reading`).
 */

/** How a numeral with one separator is read: the separator marks decimals, or groups thousands. */
export const READINGS = ["thập phân", "hàng nghìn"] as const;
export type Reading = (typeof READINGS)[number];

/**
 * Units that count whole things: "1.359 hộ" can only be one thousand three hundred and fifty-nine
 * households, so such a figure needs no `reading`. Any other unit (km, %, đồng…) may take a fraction.
 */
export const WHOLE_UNITS: readonly string[] = [
  "hộ", "người", "đảng viên", "chi bộ", "cột mốc", "tập thể", "lần", "lượt", "buổi", "cuộc", "công trình",
  "căn", "nhà", "khẩu", "nòng", "huyện", "xã", "thôn", "đồn", "đơn vị", "tổ chức", "nghị quyết", "chốt", "tổ",
  "đồng chí", "chiến sĩ", "cán bộ", "học sinh", "con", "chiếc", "cái", "đồng",
]; // prettier-ignore

/** A numeral as it stands in a text: where, how written, and the scale word after it. */
export interface Numeral {
  index: number;
  /** The digits and separators as written ("22.572"), with its scale word when there is one ("125 triệu"). */
  written: string;
  digits: string;
  /** 1, or 1e6 for "triệu", 1e9 for "tỷ". */
  scale: number;
}

const SCALE_WORDS: Record<string, number> = { triệu: 1e6, tỷ: 1e9 };

/** Returns every numeral of `text`, each a whole run of digits and separators (never part of a longer one). */
export function numeralsIn(text: string): Numeral[] {
  const out: Numeral[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*(?:\s(triệu|tỷ)(?![\p{L}\p{M}]))?/gu)) {
    const digits = /^\d+(?:[.,]\d+)*/.exec(m[0])![0];
    out.push({ index: m.index, written: m[0], digits, scale: m[1] ? (SCALE_WORDS[m[1]] ?? 1) : 1 });
  }
  return out;
}

/** The two readings of an ambiguous numeral, or undefined when it has at most one. */
export function twoReadings(digits: string): { thousands: number; decimal: number } | undefined {
  const m = /^([1-9]\d{0,2})[.,](\d{3})$/.exec(digits);
  return m ? { thousands: Number(m[1]! + m[2]!), decimal: Number(`${m[1]}.${m[2]}`) } : undefined;
}

/** Returns the Vietnamese reading of `digits` ("1.234,5" → 1234.5, "1625" → 1625), or undefined. */
function viValue(digits: string): number | undefined {
  if (/^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$/.test(digits))
    return Number(digits.replace(/\./g, "").replace(",", "."));
  return undefined;
}

/**
 * Returns what `digits` states under `reading` (undefined: the Vietnamese way), or "ambiguous" when it
 * has two readings, none is declared and the unit does not count whole things (`whole`). Undefined when
 * the numeral cannot be read so.
 */
export function readNumeral(digits: string, reading: Reading | undefined, whole: boolean): number | "ambiguous" | undefined {
  const single = /^(\d+)[.,](\d+)$/.exec(digits);
  if (!single) return viValue(digits);
  const two = twoReadings(digits);
  if (reading === "thập phân") return Number(`${single[1]}.${single[2]}`);
  if (reading === "hàng nghìn") return two?.thousands;
  if (two) return whole ? two.thousands : "ambiguous";
  return viValue(digits);
}

/** Returns true when `a` and `b` are the same figure (up to floating-point error). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const DIGIT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/** Returns a number under 1000 in words; `full` reads its hundreds even when zero ("không trăm linh năm"). */
function hundredsInWords(n: number, full: boolean): string {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const out: string[] = [];
  if (full || h > 0) out.push(`${DIGIT_WORDS[h]} trăm`);
  if (t === 0 && u > 0 && out.length) out.push(`linh ${DIGIT_WORDS[u]}`);
  else if (t === 1) out.push(u === 0 ? "mười" : `mười ${u === 5 ? "lăm" : DIGIT_WORDS[u]}`);
  else if (t > 1) out.push(`${DIGIT_WORDS[t]} mươi${u === 0 ? "" : ` ${u === 1 ? "mốt" : u === 5 ? "lăm" : DIGIT_WORDS[u]}`}`);
  else if (!out.length) out.push(DIGIT_WORDS[u]!);
  return out.join(" ");
}

/** Returns a whole number under a million in Vietnamese words: 22572 → "hai mươi hai nghìn năm trăm bảy mươi hai". */
export function integerInWords(n: number): string {
  if (n < 1000) return hundredsInWords(n, false);
  const rest = n % 1000;
  const head = `${hundredsInWords(Math.floor(n / 1000), false)} nghìn`;
  return rest ? `${head} ${hundredsInWords(rest, true)}` : head;
}
