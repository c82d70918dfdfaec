/**
 * Property test (fast-check, seeded): in a split bar (src/charts/stack.ts), the numbers written above
 * the bar for segments too narrow to hold them stay inside the chart, never touch each other, and no
 * leader runs through a number other than its own, at every width the site draws. Datasets are built
 * as the site builds them (tests/charts/fixtures.ts); boxes are read from the drawn SVG and measured
 * with the site's text metrics.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawStack } from "../../src/charts/stack.ts";
import { NARROW_WIDTH, SMALL_FONT_SIZE, WIDTH } from "../../src/charts/theme.ts";
import { measureText } from "../../src/design/textMetrics.ts";
import { fixture } from "./fixtures.ts";

const RUNS = { seed: 20261205, numRuns: 120 };

/** A part's size: mostly large, sometimes a sliver, so slivers meet at either end of the bar. */
const part = fc.oneof(fc.integer({ min: 200, max: 5000 }), fc.integer({ min: 1, max: 60 }));

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

describe("numbers above a split bar", () => {
  it("stay inside the chart, apart, and clear of every other leader", () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 2, maxLength: 7 }), fc.constantFrom(WIDTH, 420, NARROW_WIDTH), (parts, width) => {
        const total = parts.reduce((a, b) => a + b, 0);
        const n = (v: number) => v.toLocaleString("vi-VN");
        const d = fixture({
          id: "nhom-ho",
          article: "bai-mau",
          title: "Hộ gia đình theo nhóm",
          description: "Các nhóm hộ gia đình.",
          relationship: "partition",
          unit: "hộ",
          values: [
            { key: "tong", label: "Tổng số hộ", value: total, quote: `tổng cộng ${n(total)} hộ` },
            ...parts.map((v, i) => ({
              key: `nhom-${i}`,
              label: `Nhóm ${i + 1}`,
              value: v,
              quote: `nhóm ${i + 1} có ${n(v)} hộ`,
            })),
          ],
          total: { key: "tong" },
        });
        const svg = drawStack(d, width);
        if (!svg) throw new Error("no drawing");
        const placed = [...svg.querySelectorAll("line")]
          .filter((l) => l.previousElementSibling?.getAttribute("font-size") === String(SMALL_FONT_SIZE))
          .map((line) => {
            const text = line.previousElementSibling!;
            const x = Number(text.getAttribute("x"));
            const baseline = Number(text.getAttribute("y"));
            const w = measureText(text.textContent ?? "", SMALL_FONT_SIZE, true);
            const anchor = text.getAttribute("text-anchor");
            const left = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
            const box: Box = { left, right: left + w, top: baseline - SMALL_FONT_SIZE, bottom: baseline + 3 };
            const leader = {
              x: Number(line.getAttribute("x1")),
              top: Number(line.getAttribute("y1")),
              bottom: Number(line.getAttribute("y2")),
            };
            return { text: text.textContent ?? "", box, leader };
          });
        for (const a of placed) {
          expect(a.box.left, `${a.text} at ${width}`).toBeGreaterThanOrEqual(-0.5);
          expect(a.box.right, `${a.text} at ${width}`).toBeLessThanOrEqual(width + 0.5);
          for (const b of placed) {
            if (a === b) continue;
            const apart =
              a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
            expect(apart, `${a.text} and ${b.text} at ${width}`).toBe(true);
            const through =
              b.leader.x > a.box.left + 0.5 &&
              b.leader.x < a.box.right - 0.5 &&
              b.leader.top < a.box.bottom &&
              b.leader.bottom > a.box.top;
            expect(through, `${b.text}'s leader through ${a.text} at ${width}`).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });
});
