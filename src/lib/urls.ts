/** Site URLs, all under the configured base path (BASE_PATH). */

const BASE = (import.meta.env?.BASE_URL ?? "/").replace(/\/?$/, "/");

/** Returns `path` (without a leading slash) under the site's base: "bieu-do/x/" → "/cot-moc/bieu-do/x/". */
export function href(path = ""): string {
  return BASE + path.replace(/^\//, "");
}

export const articleHref = (slug: string) => href(`bai-viet/${slug}/`);
export const chartHref = (id: string) => href(`bieu-do/${id}/`);
export const embedHref = (id: string) => href(`bieu-do/${id}/nhung/`);
export const dataHref = () => href("du-lieu/");

/** The deployed site's origin (SITE_URL, as astro.config.mjs reads it); Astro passes it as SITE. */
const SITE = import.meta.env?.SITE ?? process.env.SITE_URL ?? "http://localhost:4321";

/** Returns `path` under the base as an absolute URL on the deployed site (embed code, oEmbed, downloads). */
export function absoluteUrl(path = ""): string {
  return new URL(href(path), SITE).href;
}
