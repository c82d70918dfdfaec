/**
 * A figure is complete wherever it appears (issue 15): its finding as title, its source line, its
 * data table (behind "Xem số liệu" in articles, open on its own page), in articles, chart pages,
 * embeds and the standalone SVG; the chart page does not repeat its h1.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/lib/format.ts";
import { getSite } from "../../src/model/siteStore.ts";
import type { Article, Dataset } from "../../src/model/types.ts";
import { DIST, page, ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
const articleOf = (d: Dataset): Article => site.articles.find((a) => a.slug === d.article)!;
const sourceLine = (a: Article) => `Nguồn: ${a.data.publisher}, ${formatDate(a.data.date)} · Số liệu: Cột Mốc`;
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("in articles", () => {
  for (const a of site.articles) {
    const doc = page(`bai-viet/${a.slug}/index.html`);
    const figures = [...doc.querySelectorAll("figure.cm-figure")];
    it(`${a.slug}: has its charts`, () => expect(figures.length).toBe(a.scan.charts.length));
    for (const fig of figures) {
      const d = site.datasets.find((x) => x.id === fig.getAttribute("data-chart"))!;
      it(`${d.id}: the finding as its heading, the source line, the table behind "Xem số liệu"`, () => {
        expect(text(fig.querySelector("figcaption h2, figcaption h3"))).toBe(d.headline);
        expect(text(fig.querySelector("p.cm-source"))).toBe(sourceLine(articleOf(d)));
        const details = fig.querySelector("details.cm-data");
        expect(details?.hasAttribute("open")).toBe(false);
        expect(text(details?.querySelector("summary"))).toBe("Xem số liệu");
        // Still in the page, for screen readers and with JavaScript off.
        expect(details?.querySelectorAll("tbody tr").length).toBe(d.figures.length + d.derived.length);
      });
    }
  }
});

describe("on chart pages", () => {
  for (const d of site.datasets) {
    it(`${d.id}: the finding is the one h1, the figure does not repeat it; source line and open table`, () => {
      const doc = page(`bieu-do/${d.id}/index.html`);
      expect([...doc.querySelectorAll("h1")].map(text)).toEqual([d.headline]);
      const fig = doc.querySelector("figure.cm-figure");
      expect(fig?.querySelector("figcaption h2, figcaption h3")).toBeNull();
      expect(text(fig?.querySelector("p.cm-source"))).toBe(sourceLine(articleOf(d)));
      expect(fig?.querySelector("details")).toBeNull();
      expect(fig?.querySelectorAll("table tbody tr").length).toBe(d.figures.length + d.derived.length);
    });
  }
});

describe("in embeds and downloads", () => {
  for (const d of site.datasets) {
    it(`${d.id}: the embed and the SVG download carry the finding and the source`, () => {
      const a = articleOf(d);
      const doc = page(`bieu-do/${d.id}/nhung/index.html`);
      expect(text(doc.querySelector("h1"))).toBe(d.headline);
      expect(text(doc.querySelector(".cm-source"))).toContain(
        `Nguồn: ${a.data.title} (${a.data.publisher}, ${formatDate(a.data.date)})`,
      );
      const svg = readFileSync(join(DIST, `bieu-do/${d.id}.svg`), "utf8");
      expect(svg).toContain(`<title>${d.headline.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title>`);
      expect(svg).toMatch(/>Nguồn: /);
    });
  }
});

describe("finding titles", () => {
  it("are bound to data: every number in a headline is a figure's number, none typed", () => {
    for (const d of site.datasets) {
      const numbers = d.headline.match(/\d+(?:[.,]\d+)*/g) ?? [];
      const figureTexts = [...d.figures, ...d.derived].map((f) => f.text).join(" ");
      for (const n of numbers) expect(figureTexts, `${d.id}: ${n}`).toContain(n);
    }
  });
});
