/** `/bieu-do/<id>.png`: the standalone SVG drawn at build with resvg and Noto Sans (Vietnamese glyphs). */
import { chartRoute, chartStaticPaths } from "../../lib/chartRoutes.ts";
import { PNG_WIDTH, standaloneSvg } from "../../lib/exports.ts";
import { pngEndpoint } from "../../lib/pngOutput.ts";
import { svgToPngFile } from "../../lib/raster.ts";

export const getStaticPaths = chartStaticPaths;

export const GET = pngEndpoint(({ params }) => {
  const { dataset, article, links } = chartRoute(params.id);
  return svgToPngFile(standaloneSvg(dataset, article, links).svg, PNG_WIDTH);
});
