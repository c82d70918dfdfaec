/** `/bieu-do/<id>.json`: every value with its unit, hedge, quote, article and URLs. */
import type { APIRoute } from "astro";
import { chartRoute, chartStaticPaths } from "../../publish/chartRoutes.ts";
import { contentType } from "../../publish/downloads.ts";
import { datasetJson } from "../../publish/json.ts";

export const getStaticPaths = chartStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { dataset, article, links } = chartRoute(params.id);
  const body = JSON.stringify(datasetJson(dataset, article, links), null, 2);
  return new Response(`${body}\n`, { headers: { "content-type": contentType("json") } });
};
