/** `/anh/cot-moc.png`: the site's social card, for pages without one of their own. */
import { siteCard } from "../../publish/siteCards.ts";
import { socialCardPngFile } from "../../publish/socialCard.ts";
import { pngEndpoint } from "../../publish/pngOutput.ts";
import { getSite } from "../../model/siteStore.ts";

export const GET = pngEndpoint(() => socialCardPngFile(siteCard(getSite())));
