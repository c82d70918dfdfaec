/**
 * What every route of a published version shares (`/bieu-do/<id>/v/<n>/`, its embed page and its
 * downloads): one static path per version of each dataset, the latest included, so an embed code
 * can pin any of them and keep showing it.
 */
import { absoluteUrl, versionDownloadPath, versionEmbedPath, versionPath } from "../lib/urls.ts";
import { articleBySlug, datasetById, versionOf } from "../model/lookups.ts";
import { getSite } from "../model/siteStore.ts";
import type { Dataset } from "../model/types.ts";
import type { ChartRoute } from "./chartRoutes.ts";
import { DOWNLOADS, type DownloadFormat } from "./downloads.ts";
import { chartLinks, type ChartLinks } from "./links.ts";
import { versionKey } from "./pageKeys.ts";

/** Returns the static paths of a per-version route: one per published version of each dataset. */
export function versionStaticPaths(): {
  params: { id: string; n: string };
  props: { id: string; n: number };
  cacheKey: string;
}[] {
  const site = getSite();
  return site.versions.map((d) => ({
    params: { id: d.id, n: String(d.version) },
    props: { id: d.id, n: d.version },
    cacheKey: versionKey(site, d),
  }));
}

/** Returns the absolute links of a version: its own page, embed page and downloads; the rest as the live chart's. */
export function versionLinks(d: Dataset): ChartLinks {
  const downloads = Object.fromEntries(DOWNLOADS.map((f) => [f, absoluteUrl(versionDownloadPath(d.id, d.version, f))])) as Record<
    DownloadFormat,
    string
  >;
  return {
    ...chartLinks(d),
    page: absoluteUrl(versionPath(d.id, d.version)),
    embed: absoluteUrl(versionEmbedPath(d.id, d.version)),
    ...downloads,
  };
}

/** What a per-version route renders from: the version, the live dataset it belongs to, and whether it is the latest. */
export interface VersionRoute extends ChartRoute {
  live: Dataset;
  latest: boolean;
}

/** Returns version `n` of dataset `id`; throws naming an unknown one. */
export function versionRoute(id: string | undefined, n: number | string | undefined): VersionRoute {
  const site = getSite();
  const live = datasetById(site, id ?? "");
  const dataset = versionOf(site, live.id, Number(n));
  if (!dataset) throw new Error(`Bộ dữ liệu "${live.id}" không có phiên bản ${String(n)}.`);
  return {
    site,
    dataset,
    live,
    latest: dataset === live,
    article: articleBySlug(site, dataset.article),
    links: versionLinks(dataset),
  };
}
