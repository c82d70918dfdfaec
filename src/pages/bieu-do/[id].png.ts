/** `/bieu-do/<id>.png`: the standalone SVG drawn at build with resvg and Noto Sans (Vietnamese glyphs). */
import type { APIRoute } from "astro";
import { chartLinks, PNG_WIDTH, standaloneSvg } from "../../lib/exports.ts";
import { svgToPng } from "../../lib/raster.ts";
import { articleBySlug, datasetById, getSite } from "../../lib/site.ts";

export function getStaticPaths() {
  return getSite().datasets.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const d = datasetById(site, params.id ?? "");
  const { svg } = standaloneSvg(d, articleBySlug(site, d.article), chartLinks(d));
  return new Response(new Uint8Array(svgToPng(svg, PNG_WIDTH)), { headers: { "content-type": "image/png" } });
};
