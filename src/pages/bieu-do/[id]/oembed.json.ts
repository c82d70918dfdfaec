/** `/bieu-do/<id>/oembed.json`: the chart's oEmbed 1.0 document (type rich: the embed code). */
import type { APIRoute } from "astro";
import { chartRoute, chartStaticPaths } from "../../../publish/chartRoutes.ts";
import { oembed } from "../../../embed/embedCode.ts";

export const getStaticPaths = chartStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { dataset, article, links } = chartRoute(params.id);
  const body = JSON.stringify(oembed(dataset, article, links), null, 2);
  return new Response(`${body}\n`, { headers: { "content-type": "application/json+oembed; charset=utf-8" } });
};
