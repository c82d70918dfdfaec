/** `/bieu-do/<id>/v/<n>.svg`: a published version's download, as the live one; the chart as a standalone SVG file with its title, notes and source line. */
import type { APIRoute } from "astro";
import { versionRoute, versionStaticPaths } from "../../../../publish/versionRoutes.ts";
import { contentType } from "../../../../publish/downloads.ts";
import { standaloneSvg } from "../../../../publish/standalone.ts";

export const getStaticPaths = versionStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { dataset, article, links } = versionRoute(params.id, params.n);
  return new Response(standaloneSvg(dataset, article, links).svg, { headers: { "content-type": contentType("svg") } });
};
