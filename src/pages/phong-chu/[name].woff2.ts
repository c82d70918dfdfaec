/** `/phong-chu/noto-sans-<weight>.<hash>.woff2`: the pages' font, one Latin + Vietnamese subset per weight. */
import type { APIRoute, GetStaticPaths } from "astro";
import { siteFontFiles } from "../../publish/siteFont.ts";
import { bytesKey } from "../../publish/pageKeys.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  (await siteFontFiles()).map((f) => ({
    params: { name: f.path.replace(/^phong-chu\//, "").replace(/\.woff2$/, "") },
    props: { bytes: f.bytes },
    cacheKey: bytesKey(f.bytes),
  }));

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array((props as { bytes: Buffer }).bytes), { headers: { "content-type": "font/woff2" } });
