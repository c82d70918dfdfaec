// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { cotMoc } from "./src/integrations/cotMoc.ts";
import { satteri } from "@astrojs/markdown-satteri";
import { paragraphIds } from "./src/lib/paragraphIds.ts";

/** Absolute origin of the deployed site (canonical URLs, feeds, oEmbed); set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? "http://localhost:4321";
/** Sub-path the site is served under ("/cot-moc/"); set BASE_PATH when deploying to one. */
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "ignore",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  // Separate cache folders let several builds run side by side (the benchmark, parallel checks).
  ...(process.env.COTMOC_CACHE_DIR ? { cacheDir: process.env.COTMOC_CACHE_DIR } : {}),
  markdown: {
    // Keep the articles' punctuation exactly as published: quotes are checked against it.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [paragraphIds] }),
  },
  integrations: [cotMoc(), mdx()],
});
