/** `/anh/bai-viet/<slug>.png`: an article's social card, drawn at build. */
import type { GetStaticPaths } from "astro";
import { articleCard } from "../../../cards/siteCards.ts";
import { socialCardPngFile } from "../../../cards/socialCard.ts";
import { pngEndpoint } from "../../../lib/pngOutput.ts";
import { articleBySlug, getSite } from "../../../lib/site.ts";

export const getStaticPaths: GetStaticPaths = () => getSite().articles.map((a) => ({ params: { slug: a.slug } }));

export const GET = pngEndpoint(({ params }) => {
  const site = getSite();
  return socialCardPngFile(articleCard(site, articleBySlug(site, String(params.slug))));
});
