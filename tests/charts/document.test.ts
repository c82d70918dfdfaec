import { describe, expect, it } from "vitest";
import { attributesInOrder, chartDocument, svgElement } from "../../src/charts/document.ts";
import { finishSvg } from "../../src/charts/postprocess.ts";

describe("the chart document", () => {
  it("is one document, created once", () => {
    expect(chartDocument()).toBe(chartDocument());
  });

  it("lists attributes first set first, a value set again keeping its place", () => {
    const el = svgElement("g", { a: "1", b: "2", c: "3" });
    el.setAttribute("b", "4");
    el.removeAttribute("a");
    el.setAttribute("d", "5");
    el.setAttribute("a", "6");
    expect(attributesInOrder(el)).toEqual([
      ["b", "4"],
      ["c", "3"],
      ["d", "5"],
      ["a", "6"],
    ]);
  });

  it("serializes a chart's attributes in the order they were set, children in document order", () => {
    const svg = svgElement("svg", { viewBox: "0 0 10 10" }, [
      svgElement("rect", { x: 1, y: 2, width: 3, height: 4, fill: "red" }),
      svgElement("text", { x: 5, dy: "1em" }, ["a < b & c"]),
    ]);
    const markup = finishSvg(svg, { title: "T", description: "D" });
    expect(markup).toContain('<rect x="1" y="2" width="3" height="4" fill="red"/>');
    expect(markup).toContain('<text x="5" dy="1em">a &lt; b &amp; c</text>');
    expect(markup.indexOf("<title>")).toBeLessThan(markup.indexOf("<desc>"));
    expect(markup.indexOf("<desc>")).toBeLessThan(markup.indexOf("<rect"));
    expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="cm-chart" role="img" aria-label="T"')).toBe(true);
  });
});
