/**
 * The site model a process renders from. A build checks the content once and hands the model over
 * (`handOverSite`), so Astro's pages render from it instead of reading content/ and data/ again;
 * the dev server reloads it whenever a file there changes.
 */
import { existsSync, lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ARTICLES_DIR, DATA_DIR, projectRoot } from "./paths.ts";
import { loadSite } from "./readSite.ts";
import type { Site } from "./types.ts";

/**
 * Where the handed-over model lives: on `globalThis` under a global symbol, because the build script,
 * the integration and the pages Astro renders are separate module graphs in one process.
 */
const HANDED = Symbol.for("cot-moc.site");

type Store = { [HANDED]?: Site | undefined };

/** Hands the checked model to the rest of this process (content does not change while a build renders); undefined takes it back. */
export function handOverSite(site: Site | undefined): void {
  (globalThis as Store)[HANDED] = site;
}

/** Returns the model handed over by this process's build, if any. */
export function handedSite(): Site | undefined {
  return (globalThis as Store)[HANDED];
}

/** Returns a fingerprint of content/articles/ and data/ (names, sizes, times): it changes when any file there does. */
export function contentSignature(root: string): string {
  const parts: string[] = [];
  for (const dir of [ARTICLES_DIR, DATA_DIR]) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).sort()) {
      const st = lstatSync(join(abs, f));
      parts.push(`${dir}/${f}:${st.size}:${st.mtimeMs}`);
    }
  }
  return parts.join("|");
}

let cached: { root: string; sig: string; site: Site } | undefined;

/** Returns the site model: the build's, else one reloaded only when a file in content/ or data/ changed (`astro dev`). */
export function getSite(root = projectRoot()): Site {
  const handed = handedSite();
  if (handed && handed.root === root) return handed;
  const sig = contentSignature(root);
  if (cached && cached.root === root && cached.sig === sig) return cached.site;
  const site = loadSite(root);
  cached = { root, sig, site };
  return site;
}
