/** `/anh/bieu-do/<id>.png`: a chart page's social card, drawn at build. */
import { chartCard } from "../../../publish/siteCards.ts";
import { socialCardPngFile } from "../../../publish/socialCard.ts";
import { chartRoute, chartStaticPaths } from "../../../publish/chartRoutes.ts";
import { pngEndpoint } from "../../../publish/pngOutput.ts";

export const getStaticPaths = chartStaticPaths;

export const GET = pngEndpoint(({ params }) => {
  const { site, dataset } = chartRoute(params.id);
  return socialCardPngFile(chartCard(site, dataset));
});
