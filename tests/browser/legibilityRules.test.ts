/** The legibility rules the browser suite applies (tests/helpers/legibility.ts), on drawings made up here. */
import { describe, expect, it } from "vitest";
import {
  formatProblems,
  legibilityProblems,
  pageName,
  type ChartSeen,
  type Label,
  type Rule,
  type Seen,
} from "../helpers/legibility.ts";

const label = (text: string, left: number, top: number, right: number, bottom: number, px = 15): Label => ({
  text,
  box: { left, top, right, bottom },
  runs: [{ mark: 0, text, px }],
});
const rule = (x1: number, y1: number, x2: number, y2: number): Rule => ({ x1, y1, x2, y2, width: 1 });
const chart = (labels: Label[], rules: Rule[] = []): ChartSeen => ({
  chart: "x",
  drawing: 320,
  box: { left: 0, top: 0, right: 320, bottom: 200 },
  labels,
  rules,
});
const kinds = (c: ChartSeen) => legibilityProblems(c).map((p) => `${p.kind} ${p.text}`);

describe("legibility rules", () => {
  it("pass a clean drawing: labels apart, inside, beside the zero rule, tick label at its end", () => {
    const c = chart(
      [label("Nhóm A", 0, 10, 90, 30), label("Nhóm B", 0, 40, 90, 60), label("0", 95, 181, 105, 200)],
      [rule(100, 0, 100, 180), rule(150, 0, 150, 200)],
    );
    expect(kinds(c)).toEqual([]);
  });

  it("allow boxes that touch or cross by 1 px (a font's line box is taller than its ink)", () => {
    expect(kinds(chart([label("A", 0, 10, 90, 30.9), label("B", 0, 30, 90, 50), label("C", -0.9, 60, 320.9, 80)]))).toEqual([]);
  });

  it("catch small text, overlapping texts, text outside, and a label the zero rule runs through", () => {
    const c = chart(
      [label("nhỏ", 0, 0, 20, 10, 11.9), label("A", 0, 20, 90, 40), label("B", 50, 35, 120, 55), label("C", 300, 100, 330, 120)],
      [rule(60, 0, 60, 15), rule(200, 60, 200, 200)],
    );
    expect(kinds(c)).toEqual(["small “nhỏ”", "outside “C”", "overlap “A” × “B”"]);
    expect(kinds(chart([label("Hộ", 0, 100, 90, 120)], [rule(6, 0, 6, 200)]))).toEqual(["rule “Hộ”"]);
    // A grid line broken where the label is (rowChart.ts) passes; run through it, it is caught like any line.
    expect(kinds(chart([label("Hộ", 0, 100, 90, 120)], [rule(6, 0, 6, 97), rule(6, 123, 6, 200)]))).toEqual([]);
  });

  it("say once when every text of a drawing is too small", () => {
    const c = chart([label("A", 0, 0, 10, 10, 6.5), label("B", 0, 20, 10, 30, 7)]);
    expect(legibilityProblems(c).map((p) => `${p.text}: ${p.measure}`)).toEqual([
      "every text of the drawing (2): 6.5 px to 7.0 px",
    ]);
  });

  it("report by chart and kind, places together, a scheme only when the other one passed", () => {
    const seen: Seen[] = [320, 360].flatMap((width) =>
      (["light", "dark"] as const).map((scheme) => ({
        kind: "small",
        chart: "ho-gia-dinh",
        text: "“0”",
        measure: width === 320 ? "6.3 px" : "7.2 px",
        path: "bieu-do/ho-gia-dinh/nhung/",
        width,
        scheme,
        drawing: 640,
      })),
    );
    seen.push({ ...seen[0]!, kind: "overlap", text: "“A” × “B”", measure: "3.0 px × 2.0 px", path: "bieu-do/ho-gia-dinh/" });
    expect(formatProblems(seen).split("\n")).toEqual([
      "5 times (page × width × scheme), on 1 charts:",
      "",
      "■ ho-gia-dinh: text under 12 CSS px",
      "  in embed at 320, 360 px (drawing 640)",
      "    “0”: 6.3 px at 320 px, 7.2 px at 360 px",
      "",
      "■ ho-gia-dinh: texts over each other",
      "  in chart page at 320 px (drawing 640, light only)",
      "    “A” × “B”: 3.0 px × 2.0 px",
    ]);
    expect(pageName("bieu-do/x/v/1/nhung/")).toBe("embed v/1");
  });
});
