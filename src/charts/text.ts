/**
 * Text in charts: an estimate of its width (no font engine at build time), wrapping of long
 * Vietnamese labels into lines, and tick formatting. Estimates err on the wide side so text fits.
 */
import { formatCompact, formatNumber } from "../lib/format.ts";

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

/** Returns the estimated width of `text` at `fontSize` (in the same units), bold if `bold`. */
export function measureText(text: string, fontSize: number, bold = false): number {
  // Diacritics stack above and below the base letter: measure the base letters only.
  const base = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  let em = 0;
  for (const ch of base) em += WIDTHS.find(([re]) => re.test(ch))?.[1] ?? DEFAULT_WIDTH;
  return em * fontSize * SLACK * (bold ? BOLD : 1);
}

/** Narrowing step when balancing wrapped lines. */
const BALANCE_STEP = 4;

/**
 * Returns `text` broken at spaces into lines no wider than `maxWidth` (a long word stays whole),
 * balanced so the last line is not a lone word: "Chi bộ thôn còn hạn / chế, yếu kém".
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  let lines = greedyWrap(text, maxWidth, fontSize, bold);
  if (lines.length < 2) return lines;
  for (let w = maxWidth - BALANCE_STEP; w > 0; w -= BALANCE_STEP) {
    const narrower = greedyWrap(text, w, fontSize, bold);
    if (narrower.length !== lines.length) break;
    lines = narrower;
  }
  return lines;
}

function greedyWrap(text: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measureText(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/** Returns an axis tick the Vietnamese way: "64", "0,5", "50 triệu". */
export function formatTick(n: number): string {
  return Math.abs(n) >= 1e6 ? formatCompact(n) : formatNumber(n);
}
