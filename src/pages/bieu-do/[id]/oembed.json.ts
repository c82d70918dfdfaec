/** `/bieu-do/<id>/oembed.json`: the chart's oEmbed 1.0 document (type rich: the embed code). */
import type { APIRoute } from "astro";
import { chartLinks, oembed } from "../../../lib/exports.ts";
import { articleBySlug, datasetById, getSite } from "../../../lib/site.ts";

export function getStaticPaths() {
  return getSite().datasets.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const d = datasetById(site, params.id ?? "");
  const body = JSON.stringify(oembed(d, articleBySlug(site, d.article), chartLinks(d)), null, 2);
  return new Response(`${body}\n`, { headers: { "content-type": "application/json+oembed; charset=utf-8" } });
};
