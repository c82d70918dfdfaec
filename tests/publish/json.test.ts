/** src/publish/json.ts: the JSON download, from the site model. */
import { describe, expect, it } from "vitest";
import { articleBySlug } from "../../src/model/lookups.ts";
import type { Figure } from "../../src/model/types.ts";
import { datasetJson } from "../../src/publish/json.ts";
import { chartLinks } from "../../src/publish/links.ts";
import { cases, expected, site } from "../helpers/site.ts";

describe("JSON", () => {
  it.each(cases)("%s: every value with unit, hedge, quote, its article and absolute URLs", (_, d, a) => {
    const links = chartLinks(d);
    const json = JSON.parse(JSON.stringify(datasetJson(d, a, links))) as ReturnType<typeof datasetJson>;
    expect(json.values.map((v) => expected(v as Figure))).toEqual([...d.figures, ...d.derived].map(expected));
    expect(json.values.map((v) => v.role)).toEqual([...d.figures, ...d.derived].map((f) => f.role));
    expect(json.article).toMatchObject({ title: a.data.title, publisher: a.data.publisher, url: links.article });
    expect(new Date(json.article.date).getTime()).toBe(a.data.date.getTime());
    expect(json.article.sourceUrl ?? json.article.sourceNote).toBeTruthy();
    expect(json.url).toBe(links.page);
    for (const url of [json.url, json.embed, json.article.url, ...Object.values(json.downloads)])
      expect(url).toMatch(/^https?:\/\//);
  });

  it("keeps the households' stated total and the sum of the groups, with the note", () => {
    const d = site.datasets.find((x) => x.totalNote);
    if (!d) throw new Error("no dataset with a total note");
    const json = datasetJson(d, articleBySlug(site, d.article), chartLinks(d));
    expect(json.total).toEqual({ key: d.total?.key, partsSum: d.partsSum, note: d.totalNote });
    expect(json.values.find((v) => v.key === d.total?.key)?.value).toBe(d.total?.value);
  });
});
