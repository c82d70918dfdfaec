/** `/anh/bai-viet/<slug>.png`: an article's social card, drawn at build. */
import type { APIRoute, GetStaticPaths } from "astro";
import { articleCard } from "../../../cards/siteCards.ts";
import { socialCardPng } from "../../../cards/socialCard.ts";
import { pngResponse } from "../../../lib/raster.ts";
import { articleBySlug, getSite } from "../../../lib/site.ts";

export const getStaticPaths: GetStaticPaths = () => getSite().articles.map((a) => ({ params: { slug: a.slug } }));

export const GET: APIRoute = async ({ params }) => {
  const site = getSite();
  const png = await socialCardPng(articleCard(site, articleBySlug(site, String(params.slug))));
  return pngResponse(png);
};
