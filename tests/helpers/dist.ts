/** Helpers for tests that read the built site back from dist/. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { filesUnder } from "../../src/lib/folders.ts";

export const ROOT = join(import.meta.dirname, "../..");
/** The built site under test: dist/, or COTMOC_DIST (so parallel work can build elsewhere). */
export const DIST = process.env.COTMOC_DIST ?? join(ROOT, "dist");

/** Returns every file under `dir`, relative to it, sorted. */
export const walk = filesUnder;

/** Returns the HTML pages of dist/ (fails clearly when the site was not built). */
export function htmlPages(dist = DIST): string[] {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: run \`npm run build\` first (npm test does).`);
  return walk(dist).filter((f) => f.endsWith(".html"));
}

/** Returns the parsed document of a built page ("bai-viet/x/index.html"). */
export function page(file: string, dist = DIST): Document {
  return new JSDOM(readFileSync(join(dist, file), "utf8")).window.document;
}
