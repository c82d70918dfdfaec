/** `/bieu-do/<id>/v/<n>.png`: a published version's download, as the live one; the standalone SVG drawn at build with resvg and Noto Sans (Vietnamese glyphs). */
import { versionRoute, versionStaticPaths } from "../../../../publish/versionRoutes.ts";
import { PNG_WIDTH } from "../../../../publish/imageSize.ts";
import { standaloneSvg } from "../../../../publish/standalone.ts";
import { pngEndpoint } from "../../../../publish/pngOutput.ts";
import { svgToPngFile } from "../../../../publish/raster.ts";

export const getStaticPaths = versionStaticPaths;

export const GET = pngEndpoint(({ params }) => {
  const { dataset, article, links } = versionRoute(params.id, params.n);
  return svgToPngFile(standaloneSvg(dataset, article, links).svg, PNG_WIDTH);
});
