/** The absolute addresses of everything a chart publishes, on the deployed site (SITE_URL + BASE_PATH). */
import {
  absoluteUrl,
  isLocalUrl,
  articlePath,
  chartPath,
  downloadPath,
  EMBED_SCRIPT_PATH,
  embedPath,
  oembedPath,
} from "../lib/urls.ts";
import type { Dataset } from "../model/types.ts";
import { DOWNLOADS, type DownloadFormat } from "./downloads.ts";

export interface ChartLinks {
  home: string;
  page: string;
  embed: string;
  article: string;
  oembed: string;
  script: string;
  csv: string;
  json: string;
  svg: string;
  png: string;
}

/** Returns the absolute links of a dataset's chart. */
export function chartLinks(d: Dataset): ChartLinks {
  const downloads = Object.fromEntries(DOWNLOADS.map((f) => [f, absoluteUrl(downloadPath(d.id, f))])) as Record<
    DownloadFormat,
    string
  >;
  return {
    home: absoluteUrl(),
    page: absoluteUrl(chartPath(d.id)),
    embed: absoluteUrl(embedPath(d.id)),
    article: absoluteUrl(articlePath(d.article)),
    oembed: absoluteUrl(oembedPath(d.id)),
    script: absoluteUrl(EMBED_SCRIPT_PATH),
    ...downloads,
  };
}

/**
 * Returns the address a credit line in a downloaded file gives (the chart's page), or undefined
 * when the build names no real host (SITE_URL unset): the line then names the site alone.
 */
export function creditUrl(links: Pick<ChartLinks, "page">): string | undefined {
  return isLocalUrl(links.page) ? undefined : links.page;
}
