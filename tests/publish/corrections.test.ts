/** src/publish/corrections.ts: each article's corrections, looked up by index, against the list made by reading every dataset. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getSite } from "../../src/model/siteStore.ts";
import type { Correction, Dataset, Site } from "../../src/model/types.ts";
import { articleCorrections, newestFirst } from "../../src/publish/corrections.ts";
import { ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
const files = [...site.articles.map((a) => a.file), "data/khac.json"];

describe("articleCorrections on made-up sites", () => {
  const aCorrection = fc.record({
    date: fc.constantFrom("2020-01-01", "2020-02-01", "2020-03-01"),
    version: fc.integer({ min: 2, max: 3 }),
    file: fc.constantFrom(...files),
  });
  const aDataset = fc.record({
    article: fc.constantFrom(...site.articles.map((a) => a.slug), "bai-khac"),
    corrections: fc.array(aCorrection, { maxLength: 4 }),
  });

  it("are those of the article's datasets and those its file declares, newest first, ties in the site's order", () => {
    fc.assert(
      fc.property(fc.array(aDataset, { maxLength: 8 }), (specs) => {
        const datasets = specs.map((d, i): Dataset => ({
          ...site.datasets[0]!,
          id: `d${i}`,
          article: d.article,
          corrections: d.corrections.map((c, j): Correction => ({
            ...site.datasets[0]!.corrections[0]!,
            ...c,
            dataset: `d${i}`,
            wrong: `${i}.${j}`,
          })),
        }));
        const s: Site = { ...site, datasets };
        for (const a of s.articles) {
          const want = newestFirst(
            s.datasets.flatMap((d) => d.corrections.filter((c) => d.article === a.slug || c.file === a.file)),
          );
          const got = articleCorrections(s, a);
          expect(got.map((c) => c.wrong)).toEqual(want.map((c) => c.wrong));
        }
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
