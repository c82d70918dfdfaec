/** src/publish/standalone.ts: a chart as an SVG file of its own, and the PNG drawn from it. */
import { JSDOM } from "jsdom";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { oembed } from "../../src/embed/embedCode.ts";
import { formatDate } from "../../src/lib/format.ts";
import { articleBySlug } from "../../src/model/lookups.ts";
import { PNG_WIDTH, pngSize } from "../../src/publish/imageSize.ts";
import { chartLinks, creditUrl } from "../../src/publish/links.ts";
import { chartNotes } from "../../src/publish/notes.ts";
import { svgToPng } from "../../src/publish/raster.ts";
import { standaloneSvg } from "../../src/publish/standalone.ts";
import { hostileArticle, hostileCells } from "../charts/fixtures.ts";
import { cases, site } from "../helpers/site.ts";

describe("standalone SVG and PNG", () => {
  const parse = (svg: string) => new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;

  it.each(cases)("%s: well-formed, sized, titled, with the chart, notes and source line", (_, d, a) => {
    const links = chartLinks(d);
    const { svg, width, height } = standaloneSvg(d, a, links);
    const doc = parse(svg);
    expect(doc.querySelector("parsererror")).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual([String(width), String(height)]);
    expect(root.querySelector(":scope > title")?.textContent).toBe(d.headline);
    expect(root.querySelector("svg.cm-chart")).not.toBeNull();
    const text = [...root.querySelectorAll(":scope > text")]
      .map((t) => [...t.children].map((s) => s.textContent).join(" "))
      .join("\n");
    expect(text).toContain(a.data.publisher);
    expect(text).toContain(formatDate(a.data.date));
    expect(text).toContain(`Số liệu và biểu đồ: Cột Mốc${creditUrl(links) ? `, ${links.page}` : ""}`);
    for (const note of chartNotes(d)) expect(text.replace(/\s+/g, " ")).toContain(note.replace(/\s+/g, " "));
  });

  it("credits the site with the chart's address on a real host, and by name alone when the build names localhost", () => {
    const [, d, a] = cases[0] ?? [];
    if (!d || !a) throw new Error("no dataset");
    const credit = (page: string) => {
      const doc = parse(standaloneSvg(d, a, { ...chartLinks(d), page }).svg);
      return [...doc.querySelectorAll("svg > text")]
        .map((t) => t.textContent ?? "")
        .find((t) => t.startsWith("Số liệu và biểu đồ"));
    };
    expect(credit("https://example.org/bieu-do/x/")).toBe("Số liệu và biểu đồ: Cột Mốc, https://example.org/bieu-do/x/");
    expect(credit("http://localhost:4321/bieu-do/x/")).toBe("Số liệu và biểu đồ: Cột Mốc");
  });

  it("escapes markup in titles, labels and the article", () => {
    const d = hostileCells();
    const doc = parse(standaloneSvg(d, hostileArticle(), chartLinks(d)).svg);
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelectorAll("script, b, i, img")).toHaveLength(0);
    expect(doc.documentElement.textContent).toContain("</script><script>alert(1)</script>");
  });

  it("draws a table-only dataset as a list of its figures", () => {
    const d = site.datasets.find((x) => x.kind === "table");
    if (!d) throw new Error("no table-only dataset");
    const doc = parse(standaloneSvg(d, articleBySlug(site, d.article), chartLinks(d)).svg);
    const drawn = doc.querySelector("svg.cm-chart")?.textContent ?? "";
    for (const f of d.figures) expect(drawn).toContain(f.text);
  });

  it("becomes a PNG at least 1200 px wide, at the size oEmbed announces", async () => {
    const [, d, a] = cases.find(([, x]) => x.totalNote) ?? cases[0] ?? [];
    if (!d || !a) throw new Error("no dataset");
    const { svg, height } = standaloneSvg(d, a, chartLinks(d));
    const png = PNG.sync.read(await svgToPng(svg, PNG_WIDTH));
    expect(PNG_WIDTH).toBeGreaterThanOrEqual(1200);
    expect({ width: png.width, height: png.height }).toEqual(pngSize(height));
    const o = oembed(d, a, chartLinks(d));
    expect({ width: o.thumbnail_width, height: o.thumbnail_height }).toEqual(pngSize(height));
  });

  it("announces in oEmbed the height of the SVG laid out now, whatever was laid out before", () => {
    for (const [, d, a] of cases) oembed(d, a, chartLinks(d));
    for (const [, d, a] of cases) {
      const o = oembed(d, a, chartLinks(d));
      expect(o.thumbnail_height).toBe(pngSize(standaloneSvg(d, a, chartLinks(d)).height).height);
      // Another address changes the source line's wrap: the height is laid out again, not reused.
      const elsewhere = { ...chartLinks(d), page: `https://example.org/${"rất-dài-".repeat(12)}/` };
      expect(oembed(d, a, elsewhere).thumbnail_height).toBe(pngSize(standaloneSvg(d, a, elsewhere).height).height);
    }
  });
});
