/** `/anh/bai-viet/<slug>.png`: an article's social card, drawn at build. */
import type { GetStaticPaths } from "astro";
import { articleCard } from "../../../publish/siteCards.ts";
import { socialCardPngFile } from "../../../publish/socialCard.ts";
import { pngEndpoint } from "../../../publish/pngOutput.ts";
import { articleBySlug } from "../../../model/lookups.ts";
import { getSite } from "../../../model/siteStore.ts";
import { articleCardKey } from "../../../publish/pageKeys.ts";

export const getStaticPaths: GetStaticPaths = () => {
  const site = getSite();
  return site.articles.map((a) => ({ params: { slug: a.slug }, cacheKey: articleCardKey(site, a) }));
};

export const GET = pngEndpoint(({ params }) => {
  const site = getSite();
  return socialCardPngFile(articleCard(site, articleBySlug(site, String(params.slug))));
});
