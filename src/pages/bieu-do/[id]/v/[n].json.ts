/** `/bieu-do/<id>/v/<n>.json`: a published version's download, as the live one; every value with its unit, hedge, quote, article and URLs. */
import type { APIRoute } from "astro";
import { versionRoute, versionStaticPaths } from "../../../../publish/versionRoutes.ts";
import { contentType } from "../../../../publish/downloads.ts";
import { datasetJson } from "../../../../publish/json.ts";

export const getStaticPaths = versionStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { dataset, article, links } = versionRoute(params.id, params.n);
  const body = JSON.stringify(datasetJson(dataset, article, links), null, 2);
  return new Response(`${body}\n`, { headers: { "content-type": contentType("json") } });
};
