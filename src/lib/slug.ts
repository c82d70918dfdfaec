/** ASCII Vietnamese slugs in the style of baolangson.vn: "Đội Cấn" → "doi-can". */

/** Returns the ASCII form of Vietnamese text: tones and marks dropped, đ → d, lower case. */
export function foldVietnamese(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** Returns the URL slug of a title: ASCII letters and digits joined by single hyphens. */
export function slugify(title: string): string {
  return foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Returns the slug a baolangson.vn article URL carries, without its numeric id and `.html`. */
export function slugFromSourceUrl(url: string): string {
  const last = new URL(url).pathname.split("/").filter(Boolean).pop() ?? "";
  return last.replace(/\.html?$/, "").replace(/^\d+-/, "");
}

/** Returns `base`, or `base-2`, `base-3`… whichever is not in `taken`. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
