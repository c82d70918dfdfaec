/** `/anh/bieu-do/<id>.png`: a chart page's social card, drawn at build. */
import type { APIRoute } from "astro";
import { chartCard } from "../../../cards/siteCards.ts";
import { socialCardPng } from "../../../cards/socialCard.ts";
import { chartRoute, chartStaticPaths } from "../../../lib/chartRoutes.ts";
import { pngResponse } from "../../../lib/raster.ts";

export const getStaticPaths = chartStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { site, dataset } = chartRoute(params.id);
  return pngResponse(await socialCardPng(chartCard(site, dataset)));
};
