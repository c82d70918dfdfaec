/** `/bieu-do/<id>.svg`: the chart as a standalone SVG file with its title, notes and source line. */
import type { APIRoute } from "astro";
import { chartRoute, chartStaticPaths } from "../../lib/chartRoutes.ts";
import { standaloneSvg } from "../../lib/exports.ts";

export const getStaticPaths = chartStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { dataset, article, links } = chartRoute(params.id);
  return new Response(standaloneSvg(dataset, article, links).svg, { headers: { "content-type": "image/svg+xml" } });
};
