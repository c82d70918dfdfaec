/** `/anh/cot-moc.png`: the site's social card, for pages without one of their own. */
import type { APIRoute } from "astro";
import { siteCard } from "../../cards/siteCards.ts";
import { socialCardPng } from "../../cards/socialCard.ts";
import { pngResponse } from "../../lib/raster.ts";
import { getSite } from "../../lib/site.ts";

export const GET: APIRoute = async () => pngResponse(await socialCardPng(siteCard(getSite())));
