import { describe, expect, it, vi } from "vitest";
import { attributesInOrder, chartDocument, svgElement } from "../../src/charts/document.ts";
import { finishSvg } from "../../src/charts/postprocess.ts";

describe("the chart document", () => {
  it("is one document, created once", () => {
    expect(chartDocument()).toBe(chartDocument());
  });

  it("gives its nodes and attributes no listener storage until a listener is added", async () => {
    const { EventTarget } = await import("linkedom");
    const el = svgElement("g", { a: "1" });
    // Node extends the light event target, not linkedom's (whose constructor stores a map per node).
    expect(el).not.toBeInstanceOf(EventTarget);
    expect(el.getAttributeNode("a")).not.toBeInstanceOf(EventTarget);
    expect(typeof el.addEventListener).toBe("function");
  });

  it("survives being loaded again while linkedom stays loaded, as `astro dev` does after an edit", async () => {
    chartDocument();
    vi.resetModules(); // this module is evaluated again; linkedom, a package, is not
    const again = await import("../../src/charts/document.ts");
    const { svg: markup } = finishSvg(again.svgElement("svg", { viewBox: "0 0 1 1" }, [again.svgElement("rect")]), {
      title: "T",
      description: "D",
    });
    expect(markup).toContain("<rect/>");
  });

  it("still dispatches events: at the target, bubbling, once, stopped, removed", () => {
    const ping = (bubbles = true) =>
      new (chartDocument().defaultView as unknown as { Event: typeof Event }).Event("ping", { bubbles });
    const outer = svgElement("g");
    const inner = svgElement("rect");
    outer.append(inner);
    const seen: string[] = [];
    const onOuter = (e: Event) => seen.push(`outer ${e.eventPhase} ${(e.target as Element).localName}`);
    outer.addEventListener("ping", onOuter);
    inner.addEventListener("ping", (e) => seen.push(`inner ${e.eventPhase}`), { once: true });
    inner.dispatchEvent(ping());
    inner.dispatchEvent(ping());
    inner.dispatchEvent(ping(false));
    expect(seen).toEqual(["inner 2", "outer 3 rect", "outer 3 rect"]);

    const stopper = (e: Event) => {
      seen.push("stopper");
      e.stopPropagation();
    };
    inner.addEventListener("ping", stopper);
    inner.dispatchEvent(ping());
    expect(seen.slice(3)).toEqual(["stopper"]);
    inner.removeEventListener("ping", stopper);
    outer.removeEventListener("ping", onOuter);
    inner.dispatchEvent(ping());
    expect(seen).toHaveLength(4);
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
    const { svg: markup, width, height } = finishSvg(svg, { title: "T", description: "D" });
    expect([width, height]).toEqual([10, 10]);
    expect(markup).toContain('<rect x="1" y="2" width="3" height="4" fill="red"/>');
    expect(markup).toContain('<text x="5" dy="1em">a &lt; b &amp; c</text>');
    expect(markup.indexOf("<title>")).toBeLessThan(markup.indexOf("<desc>"));
    expect(markup.indexOf("<desc>")).toBeLessThan(markup.indexOf("<rect"));
    expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="cm-chart" role="img" aria-label="T"')).toBe(true);
  });
});
