/**
 * Property tests (fast-check, seeded): Vietnamese numerals written in every notation the site accepts
 * (vi grouping with "." and decimal ",", bare digits, a declared reading's other separator, scale
 * words, hedges before them) are read back by the quote check (`checkQuote`) as the value they were
 * written from, under the declared reading and only under it, and never as a value 1000× off; and
 * what the formatter writes (`spellings`, `formatQuantity`) the quote check reads as the same value.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity, QUALIFIERS, spellings, type Qualifier } from "../../src/lib/format.ts";
import { READINGS, twoReadings, WHOLE_UNITS, type Reading } from "../../src/lib/numerals.ts";
import { checkQuote } from "../../src/model/provenance.ts";

const RUNS = { seed: 16, numRuns: 400 };
const UNITS = ["km", "hộ", "đồng", "%", "", "ha", "lượt"];

/** A number as a writer writes it: its whole part, its fraction digits, and a notation. */
interface Written {
  int: number;
  frac: string;
  style: "vi" | "bare" | "dot-decimal" | "comma-thousands";
}

/** Returns the numeral as written, independently of the code under test. */
function write({ int, frac, style }: Written): string {
  const digits = String(int);
  if (style === "dot-decimal") return `${digits}.${frac}`;
  if (style === "comma-thousands") return `${Math.floor(int / 1000)},${String(int % 1000).padStart(3, "0")}`;
  if (style === "bare") return frac ? `${digits},${frac}` : digits;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return frac ? `${grouped},${frac}` : grouped;
}

/** Returns the value a writer meant. */
const meant = (w: Written) => Number(w.frac ? `${w.int}.${w.frac}` : w.int);

/** Returns the reading a dataset must declare for `numeral` to be read as the writer meant, if any. */
function readingFor(numeral: string, style: Written["style"]): Reading | undefined {
  if (style === "dot-decimal") return "thập phân";
  if (style === "comma-thousands") return "hàng nghìn";
  if (!twoReadings(numeral)) return undefined;
  return numeral.includes(".") ? "hàng nghìn" : "thập phân";
}

const written: fc.Arbitrary<Written> = fc.oneof(
  fc.record({
    int: fc.integer({ min: 0, max: 99_999_999 }),
    frac: fc.oneof(fc.constant(""), fc.stringMatching(/^\d{0,2}[1-9]$/)),
    style: fc.constantFrom("vi" as const, "bare" as const),
  }),
  fc.record({
    int: fc.integer({ min: 0, max: 99_999 }),
    frac: fc.stringMatching(/^\d{0,2}[1-9]$/),
    style: fc.constant("dot-decimal" as const),
  }),
  fc.record({
    int: fc.integer({ min: 1000, max: 999_999 }),
    frac: fc.constant(""),
    style: fc.constant("comma-thousands" as const),
  }),
);

const quoteOf = (hedge: Qualifier, numeral: string, unit: string) =>
  `theo báo cáo ${hedge === "exact" ? "" : `${hedge} `}${numeral}${unit === "%" ? "%" : ` ${unit}`} trong năm`.replace(
    /\s+/g,
    " ",
  );

const figure = (value: number, qualifier: Qualifier, unit: string, reading?: Reading) => ({
  value,
  qualifier,
  notation: "vi" as const,
  unit,
  ...(reading ? { reading } : {}),
});

describe("numerals written every way, read back by the quote check", () => {
  it("finds the value under the declared reading, with its hedge, and never 1000× off", () => {
    fc.assert(
      fc.property(written, fc.constantFrom(...QUALIFIERS), fc.constantFrom(...UNITS), (w, hedge, unit) => {
        const numeral = write(w);
        const value = meant(w);
        const quote = quoteOf(hedge, numeral, unit);
        const reading = readingFor(numeral, w.style);
        const whole = WHOLE_UNITS.includes(unit);
        // Under its reading (a unit of whole things needs none for a thousands group): found.
        expect(checkQuote(quote, quote, figure(value, hedge, unit, reading))).toEqual({ ok: true });
        // With another hedge: found, but the hedge is wrong.
        const other = QUALIFIERS.find((q) => q !== hedge)!;
        expect(checkQuote(quote, quote, figure(value, other, unit, reading))).toMatchObject({ reason: "hedge-mismatch" });
        // 1000× off, either way, under the same reading: never found.
        if (value !== 0)
          for (const off of [value * 1000, value / 1000])
            expect(checkQuote(quote, quote, figure(off, hedge, unit, reading)).ok).toBe(false);
        // Undeclared, a numeral with two readings is refused, unless its unit counts whole things: then it is thousands.
        const two = twoReadings(numeral);
        if (two && whole) expect(checkQuote(quote, quote, figure(value, hedge, unit)).ok).toBe(value === two.thousands);
        else if (two)
          expect(checkQuote(quote, quote, figure(value, hedge, unit))).toMatchObject({ reason: "ambiguous", written: numeral });
        // Under the other reading it states another value.
        if (two) {
          const wrong = READINGS.find((r) => r !== reading)!;
          expect(checkQuote(quote, quote, figure(value, hedge, unit, wrong)).ok).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it("reads a scale word: '1,5 tỷ', 'gần 125 triệu'", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.stringMatching(/^\d{0,2}[1-9]?$/),
        fc.constantFrom(["triệu", 1e6], ["tỷ", 1e9]),
        (int, frac, [word, factor]) => {
          const n = Number(frac ? `${int}.${frac}` : int);
          const numeral = `${write({ int, frac, style: "vi" })} ${word}`;
          const quote = `trị giá ${numeral} đồng`;
          const reading = readingFor(write({ int, frac, style: "vi" }), "vi");
          expect(checkQuote(quote, quote, figure(n * (factor as number), "exact", "đồng", reading))).toEqual({ ok: true });
          expect(checkQuote(quote, quote, figure(n * (factor as number) * 1000, "exact", "đồng", reading)).ok).toBe(false);
          expect(checkQuote(quote, quote, figure(n, "exact", `${word} đồng`, reading))).toEqual({ ok: true });
        },
      ),
      RUNS,
    );
  });
});

describe("what the formatter writes, the quote check reads as the same value", () => {
  const value = fc.oneof(
    fc.integer({ min: 0, max: 2_000_000_000 }),
    fc.integer({ min: 1, max: 99_999_999 }).map((n) => n / 1000),
    fc.integer({ min: 1, max: 9999 }).map((n) => n * 1e6),
  );

  it("every spelling of a value under a reading states that value, and not a value 1000× off", () => {
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, ...READINGS), fc.constantFrom(...UNITS), (v, reading, unit) => {
        for (const s of spellings(v, "vi", reading, unit)) {
          const quote = quoteOf("exact", s, unit);
          const verdict = checkQuote(quote, quote, figure(v, "exact", unit, reading));
          // Undeclared, the vi-VN spelling of a value with two readings is offered and asks for a reading.
          if (reading === undefined && !verdict.ok) expect(verdict).toMatchObject({ reason: "ambiguous" });
          else expect(verdict).toEqual({ ok: true });
          if (v !== 0) expect(checkQuote(quote, quote, figure(v * 1000, "exact", unit, reading)).ok).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it("a figure as readers see it (formatQuantity) reads back as itself, its hedge included", () => {
    // Values the display writes in full (above a million it rounds to three decimals of a scale word: issue 16 item 8).
    const shownInFull = fc.oneof(
      fc.integer({ min: 0, max: 999_999 }),
      fc.integer({ min: 1, max: 99_999_999 }).map((n) => n / 1000),
      fc.integer({ min: 1000, max: 999_999 }).map((n) => n * 1000),
    );
    fc.assert(
      fc.property(shownInFull, fc.constantFrom(...QUALIFIERS), fc.constantFrom(...UNITS), (v, q, unit) => {
        const shown = formatQuantity(v, unit, q);
        const numeral = /\d+(?:[.,]\d+)*/.exec(shown)![0];
        const reading = readingFor(numeral, "vi");
        expect(checkQuote(shown, shown, figure(v, q, unit, reading))).toEqual({ ok: true });
        if (v !== 0) expect(checkQuote(shown, shown, figure(v * 1000, q, unit, reading)).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it("bare digits (notation digits) are read only bare: '1625', never '1.625'", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        const digits = { value: n, qualifier: "exact" as const, notation: "digits" as const };
        const bare = `Nghị quyết số ${n}-NQ`;
        expect(checkQuote(bare, bare, digits)).toEqual({ ok: true });
        const grouped = `Nghị quyết số ${write({ int: n, frac: "", style: "vi" })}-NQ`;
        expect(checkQuote(grouped, grouped, digits).ok).toBe(n < 1000);
        expect(checkQuote(bare, bare, { ...digits, value: n * 1000 + 1 }).ok).toBe(false);
      }),
      RUNS,
    );
  });
});
