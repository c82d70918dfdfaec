/** src/publish/csv.ts: the CSV download, from the site model. */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/lib/format.ts";
import { articleBySlug } from "../../src/model/lookups.ts";
import type { Figure } from "../../src/model/types.ts";
import { CSV_HEADERS, datasetCsv } from "../../src/publish/csv.ts";
import { chartLinks, creditUrl } from "../../src/publish/links.ts";
import { hostileArticle, hostileCells } from "../charts/fixtures.ts";
import { cases, expected, site } from "../helpers/site.ts";

/** Returns a CSV download parsed back into one object per row, keyed by header. */
function parseCsv(csv: string): { fields: string[]; rows: Record<string, string>[] } {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

describe("CSV", () => {
  it.each(cases)("%s: BOM, Vietnamese headers, one row per figure, round-trips to the data", (_, d, a) => {
    const { fields, rows } = parseCsv(datasetCsv(d, a, chartLinks(d)));
    expect(fields).toEqual(Object.values(CSV_HEADERS));
    const C = CSV_HEADERS;
    const back = rows.map((r) => ({
      key: r[C.key],
      label: r[C.label],
      value: r[C.value] ? Number(r[C.value]) : undefined,
      date: r[C.date] || undefined,
      unit: r[C.unit],
      qualifier: r[C.qualifier] || "exact",
      quote: r[C.quote] || undefined,
      text: r[C.text],
    }));
    expect(back).toEqual([...d.figures, ...d.derived].map(expected));
    for (const r of rows) {
      expect(r[C.article]).toBe(a.data.title);
      expect(r[C.published]).toBe(formatDate(a.data.date));
      expect(r[C.url]).toBe(creditUrl(chartLinks(d)) ?? "Cột Mốc");
    }
  });

  it("gives the chart's page on a real host, and names the site instead of a localhost address", () => {
    const [, d, a] = cases[0] ?? [];
    if (!d || !a) throw new Error("no dataset");
    const urls = (page: string) => parseCsv(datasetCsv(d, a, { ...chartLinks(d), page })).rows.map((r) => r[CSV_HEADERS.url]);
    expect(new Set(urls("https://example.org/bieu-do/x/"))).toEqual(new Set(["https://example.org/bieu-do/x/"]));
    expect(new Set(urls("http://localhost:4321/bieu-do/x/"))).toEqual(new Set(["Cột Mốc"]));
  });

  it("writes the value in plain notation, the hedge as the article's word, the derived figure as derived", () => {
    const d = site.datasets.find((x) => x.derived.length && x.figures.some((f) => f.qualifier !== "exact"));
    if (!d) throw new Error("no dataset with a hedged figure and a derived one");
    const { rows } = parseCsv(datasetCsv(d, articleBySlug(site, d.article), chartLinks(d)));
    const hedged = d.figures.find((f) => f.qualifier !== "exact") as Figure;
    const row = rows.find((r) => r[CSV_HEADERS.key] === hedged.key);
    expect(row?.[CSV_HEADERS.value]).toBe(String(hedged.value));
    expect(row?.[CSV_HEADERS.qualifier]).toBe(hedged.qualifier);
    const derivedRow = rows.find((r) => r[CSV_HEADERS.key] === d.derived[0]?.key);
    expect(derivedRow?.[CSV_HEADERS.role]).toBe("tính");
    expect(derivedRow?.[CSV_HEADERS.derived]).toBe(d.derived[0]?.derived);
  });

  it("quotes commas, quotes and line breaks, and defuses a formula", () => {
    const d = hostileCells();
    const { rows } = parseCsv(datasetCsv(d, hostileArticle(), chartLinks(d)));
    expect(rows.map((r) => r[CSV_HEADERS.label])).toEqual([`'=HYPERLINK("https://evil.example","bấm")`, 'Hộ "A", B\nC']);
    expect(rows[0]?.[CSV_HEADERS.article]).toBe(hostileArticle().data.title);
  });
});
