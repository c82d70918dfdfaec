/** `/anh/cot-moc.png`: the site's social card, for pages without one of their own. */
import { siteCard } from "../../cards/siteCards.ts";
import { socialCardPngFile } from "../../cards/socialCard.ts";
import { pngEndpoint } from "../../lib/pngOutput.ts";
import { getSite } from "../../lib/site.ts";

export const GET = pngEndpoint(() => socialCardPngFile(siteCard(getSite())));
