/**
 * Writes opaque RGBA pixels as a PNG, lossless. A chart or card holds a few dozen to a couple of
 * hundred colours (its inks, and their anti-aliased edges on the paper), so it is written with a
 * palette, one byte a pixel: the same pixels in about two thirds of the bytes, encoded faster.
 * Anything else (more than 256 colours, a pixel not opaque) is written as RGBA.
 *
 * The deflate is the Rust png crate's, through @napi-rs/image, which only takes RGBA pixels: with no
 * filter, a row of W palette indices is the same bytes as a row of W / 4 RGBA pixels, so the crate
 * compresses the indices as an image a quarter as wide, and the header is then rewritten to say what
 * they are (IHDR: width W, colour type 3) with the palette (PLTE) after it.
 */
import { crc32 } from "node:zlib";
import { CompressionType, FilterType, Transformer } from "@napi-rs/image";

/** How the crate writes: default deflate, and no filter (charts are flat colours, see raster.ts). */
const ENCODE = { compressionType: CompressionType.Default, filterType: FilterType.NoFilter } as const;

/** What a PNG's bytes depend on besides its pixels (part of its identity in the build cache): change it with the format. */
export const PNG_ENCODING = "palette up to 256 colours else RGBA; png crate, default deflate, no filter";

/** Open addressing: 1,024 slots for at most 256 colours, so a probe rarely goes past its first slot. */
const SLOTS = 1024;
const slotColour = new Int32Array(SLOTS);
const slotIndex = new Int16Array(SLOTS).fill(-1);
/** Room for an image's indices, reused so a new image does not fault in fresh pages. */
let indexBuffer = new Uint8Array(0);

/**
 * Returns the palette (0xBBGGRR colours in order of first appearance) and each pixel's index in it
 * (a view of the reused buffer, valid until the next call); undefined when a pixel is not opaque or
 * there are more than 256 colours.
 */
function palette(pixels: Int32Array): { colours: number[]; indices: Uint8Array } | undefined {
  if (indexBuffer.length < pixels.length) indexBuffer = new Uint8Array(pixels.length);
  const out = indexBuffer;
  const colours: number[] = [];
  const used: number[] = [];
  let previous = ~(pixels[0] ?? 0); // not the first pixel
  let index = 0;
  let fits = true;
  for (let i = 0; i < pixels.length; i++) {
    const pixel = pixels[i] ?? 0;
    if (pixel !== previous) {
      // Little-endian RGBA: alpha is the top byte.
      if (pixel >>> 24 !== 0xff) {
        fits = false;
        break;
      }
      const colour = pixel & 0xffffff;
      let slot = Math.imul(colour, 0x9e3779b1) >>> 22;
      while (slotIndex[slot] !== -1 && slotColour[slot] !== colour) slot = (slot + 1) & (SLOTS - 1);
      if (slotIndex[slot] === -1) {
        if (colours.length === 256) {
          fits = false;
          break;
        }
        slotColour[slot] = colour;
        slotIndex[slot] = colours.length;
        used.push(slot);
        colours.push(colour);
      }
      index = slotIndex[slot] ?? 0;
      previous = pixel;
    }
    out[i] = index;
  }
  for (const slot of used) slotIndex[slot] = -1;
  return fits ? { colours, indices: out.subarray(0, pixels.length) } : undefined;
}

/** Returns a PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}

/** Returns `png` (the crate's, of the indices as RGBA at a quarter width) as the palette image it holds. */
function asPaletteImage(png: Buffer, width: number, colours: number[]): Buffer {
  const parts: Buffer[] = [png.subarray(0, 8)];
  const plte = Buffer.alloc(colours.length * 3);
  colours.forEach((c, i) => {
    plte[i * 3] = c & 0xff;
    plte[i * 3 + 1] = (c >>> 8) & 0xff;
    plte[i * 3 + 2] = (c >>> 16) & 0xff;
  });
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    if (type === "IHDR") {
      const header = Buffer.from(png.subarray(at + 8, at + 8 + length));
      header.writeUInt32BE(width, 0);
      header[8] = 8; // bits per index
      header[9] = 3; // colour type: palette
      parts.push(chunk("IHDR", header), chunk("PLTE", plte));
    } else parts.push(png.subarray(at, at + 12 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

/** The pixels are read four bytes at a time, which puts alpha in the top byte only on a little-endian machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Returns the PNG of `rgba` (`width` × `height` pixels, 4 bytes each, not premultiplied unless opaque). */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const indexed =
    LITTLE_ENDIAN && width % 4 === 0 && rgba.byteOffset % 4 === 0
      ? palette(new Int32Array(rgba.buffer, rgba.byteOffset, width * height))
      : undefined;
  if (!indexed) return Transformer.fromRgbaPixels(rgba, width, height).pngSync(ENCODE);
  const png = Transformer.fromRgbaPixels(indexed.indices, width / 4, height).pngSync(ENCODE);
  return asPaletteImage(png, width, indexed.colours);
}
