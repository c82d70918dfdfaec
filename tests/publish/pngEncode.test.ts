/**
 * The PNG writer: a palette image when the pixels allow it (opaque, 256 colours or fewer, a width the
 * crate's quarter-width trick can carry), RGBA otherwise; the same pixels either way, read back by an
 * independent decoder (pngjs, which checks every chunk's CRC).
 */
import fc from "fast-check";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { encodePng } from "../../src/publish/pngEncode.ts";

/** The colour type in a PNG's header: 3 palette, 6 RGBA. */
const colourType = (png: Buffer) => png[25];

/** Returns `width` × `height` RGBA pixels whose pixel i has colour `colourOf(i)` (0xRRGGBB) and alpha `alphaOf(i)`. */
function image(width: number, height: number, colourOf: (i: number) => number, alphaOf: (i: number) => number = () => 255) {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const c = colourOf(i);
    rgba.set([(c >> 16) & 255, (c >> 8) & 255, c & 255, alphaOf(i)], i * 4);
  }
  return rgba;
}

/** Encodes, decodes with pngjs, and checks the pixels came back as they went in; returns the PNG. */
function roundTrip(rgba: Uint8Array, width: number, height: number): Buffer {
  const png = encodePng(rgba, width, height);
  const back = PNG.sync.read(png);
  expect([back.width, back.height]).toEqual([width, height]);
  expect(Buffer.from(back.data).equals(Buffer.from(rgba))).toBe(true);
  return png;
}

describe("encodePng", () => {
  it("writes a palette image for 256 colours and RGBA for 257, the same pixels both", () => {
    const at256 = roundTrip(
      image(32, 16, (i) => (i % 256) * 0x010203),
      32,
      16,
    );
    expect(colourType(at256)).toBe(3);
    const at257 = roundTrip(
      image(32, 16, (i) => (i % 257) * 0x010203),
      32,
      16,
    );
    expect(colourType(at257)).toBe(6);
  });

  it("writes RGBA when a pixel is not opaque, or when the width is not a multiple of four", () => {
    expect(
      colourType(
        roundTrip(
          image(
            8,
            4,
            () => 0x336699,
            (i) => (i === 30 ? 254 : 255),
          ),
          8,
          4,
        ),
      ),
    ).toBe(6);
    expect(
      colourType(
        roundTrip(
          image(10, 3, (i) => (i % 3) * 0x404040),
          10,
          3,
        ),
      ),
    ).toBe(6);
  });

  it("a palette image is smaller than the same pixels in RGBA", () => {
    // Bands of flat colour beside a strip of many greys, the way a chart looks; one column more
    // makes the width odd, which the crate's quarter-width rows cannot carry, so it is written as RGBA.
    const chartLike = (width: number) =>
      image(width, 200, (i) => (i % width < 300 ? (Math.floor(i / width) % 20 < 10 ? 0x1f5f8b : 0xffffff) : (i * 7) % 64));
    const palette = roundTrip(chartLike(400), 400, 200);
    const asRgba = roundTrip(chartLike(401), 401, 200);
    expect(colourType(palette)).toBe(3);
    expect(colourType(asRgba)).toBe(6);
    expect(palette.length).toBeLessThan(asRgba.length);
  });

  it("gives back any image's pixels, one image after another (the index buffer and the colour table are reused)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            width: fc.integer({ min: 1, max: 24 }),
            height: fc.integer({ min: 1, max: 12 }),
            colours: fc.array(fc.integer({ min: 0, max: 0xffffff }), { minLength: 1, maxLength: 300 }),
            picks: fc.array(fc.nat(), { minLength: 1, maxLength: 64 }),
            translucent: fc.boolean(),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (images) => {
          for (const { width, height, colours, picks, translucent } of images) {
            const colourOf = (i: number) => colours[(picks[i % picks.length] ?? 0) % colours.length] ?? 0;
            roundTrip(
              image(width, height, colourOf, (i) => (translucent && i === 0 ? 128 : 255)),
              width,
              height,
            );
          }
        },
      ),
      { seed: 20261206, numRuns: 200 },
    );
  });

  it("is deterministic: the same pixels give the same bytes", () => {
    const rgba = image(64, 32, (i) => (i * 2654435761) % 97);
    expect(encodePng(rgba, 64, 32).equals(encodePng(rgba, 64, 32))).toBe(true);
  });
});
