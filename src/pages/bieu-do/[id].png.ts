/** `/bieu-do/<id>.png`: the standalone SVG drawn at build with resvg and Noto Sans (Vietnamese glyphs). */
import { chartRoute, chartStaticPaths } from "../../publish/chartRoutes.ts";
import { PNG_WIDTH } from "../../publish/imageSize.ts";
import { standaloneSvg } from "../../publish/standalone.ts";
import { pngEndpoint } from "../../publish/pngOutput.ts";
import { svgToPngFile } from "../../publish/raster.ts";

export const getStaticPaths = chartStaticPaths;

export const GET = pngEndpoint(({ params }) => {
  const { dataset, article, links } = chartRoute(params.id);
  return svgToPngFile(standaloneSvg(dataset, article, links).svg, PNG_WIDTH);
});
