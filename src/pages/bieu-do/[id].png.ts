/** `/bieu-do/<id>.png`: the standalone SVG drawn at build with resvg and Noto Sans (Vietnamese glyphs). */
import type { APIRoute } from "astro";
import { chartRoute, chartStaticPaths } from "../../lib/chartRoutes.ts";
import { PNG_WIDTH, standaloneSvg } from "../../lib/exports.ts";
import { pngResponse, svgToPng } from "../../lib/raster.ts";

export const getStaticPaths = chartStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { dataset, article, links } = chartRoute(params.id);
  const { svg } = standaloneSvg(dataset, article, links);
  return pngResponse(await svgToPng(svg, PNG_WIDTH));
};
