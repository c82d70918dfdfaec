/**
 * Which characters the PNG font can draw, read from the cmap table of the TTF files themselves (not a
 * hand-typed list): a character missing from them draws as an empty box in every PNG and embed.
 */
import { readFileSync } from "node:fs";
import { FONT_FILES } from "./typography.ts";

/** Returns the code points mapped to a glyph by a TrueType/OpenType font's Unicode cmap (formats 4 and 12). */
export function cmapCodePoints(font: Buffer): Set<number> {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (font.toString("latin1", rec, rec + 4) === "cmap") cmap = font.readUInt32BE(rec + 8);
  }
  if (cmap < 0) throw new Error("font has no cmap table");
  const out = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = font.readUInt16BE(cmap + 4 + i * 8);
    const encoding = font.readUInt16BE(cmap + 6 + i * 8);
    const at = cmap + font.readUInt32BE(cmap + 8 + i * 8);
    // Unicode subtables only: platform 0, or Windows (3) BMP (1) and full repertoire (10).
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const format = font.readUInt16BE(at);
    if (format === 4) readFormat4(font, at, out);
    else if (format === 12) readFormat12(font, at, out);
  }
  return out;
}

function readFormat4(font: Buffer, at: number, out: Set<number>): void {
  const segs = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const offsets = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const end = font.readUInt16BE(ends + s * 2);
    const start = font.readUInt16BE(starts + s * 2);
    const delta = font.readInt16BE(deltas + s * 2);
    const offsetAt = offsets + s * 2;
    const offset = font.readUInt16BE(offsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (offset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = font.readUInt16BE(offsetAt + offset + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
}

function readFormat12(font: Buffer, at: number, out: Set<number>): void {
  const groups = font.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const rec = at + 16 + g * 12;
    const [start, end, glyph] = [font.readUInt32BE(rec), font.readUInt32BE(rec + 4), font.readUInt32BE(rec + 8)];
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
  }
}

let drawable: Set<number> | undefined;

/** Returns the code points every PNG font file (regular and bold) can draw. */
export function drawableCodePoints(): ReadonlySet<number> {
  if (!drawable) {
    const [first = new Set<number>(), ...rest] = FONT_FILES.map((f) => cmapCodePoints(readFileSync(f)));
    drawable = new Set([...first].filter((c) => rest.every((r) => r.has(c))));
  }
  return drawable;
}
