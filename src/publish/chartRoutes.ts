/**
 * What every per-chart route shares (`/bieu-do/<id>/`, its embed page, its downloads, its oEmbed
 * document and its social card): one static path per dataset, and the dataset with its article
 * and links, looked up once.
 */
import { chartLinks, type ChartLinks } from "./links.ts";
import { articleBySlug, datasetById } from "../model/lookups.ts";
import { getSite } from "../model/siteStore.ts";
import { chartKey } from "./pageKeys.ts";
import { type Article, type Dataset, type Site } from "../model/types.ts";

/** Returns the static paths of a per-chart route: one per dataset, its id as param and as prop, keyed by what it renders. */
export function chartStaticPaths(): { params: { id: string }; props: { id: string }; cacheKey: string }[] {
  const site = getSite();
  return site.datasets.map((d) => ({ params: { id: d.id }, props: { id: d.id }, cacheKey: chartKey(site, d) }));
}

/** What a per-chart route renders from. */
export interface ChartRoute {
  site: Site;
  dataset: Dataset;
  article: Article;
  links: ChartLinks;
}

/** Returns the dataset `id` with its article and links; throws naming an unknown id. */
export function chartRoute(id: string | undefined): ChartRoute {
  const site = getSite();
  const dataset = datasetById(site, id ?? "");
  return { site, dataset, article: articleBySlug(site, dataset.article), links: chartLinks(dataset) };
}
