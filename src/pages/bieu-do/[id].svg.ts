/** `/bieu-do/<id>.svg`: the chart as a standalone SVG file with its title, notes and source line. */
import type { APIRoute } from "astro";
import { chartRoute, chartStaticPaths } from "../../publish/chartRoutes.ts";
import { contentType } from "../../publish/downloads.ts";
import { standaloneSvg } from "../../publish/standalone.ts";

export const getStaticPaths = chartStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { dataset, article, links } = chartRoute(params.id);
  return new Response(standaloneSvg(dataset, article, links).svg, { headers: { "content-type": contentType("svg") } });
};
