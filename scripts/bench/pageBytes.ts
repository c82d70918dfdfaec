/**
 * What a reader downloads for a built page, fonts and images aside: the HTML with the stylesheets it
 * links, and its JavaScript. Used by `npm run bench` and the byte-budget tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageBytes {
  /** The HTML plus every linked stylesheet, as served. */
  htmlCss: number;
  /** The same, each file gzipped on its own (as a server sends them). */
  htmlCssGzip: number;
  /** Scripts: `<script src>`, module preloads, and inline scripts other than JSON-LD data. */
  js: number;
  jsGzip: number;
}

/** An `@font-face` rule whose font is inlined as a data: URI. */
const INLINE_FONTS = /@font-face\{[^}]*url\(data:font[^}]*\}\n?/g;

/** Returns the gzipped size of `b` (zlib's default level, as most static hosts serve). */
export function gzipSize(b: Buffer | string): number {
  return gzipSync(b).length;
}

/** Returns the href of each `<tag …rel="rel"…>` or the src of each `<script src>` in `html`. */
function links(html: string, rel: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => new RegExp(`\\brel="${rel}"`).test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1] ?? "")
    .filter(Boolean);
}

/** Returns the byte counts of `file` (relative to `dist`); `base` is the site's base path ("/"). */
export function pageBytes(dist: string, file: string, base = "/"): PageBytes {
  // Fonts aside, inlined ones too (an embed's subset, budgeted on its own in tests/embed/built.test.ts).
  const text = readFileSync(join(dist, file), "utf8").replace(INLINE_FONTS, "");
  const html = Buffer.from(text);
  const local = (href: string) => {
    const path = href.replace(/^https?:\/\/[^/]+/, "");
    if (!path.startsWith(base)) throw new Error(`${file}: ${href} is not under ${base}`);
    return readFileSync(join(dist, path.slice(base.length)));
  };
  const css = links(text, "stylesheet").map(local);
  const scripts = [
    ...[...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => local(m[1] ?? "")),
    ...links(text, "modulepreload").map(local),
    ...[...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/\bsrc=/.test(m[1] ?? "") && !/application\/ld\+json/.test(m[1] ?? ""))
      .map((m) => Buffer.from(m[2] ?? "")),
  ].filter((b) => b.length > 0);
  const sum = (bs: Buffer[], f: (b: Buffer) => number) => bs.reduce((s, b) => s + f(b), 0);
  return {
    // Inline scripts travel inside the HTML: they count there, and again as JavaScript.
    htmlCss: html.length + sum(css, (b) => b.length),
    htmlCssGzip: gzipSize(html) + sum(css, gzipSize),
    js: sum(scripts, (b) => b.length),
    jsGzip: sum(scripts, gzipSize),
  };
}

/** Returns every inline chart SVG (`<svg class="cm-chart">…</svg>`) of an HTML page. */
export function chartSvgs(html: string): string[] {
  return [...html.matchAll(/<svg\b[^>]*class="cm-chart"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}
