/** `/bieu-do/<id>.svg`: the chart as a standalone SVG file with its title, notes and source line. */
import type { APIRoute } from "astro";
import { chartLinks, standaloneSvg } from "../../lib/exports.ts";
import { articleBySlug, datasetById, getSite } from "../../lib/site.ts";

export function getStaticPaths() {
  return getSite().datasets.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const d = datasetById(site, params.id ?? "");
  const { svg } = standaloneSvg(d, articleBySlug(site, d.article), chartLinks(d));
  return new Response(svg, { headers: { "content-type": "image/svg+xml" } });
};
