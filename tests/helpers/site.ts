/** The site model of content/ and data/ (read from the sources, not from dist/): each dataset with its article. */
import { articleBySlug } from "../../src/model/lookups.ts";
import { getSite } from "../../src/model/siteStore.ts";
import type { Figure } from "../../src/model/types.ts";
import { ROOT } from "./dist.ts";

export const site = getSite(ROOT);
/** Each dataset as [id, dataset, article], for `it.each`. */
export const cases = site.datasets.map((d) => [d.id, d, articleBySlug(site, d.article)] as const);

/** Returns a figure as the CSV and JSON downloads must give it back. */
export function expected(f: Figure) {
  return {
    key: f.key,
    label: f.label,
    value: f.value,
    date: f.date,
    unit: f.unit,
    qualifier: f.qualifier,
    quote: f.quote,
    text: f.text,
  };
}
