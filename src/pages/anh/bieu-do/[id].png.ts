/** `/anh/bieu-do/<id>.png`: a chart page's social card, drawn at build. */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartCard } from "../../../cards/siteCards.ts";
import { socialCardPng } from "../../../cards/socialCard.ts";
import { datasetById, getSite } from "../../../lib/site.ts";

export const getStaticPaths: GetStaticPaths = () => getSite().datasets.map((d) => ({ params: { id: d.id } }));

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const png = socialCardPng(chartCard(site, datasetById(site, String(params.id))));
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
