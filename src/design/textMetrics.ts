/**
 * Text metrics without a font engine: an estimate of a text's width in Noto Sans, and wrapping of
 * long Vietnamese labels into lines. Estimates err on the wide side so text fits.
 */

/** Advance widths in em of a sans-serif (close to Noto Sans), by character class. */
const WIDTHS: ReadonlyArray<[RegExp, number]> = [
  [/[ .,:;'!|ijlI]/, 0.28],
  [/[ftr()[\]\-‐–/]/, 0.36],
  [/[mwMW]/, 0.88],
  [/[0-9]/, 0.58],
  [/[A-Z]/, 0.68],
  [/[a-z]/, 0.57],
];
const DEFAULT_WIDTH = 0.62;
/** Safety factor on the estimate: wrapping a line early is better than overflowing. */
const SLACK = 1.06;
/** Bold glyphs are about 7% wider. */
const BOLD = 1.07;

/**
 * The widths in em of the base letters of one character (usually one; none for a combining mark):
 * diacritics stack above and below the base letter, so only base letters are measured.
 */
function charEms(ch: string): readonly number[] {
  let ems = CHAR_EMS.get(ch);
  if (!ems) {
    const base = ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D");
    ems = [...base].map((b) => WIDTHS.find(([re]) => re.test(b))?.[1] ?? DEFAULT_WIDTH);
    CHAR_EMS.set(ch, ems);
  }
  return ems;
}
const CHAR_EMS = new Map<string, readonly number[]>();

/** Returns `em` plus the width in em of `text`, added letter by letter (so a line measured word by word sums alike). */
function addEms(em: number, text: string): number {
  for (const ch of text) for (const w of charEms(ch)) em += w;
  return em;
}

/** Returns a width in em as the estimated width at `fontSize`. */
function emsToWidth(em: number, fontSize: number, bold: boolean): number {
  return em * fontSize * SLACK * (bold ? BOLD : 1);
}

/** Returns the estimated width of `text` at `fontSize` (in the same units), bold if `bold`. */
export function measureText(text: string, fontSize: number, bold = false): number {
  return emsToWidth(addEms(0, text), fontSize, bold);
}

/** Narrowing step when balancing wrapped lines. */
const BALANCE_STEP = 4;

/**
 * Returns `text` broken at spaces into lines no wider than `maxWidth` (a long word stays whole),
 * balanced so the last line is not a lone word: "Chi bộ thôn còn hạn / chế, yếu kém". Balancing
 * narrows the width by `BALANCE_STEP` while the line count holds, and keeps the last such wrap.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  let wrap = greedyWrap(words, maxWidth, fontSize, bold);
  if (wrap.lines.length < 2) return wrap.lines;
  for (let w = maxWidth - BALANCE_STEP; w > 0; w -= BALANCE_STEP) {
    // Any width from the widest line up to the last one tried wraps the same way: skip those.
    if (w >= wrap.widest) w -= Math.floor((w - wrap.widest) / BALANCE_STEP) * BALANCE_STEP;
    if (w >= wrap.widest) continue;
    const narrower = greedyWrap(words, w, fontSize, bold);
    if (narrower.lines.length !== wrap.lines.length) break;
    wrap = narrower;
  }
  return wrap.lines;
}

/** Fills lines word by word; returns them and the estimated width of the widest. */
function greedyWrap(words: string[], maxWidth: number, fontSize: number, bold: boolean): { lines: string[]; widest: number } {
  const lines: string[] = [];
  let widest = 0;
  let line = "";
  let em = 0;
  for (const word of words) {
    const nextEm = line ? addEms(addEms(em, " "), word) : addEms(0, word);
    if (line && emsToWidth(nextEm, fontSize, bold) > maxWidth) {
      lines.push(line);
      widest = Math.max(widest, emsToWidth(em, fontSize, bold));
      line = word;
      em = addEms(0, word);
    } else {
      line = line ? `${line} ${word}` : word;
      em = nextEm;
    }
  }
  if (line) {
    lines.push(line);
    widest = Math.max(widest, emsToWidth(em, fontSize, bold));
  }
  return lines.length ? { lines, widest } : { lines: [""], widest: 0 };
}
