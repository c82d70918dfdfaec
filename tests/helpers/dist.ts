/** Helpers for tests that read the built site back from dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { JSDOM } from "jsdom";

export const ROOT = join(import.meta.dirname, "../..");
/** The built site under test: dist/, or COTMOC_DIST (so parallel work can build elsewhere). */
export const DIST = process.env.COTMOC_DIST ?? join(ROOT, "dist");

/** Returns every file under `dir`, relative to it, sorted. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const rec = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) rec(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  rec(dir);
  return out;
}

/** Returns the HTML pages of dist/ (fails clearly when the site was not built). */
export function htmlPages(dist = DIST): string[] {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: run \`npm run build\` first (npm test does).`);
  return walk(dist).filter((f) => f.endsWith(".html"));
}

/** Returns the parsed document of a built page ("bai-viet/x/index.html"). */
export function page(file: string, dist = DIST): Document {
  return new JSDOM(readFileSync(join(dist, file), "utf8")).window.document;
}
