/** `/rss.xml`: every article, newest first, with its summary; links are absolute, under the base. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getSite } from "../model/siteStore.ts";
import { escapeXml } from "../lib/text.ts";
import { articleHref, href } from "../lib/urls.ts";

export const GET: APIRoute = (context) => {
  const absolute = (path: string) => new URL(path, context.site).href;
  const articles = [...getSite().articles].sort((x, y) => y.data.date.getTime() - x.data.date.getTime());
  return rss({
    title: "Cột Mốc",
    description: "Báo chí dữ liệu về Bộ đội Biên phòng tỉnh Lạng Sơn: bài viết, biểu đồ và dữ liệu đối chiếu với bài báo gốc.",
    site: absolute(href()),
    xmlns: { atom: "http://www.w3.org/2005/Atom", dc: "http://purl.org/dc/elements/1.1/" },
    customData: `<language>vi</language><atom:link href="${absolute(href("rss.xml"))}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((a) => ({
      title: a.data.title,
      link: absolute(articleHref(a.slug)),
      pubDate: a.data.date,
      description: a.data.description,
      customData: `<dc:creator>${escapeXml(a.data.author)}</dc:creator>`,
    })),
  });
};
