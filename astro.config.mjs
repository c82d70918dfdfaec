// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { cotMoc } from "./src/integrations/cotMoc.ts";
import { staticHeaders } from "./src/integrations/staticHeaders.ts";
import { satteri } from "@astrojs/markdown-satteri";
import { ARTICLE_MARKDOWN } from "./src/model/markdown.ts";

/** Absolute origin of the deployed site (canonical URLs, feeds, oEmbed); set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? "http://localhost:4321";
/** Sub-path the site is served under ("/cot-moc/"); set BASE_PATH when deploying to one. */
const base = process.env.BASE_PATH ?? "/";
// `astro dev` would ask the registry for a newer Astro and print "New version of Astro available":
// the lockfile pins Astro on purpose (tests and benchmarks are measured on it), so the notice would mislead.
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= "true";

export default defineConfig({
  site,
  base,
  trailingSlash: "ignore",
  // Every page inlines its CSS (about 3 KB gzipped): no stylesheet request stands between the HTML and first paint.
  // Four pages render side by side: while one waits for the PNG pool's threads (an embed page's font
  // subsets, src/embed/embedFont.ts), Astro's thread renders the others.
  build: { format: "directory", inlineStylesheets: "always", concurrency: 4 },
  devToolbar: { enabled: false },
  // Pages whose cacheKey (src/publish/pageKeys.ts: a hash of the data they render) and code are
  // unchanged are copied from the last build; the cache lives in cacheDir (see docs/ci.md).
  experimental: { incrementalBuild: true },
  logger: { entrypoint: new URL("./src/integrations/buildLog.mjs", import.meta.url) },
  // Content-Security-Policy, as a <meta> in every page. Astro hashes the scripts and styles it
  // bundles; a layout that writes an inline one registers its hash (src/lib/csp.ts). No inline
  // script runs unless hashed. frame-ancestors cannot be set by <meta>: see the _headers file.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Search runs Pagefind, which compiles WebAssembly (in its worker, or on the page without one).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Chart colours are style attributes (SVG presentation attributes cannot hold var()).
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: "attribute" }] },
    },
  },
  // Separate cache folders let several builds run side by side (the benchmark, parallel checks).
  ...(process.env.COTMOC_CACHE_DIR ? { cacheDir: process.env.COTMOC_CACHE_DIR } : {}),
  markdown: {
    // Articles hold no code; Shiki's inline styles would also need a looser CSP.
    syntaxHighlight: false,
    // No smart punctuation, and paragraph ids (src/model/markdown.ts).
    processor: satteri({ features: { ...ARTICLE_MARKDOWN.features }, hastPlugins: [...ARTICLE_MARKDOWN.hastPlugins] }),
  },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive, which the bundler notes it
        // drops; Astro re-adds head propagation itself, so the note is noise in every build log.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // First: at the build's end it copies the PNGs into the output (src/lib/pngOutput.ts) before the others look at it.
    cotMoc(),
    // Its JSX renderer renders the articles' bodies, compiled when their pages render (src/publish/articleBody.ts).
    mdx(),
    staticHeaders(),
    // Pages only (files such as rss.xml and PNGs are not pages); embed pages, search and a chart's
    // pinned versions (/bieu-do/<id>/v/<n>/, canonical to the live chart) are not for crawlers.
    sitemap({
      filter: (url) => url.endsWith("/") && !/\/(nhung|tim-kiem)\/$|\/v\/\d+\/$/.test(new URL(url).pathname),
    }),
  ],
});
