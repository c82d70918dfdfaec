/** `/bieu-do/<id>/v/<n>.csv`: a published version's download, as the live one; the dataset as CSV, UTF-8 with a BOM, Vietnamese headers (papaparse). */
import type { APIRoute } from "astro";
import { versionRoute, versionStaticPaths } from "../../../../publish/versionRoutes.ts";
import { contentType } from "../../../../publish/downloads.ts";
import { datasetCsv } from "../../../../publish/csv.ts";

export const getStaticPaths = versionStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { dataset, article, links } = versionRoute(params.id, params.n);
  return new Response(datasetCsv(dataset, article, links), { headers: { "content-type": contentType("csv") } });
};
