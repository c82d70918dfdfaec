/**
 * `/rss.xml`: every article and every correction (an item each, linking to the chart's corrections),
 * newest first, with its summary; links are absolute, under the base.
 */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { datasetById } from "../model/lookups.ts";
import { getSite } from "../model/siteStore.ts";
import { correctionText, correctionTime, siteCorrections } from "../publish/corrections.ts";
import { escapeXml } from "../lib/text.ts";
import { articleHref, chartCorrectionsHref, href } from "../lib/urls.ts";

export const GET: APIRoute = (context) => {
  const absolute = (path: string) => new URL(path, context.site).href;
  const site = getSite();
  const articles = site.articles.map((a) => ({
    title: a.data.title,
    link: absolute(articleHref(a.slug)),
    pubDate: a.data.date,
    description: a.data.description,
    customData: `<dc:creator>${escapeXml(a.data.author)}</dc:creator>`,
  }));
  const corrections = siteCorrections(site).map((c) => ({
    title: `Đính chính: ${datasetById(site, c.dataset).title}`,
    link: absolute(chartCorrectionsHref(c.dataset)),
    pubDate: correctionTime(c),
    description: correctionText(c),
  }));
  // Newest first; a correction dated the same moment as an article comes after it.
  const items = [...articles, ...corrections].sort((x, y) => y.pubDate.getTime() - x.pubDate.getTime());
  return rss({
    title: "Cột Mốc",
    description: "Báo chí dữ liệu về Bộ đội Biên phòng tỉnh Lạng Sơn: bài viết, biểu đồ và dữ liệu đối chiếu với bài báo gốc.",
    site: absolute(href()),
    xmlns: { atom: "http://www.w3.org/2005/Atom", dc: "http://purl.org/dc/elements/1.1/" },
    customData: `<language>vi</language><atom:link href="${absolute(href("rss.xml"))}" rel="self" type="application/rss+xml"/>`,
    items,
  });
};
