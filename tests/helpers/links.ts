/**
 * Internal link check over a built site, read from its folder: every URL a page or stylesheet
 * points to on the site itself (href, src, srcset, social-card URLs, CSS url()) must name a file
 * of the build, under the base path the site was built for, and a #fragment must name an element.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { walk } from "./dist.ts";

export interface LinkCheckOptions {
  /** The base path the site was built for ("/" or "/cot-moc/"). */
  base?: string;
  /** The site's origin (SITE_URL): absolute URLs on it are internal. */
  site?: string;
}

/** Attributes that hold one URL, by selector. */
const URL_ATTRIBUTES: [string, string][] = [
  ["a[href]", "href"],
  ["link[href]", "href"],
  ["img[src]", "src"],
  ["script[src]", "src"],
  ["iframe[src]", "src"],
  ["source[src]", "src"],
  ["form[action]", "action"],
  ['meta[property="og:url"]', "content"],
  ['meta[property="og:image"]', "content"],
  ['meta[name="twitter:image"]', "content"],
];

/** Returns the url() references of a stylesheet. */
function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)].map((m) => m[2] ?? "");
}

/** Returns the file a path under the site's root names, or undefined when the build has none. */
function fileFor(dist: string, rest: string): string | undefined {
  const target = join(dist, decodeURIComponent(rest));
  if (existsSync(target) && statSync(target).isFile()) return target;
  const index = join(target, "index.html");
  return existsSync(index) ? index : undefined;
}

/** Returns the broken internal links of the site built in `dist`, as "page → url: why", sorted. */
export function brokenLinks(dist: string, options: LinkCheckOptions = {}): string[] {
  const base = (options.base ?? "/").replace(/\/?$/, "/");
  const origin = new URL(options.site ?? "http://localhost:4321").origin;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const doc = new JSDOM(readFileSync(file, "utf8")).window.document;
      set = new Set([...doc.querySelectorAll("[id]")].map((e) => e.id));
      ids.set(file, set);
    }
    return set;
  };

  const broken = new Set<string>();
  const check = (from: string, pageUrl: string, ref: string) => {
    const raw = ref.trim();
    if (!raw || /^(mailto:|tel:|data:|javascript:)/i.test(raw)) return;
    const url = new URL(raw, pageUrl);
    if (url.origin !== origin) return; // another site
    if (!url.pathname.startsWith(base)) {
      broken.add(`${from} → ${raw}: ngoài đường dẫn gốc ${base}`);
      return;
    }
    const file = fileFor(dist, url.pathname.slice(base.length));
    if (!file) {
      broken.add(`${from} → ${raw}: không có tệp`);
      return;
    }
    // "#p-3:~:text=…": the part before ":~:" is the element id; the text directive is the browser's.
    const fragment = decodeURIComponent(url.hash.slice(1).split(":~:")[0] ?? "");
    if (fragment && file.endsWith(".html") && !idsOf(file).has(fragment)) {
      broken.add(`${from} → ${raw}: không có phần tử #${fragment}`);
    }
  };

  for (const file of walk(dist)) {
    const pageUrl = `${origin}${base}${file.replace(/(^|\/)index\.html$/, "$1")}`;
    if (file.endsWith(".css")) {
      for (const ref of cssUrls(readFileSync(join(dist, file), "utf8"))) check(file, pageUrl, ref);
      continue;
    }
    if (!file.endsWith(".html")) continue;
    const doc = new JSDOM(readFileSync(join(dist, file), "utf8")).window.document;
    for (const [selector, attribute] of URL_ATTRIBUTES) {
      for (const el of doc.querySelectorAll(selector)) check(file, pageUrl, el.getAttribute(attribute) ?? "");
    }
    for (const el of doc.querySelectorAll("[srcset]")) {
      for (const candidate of (el.getAttribute("srcset") ?? "").split(","))
        check(file, pageUrl, candidate.trim().split(/\s+/)[0] ?? "");
    }
    for (const style of doc.querySelectorAll("style"))
      for (const ref of cssUrls(style.textContent ?? "")) check(file, pageUrl, ref);
  }
  return [...broken].sort();
}
