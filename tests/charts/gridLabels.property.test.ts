/**
 * Property test (fast-check, seeded): in a horizontal bar chart (src/charts/rowChart.ts), at any
 * width the site draws it, no gridline runs through a value label ("21 chi | bộ"). Each label's box
 * is read from the drawn SVG (its group's and its own translation) and measured with the site's text
 * metrics; the gridlines are the drawn ones.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureText } from "../../src/design/textMetrics.ts";
import { drawRowChart, type BarRow } from "../../src/charts/rowChart.ts";
import { FONT_SIZE, NARROW_WIDTH, WIDTH } from "../../src/charts/theme.ts";

const RUNS = { seed: 20261205, numRuns: 150 };

/** Returns the x and y of an element's `translate(x,y)`, or zeros. */
function translation(el: Element | null): [number, number] {
  const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(el?.getAttribute("transform") ?? "");
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

const unit = fc.constantFrom("chi bộ", "hộ", "km", "đồng", "người", "%");
const row = fc.record({
  value: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 5_000_000 })),
  label: fc.constantFrom("Chi bộ thôn giáp biên", "Hộ có đất canh tác sản xuất sát biên giới", "Khác", "Gia đình chính sách"),
  unit,
  bold: fc.boolean(),
});

describe("gridlines and value labels", () => {
  it("no gridline crosses a value label, wide, narrow or in between", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 7 }),
        fc.constantFrom(WIDTH, 560, 420, NARROW_WIDTH),
        (specs, width) => {
          const rows: BarRow[] = specs.map((s, i) => ({
            key: `k${i}`,
            label: s.label,
            value: s.value,
            text: `${s.value.toLocaleString("vi-VN")} ${s.unit}`,
            fill: "#1f5f8b",
            bold: s.bold,
          }));
          const svg = drawRowChart({ rows, width });
          const lines = [...svg.querySelectorAll("g.cm-grid line")].map((l) => ({
            x: Number(l.getAttribute("x1")),
            y0: Number(l.getAttribute("y1")),
            y1: Number(l.getAttribute("y2")),
          }));
          expect(lines.length).toBeGreaterThan(0);
          const labels = [...svg.querySelectorAll('g[text-anchor="start"][font-weight] text')];
          expect(labels.length).toBe(rows.length);
          for (const text of labels) {
            const [gx, gy] = translation(text.parentElement);
            const [tx, ty] = translation(text);
            const bold = text.parentElement?.getAttribute("font-weight") === "700";
            const left = gx + tx;
            const right = left + measureText(text.textContent ?? "", FONT_SIZE, bold);
            // The label is centred on its bar's band: its glyphs (diacritics included) lie within ±9 units.
            const middle = gy + ty;
            for (const l of lines)
              if (l.x > left - 1 && l.x < right + 1)
                expect(l.y1 <= middle - 9 || l.y0 >= middle + 9, `${text.textContent} at ${width}: line x=${l.x}`).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });
});
