/** `/anh/bieu-do/<id>.png`: a chart page's social card, drawn at build. */
import { chartCard } from "../../../cards/siteCards.ts";
import { socialCardPngFile } from "../../../cards/socialCard.ts";
import { chartRoute, chartStaticPaths } from "../../../lib/chartRoutes.ts";
import { pngEndpoint } from "../../../lib/pngOutput.ts";

export const getStaticPaths = chartStaticPaths;

export const GET = pngEndpoint(({ params }) => {
  const { site, dataset } = chartRoute(params.id);
  return socialCardPngFile(chartCard(site, dataset));
});
