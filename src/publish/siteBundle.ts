/**
 * The version of what Astro bundles for the whole site: its stylesheets and its client scripts.
 * Astro's CSP names the hash of every bundled style and script in every page, embed pages included,
 * whose own module graph imports none of them; so every HTML page's cache key carries this version,
 * or an incremental build would keep pages whose CSP names the old stylesheet.
 *
 * A Vite plugin sees each module as the build compiles it (a stylesheet after its palette is
 * expanded, a script with what it imports); the pages read the version once the bundles are built.
 * The plugin runs in the integration's copy of this module and the pages in the bundle's, hence a
 * slot on globalThis.
 */
import { createHash } from "node:crypto";
import { relative } from "node:path";

/** A stylesheet's module id, as Astro's incremental plugin tells one (a component's <style> ends `lang.css`). */
const CSS_ID = /\.(css|less|sass|scss|styl|stylus|pcss|postcss|sss)(?:$|\?)/;

interface Slot {
  /** Compiled code by environment and root-relative module id. */
  parts: Map<string, string>;
  version?: string;
}

const SLOT = Symbol.for("cot-moc.siteBundle");

function slot(): Slot {
  const g = globalThis as { [SLOT]?: Slot };
  g[SLOT] ??= { parts: new Map() };
  return g[SLOT];
}

/** Forgets the last build's modules: called as a build starts (a process may run several). */
export function resetSiteBundle(): void {
  const s = slot();
  s.parts.clear();
  delete s.version;
}

/** The Vite plugin that records the compiled code of every client module and every stylesheet. */
export function siteBundlePlugin(root: string): {
  name: string;
  transform: (this: { environment?: { name: string } }, code: string, id: string) => undefined;
} {
  return {
    name: "cot-moc-site-bundle",
    transform(code, id) {
      const env = this.environment?.name ?? "";
      if (env !== "client" && !CSS_ID.test(id)) return undefined;
      const s = slot();
      // Root-relative: the version does not depend on where the project is checked out.
      s.parts.set(`${env}\0${id.startsWith("/") ? relative(root, id) : id}`, code);
      delete s.version;
      return undefined;
    },
  };
}

/** Returns the version of the site's bundled styles and scripts ("" outside a build: no plugin ran). */
export function siteBundleVersion(): string {
  const s = slot();
  if (s.version === undefined) {
    const hash = createHash("sha256");
    for (const k of [...s.parts.keys()].sort()) hash.update(`${k}\0${s.parts.get(k) ?? ""}\0`);
    s.version = s.parts.size ? hash.digest("hex") : "";
  }
  return s.version;
}
