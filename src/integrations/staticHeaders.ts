/**
 * Writes `_headers` into the built site, the file Netlify and Cloudflare Pages read for HTTP
 * headers (GitHub Pages ignores it). Hashed assets under `_astro/` are cached for a year as
 * immutable. Embed pages may be framed by anyone; every other page by no one. `frame-ancestors`
 * only works as a header (browsers ignore it in a <meta> policy), and both hosts merge the values
 * of every rule that matches a path, so no rule may match both an embed page and another page: a
 * `/*` rule cannot carry it. Rules use placeholders instead (`/bieu-do/:s1/` matches one path
 * segment, so not `/bieu-do/x/nhung/`), one per shape of page path, which both Netlify and
 * Cloudflare Pages read. Their number depends on the page map, not on how many articles and charts
 * there are: a thousand charts need the same handful of rules as eleven. A page is served at its
 * folder ("/bai-viet/x/") and at its file ("/bai-viet/x/index.html"); a page that is not an index
 * ("/404.html") at its file and without ".html": every form gets the rule.
 */
import type { AstroIntegration } from "astro";
import { writeFileSync } from "node:fs";
import { filesUnder } from "../lib/folders.ts";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const MAX_RULES = 100;

/** Returns true for an embed page's path ("/cot-moc/bieu-do/x/nhung/"). */
export const isEmbedPath = (path: string) => /\/nhung\/(?:index\.html)?$/.test(path);

/** Returns the URL paths of the HTML pages in `dir` under `base`, sorted ("/", "/bai-viet/x/", "/404.html"). */
export function pagePaths(dir: string, base: string): string[] {
  const root = base.replace(/\/?$/, "/");
  return filesUnder(dir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => root + f.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}

/**
 * Returns the rule path for a page: its first segment under `root` kept (the section: "bai-viet",
 * "bieu-do"), and so is the literal "nhung" of embed pages; every other segment is a placeholder
 * matching exactly one segment. "/bieu-do/x/nhung/" → "/bieu-do/:s1/nhung/", "/du-lieu/" → itself.
 */
export function pathPattern(root: string, path: string): string {
  const segments = path.slice(root.length).split("/").filter(Boolean);
  // A file's own name ("404.html") is kept; only folders are placeholders.
  const file = path.endsWith("/") ? "" : (segments.pop() ?? "");
  return (
    root +
    segments
      .map((seg, i) => (i === 0 || seg === "nhung" ? seg : `:s${i}`))
      .map((seg) => `${seg}/`)
      .join("") +
    file
  );
}

/** Returns every URL path a host serves the page of `pattern` at: a folder and its index.html, a file with and without ".html". */
function servedForms(pattern: string): string[] {
  if (pattern.endsWith("/")) return [pattern, `${pattern}index.html`];
  return [pattern, pattern.replace(/\.html$/, "")];
}

/** Returns the text of the `_headers` file for these page paths under `base`. */
export function headersFile(base: string, pages: readonly string[]): string {
  const root = base.replace(/\/?$/, "/");
  const rule = (path: string, headers: string[]) => `${path}\n${headers.map((h) => `  ${h}`).join("\n")}\n`;
  const rules = [
    rule(`${root}*`, ["X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin-when-cross-origin"]),
    // File names under _astro/ carry a hash of their content: a new version is a new name.
    rule(`${root}_astro/*`, ["Cache-Control: public, max-age=31536000, immutable"]),
    // So do the fonts' (src/publish/siteFont.ts).
    rule(`${root}phong-chu/*`, ["Cache-Control: public, max-age=31536000, immutable"]),
    ...[...new Set(pages.map((path) => pathPattern(root, path)))]
      .sort()
      .flatMap(servedForms)
      .map((pattern) =>
        isEmbedPath(pattern)
          ? rule(pattern, ["Content-Security-Policy: frame-ancestors *"])
          : rule(pattern, ["Content-Security-Policy: frame-ancestors 'none'", "X-Frame-Options: DENY"]),
      ),
  ];
  if (rules.length > MAX_RULES) {
    throw new Error(`_headers: ${rules.length} quy tắc, Cloudflare Pages chỉ đọc ${MAX_RULES}; hãy gộp quy tắc theo thư mục.`);
  }
  return `# HTTP headers for Netlify and Cloudflare Pages, written by the build (src/integrations/staticHeaders.ts).\n\n${rules.join("\n")}`;
}

/** Returns the integration that writes `_headers` when the build is done. */
export function staticHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "cot-moc-static-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, "_headers"), headersFile(base, pagePaths(out, base)));
      },
    },
  };
}
