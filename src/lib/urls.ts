/** The site's URL table: every path a page, file or image has, under the configured base path (BASE_PATH). */

/**
 * Returns what `read` gives under Vite, which writes `import.meta.env.X` in as a constant, or undefined
 * under Node (scripts and tests), which has no such object. Only `import.meta.env.X` may appear in this
 * module, comments included: where the object is named without a field after it, Astro inlines every
 * environment variable whose name the module's text contains, and the hash that keeps pages between
 * builds would then change with the shell's variables.
 */
function viteEnv(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

const BASE = (viteEnv(() => import.meta.env.BASE_URL) ?? "/").replace(/\/?$/, "/");

/** Returns `path` (without a leading slash) under the site's base: "bieu-do/x/" → "/cot-moc/bieu-do/x/". */
export function href(path = ""): string {
  return BASE + path.replace(/^\//, "");
}

/** Returns the path of an article's page under the base: "bai-viet/<slug>/". */
export const articlePath = (slug: string) => `bai-viet/${slug}/`;
/** Returns the path of a chart's page under the base: "bieu-do/<id>/". */
export const chartPath = (id: string) => `bieu-do/${id}/`;
/** Returns the path of a chart's embed page under the base: "bieu-do/<id>/nhung/". */
export const embedPath = (id: string) => `bieu-do/${id}/nhung/`;

export const articleHref = (slug: string) => href(articlePath(slug));
export const chartHref = (id: string) => href(chartPath(id));
export const embedHref = (id: string) => href(embedPath(id));
/**
 * Returns the segment a list split into pages adds after its first page's path: none for page 1,
 * "trang/<n>" for page n (the `[...trang]` param of its route; the path ends with it and a slash).
 */
export const pageSegment = (page: number): string | undefined => (page <= 1 ? undefined : `trang/${page}`);
/** Returns the path of page `page` of the list whose first page is at `first` ("du-lieu/" → "du-lieu/trang/2/"). */
const pagedPath = (first: string, page: number) => {
  const segment = pageSegment(page);
  return segment ? `${first}${segment}/` : first;
};

/** Returns the path of a page of the data page under the base: "du-lieu/", then "du-lieu/trang/<n>/". */
export const dataPath = (page = 1) => pagedPath("du-lieu/", page);
export const dataHref = (page = 1) => href(dataPath(page));
/** Returns the path of a page of the archive of every article under the base: "bai-viet/", then "bai-viet/trang/<n>/". */
export const archivePath = (page = 1) => pagedPath("bai-viet/", page);
export const archiveHref = (page = 1) => href(archivePath(page));
/** The id of the corrections section on a chart's page. */
export const CORRECTIONS_ID = "dinh-chinh";
/** Returns the path of a chart's corrections under the base: "bieu-do/<id>/#dinh-chinh". */
export const chartCorrectionsPath = (id: string) => `${chartPath(id)}#${CORRECTIONS_ID}`;
export const chartCorrectionsHref = (id: string) => href(chartCorrectionsPath(id));
/** The page listing every correction: "/dinh-chinh/". */
export const correctionsHref = () => href("dinh-chinh/");

/** Returns the path of a chart's download under the base: "bieu-do/<id>.csv". */
export const downloadPath = (id: string, format: string) => `bieu-do/${id}.${format}`;
/** Returns the path of a chart's oEmbed document under the base. */
export const oembedPath = (id: string) => `bieu-do/${id}/oembed.json`;
/** The path of the optional embed resizer script under the base. */
export const EMBED_SCRIPT_PATH = "nhung.js";
/** Returns the card image's path under the base for an article: "anh/bai-viet/<slug>.png". */
export const articleCardPath = (slug: string) => `anh/bai-viet/${slug}.png`;
/** Returns the card image's path under the base for a chart: "anh/bieu-do/<id>.png". */
export const chartCardPath = (id: string) => `anh/bieu-do/${id}.png`;
/** The site's own card, for pages that have none of their own (home, data, search). */
export const SITE_CARD_PATH = "anh/cot-moc.png";

/** The deployed site's origin (SITE_URL, as astro.config.mjs reads it); Astro passes it as SITE. */
const SITE = viteEnv(() => import.meta.env.SITE) ?? process.env.SITE_URL ?? "http://localhost:4321";

/**
 * Returns true when `url` names this machine (localhost, 127.x, ::1): what a build without SITE_URL
 * writes, right for `npm start`, meaningless in a file that leaves the machine.
 */
export function isLocalUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host.endsWith(".localhost") || /^127\./.test(host) || host === "[::1]";
}

/** Returns `path` under the base as an absolute URL on the deployed site (embed code, oEmbed, downloads). */
export function absoluteUrl(path = ""): string {
  return new URL(href(path), SITE).href;
}

/** Returns the path of a published version of a chart's page under the base: "bieu-do/<id>/v/<n>/". */
export const versionPath = (id: string, n: number) => `bieu-do/${id}/v/${n}/`;
/** Returns the path of a published version's embed page: "bieu-do/<id>/v/<n>/nhung/". */
export const versionEmbedPath = (id: string, n: number) => `${versionPath(id, n)}nhung/`;
/** Returns the path of a published version's download: "bieu-do/<id>/v/<n>.csv". */
export const versionDownloadPath = (id: string, n: number, format: string) => `bieu-do/${id}/v/${n}.${format}`;

/** Returns the path of a topic's page under the base: "chu-de/<slug>/". */
/** Returns the path of a page of a topic under the base: "chu-de/<slug>/", then "chu-de/<slug>/trang/<n>/". */
export const topicPath = (slug: string, page = 1) => pagedPath(`chu-de/${slug}/`, page);
export const topicHref = (slug: string, page = 1) => href(topicPath(slug, page));
/** The index of every topic: "/chu-de/". */
export const topicsHref = () => href("chu-de/");
