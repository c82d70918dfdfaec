/**
 * Hostile and invisible text: characters that change what a reader sees without showing themselves
 * (bidirectional controls turn "gnp.exe" into "exe.png"; zero-width spaces make a quote differ from
 * its article invisibly), and characters the PNG font cannot draw (emoji, CJK: empty boxes).
 * Each is named by its U+ code and name and its position, so an editor can find and delete it.
 */
import { drawableCodePoints } from "../design/glyphs.ts";

/** Characters that reorder text or join/split it invisibly, with their Unicode names. */
export const INVISIBLE: ReadonlyMap<number, string> = new Map([
  [0x061c, "ARABIC LETTER MARK"],
  [0x200b, "ZERO WIDTH SPACE"],
  [0x200c, "ZERO WIDTH NON-JOINER"],
  [0x200d, "ZERO WIDTH JOINER"],
  [0x200e, "LEFT-TO-RIGHT MARK"],
  [0x200f, "RIGHT-TO-LEFT MARK"],
  [0x202a, "LEFT-TO-RIGHT EMBEDDING"],
  [0x202b, "RIGHT-TO-LEFT EMBEDDING"],
  [0x202c, "POP DIRECTIONAL FORMATTING"],
  [0x202d, "LEFT-TO-RIGHT OVERRIDE"],
  [0x202e, "RIGHT-TO-LEFT OVERRIDE"],
  [0x2060, "WORD JOINER"],
  [0x2066, "LEFT-TO-RIGHT ISOLATE"],
  [0x2067, "RIGHT-TO-LEFT ISOLATE"],
  [0x2068, "FIRST STRONG ISOLATE"],
  [0x2069, "POP DIRECTIONAL ISOLATE"],
  [0xfeff, "ZERO WIDTH NO-BREAK SPACE"],
]);

/** Returns a code point as "U+202E". */
export function codeOf(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Returns what an editor is told about an invisible character: "U+202E (RIGHT-TO-LEFT OVERRIDE, ký tự điều khiển hướng chữ)". */
export function describeInvisible(cp: number): string {
  const kind =
    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c;
  return `${codeOf(cp)} (${INVISIBLE.get(cp) ?? "?"}, ${kind ? "ký tự điều khiển hướng chữ" : "ký tự rộng bằng không"})`;
}

/** Returns `s` without its invisible characters. */
export function stripInvisible(s: string): string {
  let out = "";
  for (const ch of s) if (!INVISIBLE.has(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/** Returns the message for the first invisible character of `s`, or undefined: "ký tự vô hình … ở ký tự thứ 5". */
export function invisibleProblem(s: string): string | undefined {
  let column = 0;
  for (const ch of s) {
    column++;
    const cp = ch.codePointAt(0) ?? 0;
    if (INVISIBLE.has(cp))
      return `có ký tự vô hình ${describeInvisible(cp)} ở ký tự thứ ${column}: người đọc không thấy nó nhưng nó đổi cách chữ hiện ra hoặc cách so khớp; xóa ký tự này (gõ lại đoạn chữ quanh nó).`;
  }
  return undefined;
}

/** Returns the message for the first character of `s` the PNG font cannot draw, or undefined. */
export function undrawableProblem(s: string): string | undefined {
  const drawable = drawableCodePoints();
  let column = 0;
  for (const ch of s) {
    column++;
    const cp = ch.codePointAt(0) ?? 0;
    // Line breaks and tabs are laid out as spaces, never drawn.
    if (cp === 0x0a || cp === 0x0d || cp === 0x09 || drawable.has(cp)) continue;
    return `ký tự "${ch}" (${codeOf(cp)}) ở ký tự thứ ${column} không có trong phông Noto Sans vẽ ảnh PNG và SVG: nó sẽ hiện thành ô trống. Viết bằng chữ thay cho ký tự này (biểu tượng cảm xúc, chữ Hán… không vẽ được).`;
  }
  return undefined;
}

/** Returns the line (1-based) and column of the first invisible character of a multi-line `source`, or undefined. */
export function firstInvisible(source: string): { line: number; column: number; cp: number } | undefined {
  const lines = source.split("\n");
  for (const [i, text] of lines.entries()) {
    let column = 0;
    for (const ch of text) {
      column++;
      const cp = ch.codePointAt(0) ?? 0;
      // A byte-order mark opening the file is not text.
      if (cp === 0xfeff && i === 0 && column === 1) continue;
      if (INVISIBLE.has(cp)) return { line: i + 1, column, cp };
    }
  }
  return undefined;
}

/** A string found in a parsed file, with its path ("values", 2, "label"). */
export interface StringLeaf {
  path: PropertyKey[];
  value: string;
}

/** Returns every string in `input` (objects and arrays walked in order) with its path. */
export function stringLeaves(input: unknown, path: PropertyKey[] = []): StringLeaf[] {
  if (typeof input === "string") return [{ path, value: input }];
  if (Array.isArray(input)) return input.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (input !== null && typeof input === "object")
    return Object.entries(input as Record<string, unknown>).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}
