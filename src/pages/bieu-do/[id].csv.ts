/** `/bieu-do/<id>.csv`: the dataset as CSV, UTF-8 with a BOM, Vietnamese headers (papaparse). */
import type { APIRoute } from "astro";
import { chartRoute, chartStaticPaths } from "../../publish/chartRoutes.ts";
import { contentType } from "../../publish/downloads.ts";
import { datasetCsv } from "../../publish/csv.ts";

export const getStaticPaths = chartStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { dataset, article, links } = chartRoute(params.id);
  return new Response(datasetCsv(dataset, article, links), { headers: { "content-type": contentType("csv") } });
};
