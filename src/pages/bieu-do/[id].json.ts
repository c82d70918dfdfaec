/** `/bieu-do/<id>.json`: every value with its unit, hedge, quote, article and URLs. */
import type { APIRoute } from "astro";
import { chartLinks, datasetJson } from "../../lib/exports.ts";
import { articleBySlug, datasetById, getSite } from "../../lib/site.ts";

export function getStaticPaths() {
  return getSite().datasets.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const d = datasetById(site, params.id ?? "");
  const body = JSON.stringify(datasetJson(d, articleBySlug(site, d.article), chartLinks(d)), null, 2);
  return new Response(`${body}\n`, { headers: { "content-type": "application/json; charset=utf-8" } });
};
