/** `/bieu-do/<id>.csv`: the dataset as CSV, UTF-8 with a BOM, Vietnamese headers (papaparse). */
import type { APIRoute } from "astro";
import { chartLinks, datasetCsv } from "../../lib/exports.ts";
import { articleBySlug, datasetById, getSite } from "../../lib/site.ts";

export function getStaticPaths() {
  return getSite().datasets.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const d = datasetById(site, params.id ?? "");
  return new Response(datasetCsv(d, articleBySlug(site, d.article), chartLinks(d)), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
};
