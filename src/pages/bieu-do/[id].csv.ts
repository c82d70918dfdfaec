/** `/bieu-do/<id>.csv`: the dataset as CSV, UTF-8 with a BOM, Vietnamese headers (papaparse). */
import type { APIRoute } from "astro";
import { chartRoute, chartStaticPaths } from "../../lib/chartRoutes.ts";
import { datasetCsv } from "../../lib/exports.ts";

export const getStaticPaths = chartStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { dataset, article, links } = chartRoute(params.id);
  return new Response(datasetCsv(dataset, article, links), { headers: { "content-type": "text/csv; charset=utf-8" } });
};
