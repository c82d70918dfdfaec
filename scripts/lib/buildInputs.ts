/**
 * The fingerprint of everything a build reads, so that `npm run build` with nothing changed since the
 * site it serves can say so and stop (as make does) instead of building the same bytes again.
 *
 * Two parts: `sources` (the editors' content and data, the code, the lockfile, the Node that runs it,
 * the settings the config reads) and `records` (data/published/, which the build itself writes after
 * publishing). A file's bytes, not its time, are what count: a checkout or a copy changes nothing.
 */
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";

export interface BuildInputs {
  sources: string;
  records: string;
}

/** The environment variables the config and the pages read: they change the bytes of the site. */
const OUTPUT_ENV = ["SITE_URL", "BASE_PATH"] as const;

/** Files and folders of the code that a build reads (node_modules is covered by the lockfile). */
const CODE = ["src", "public", "scripts", "astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json"];
/** Folders of the editors' site (COTMOC_ROOT). */
const SITE = ["content", "data"];
const RECORDS = "data/published";

/** Adds `path` (a file, a link or a folder, recursively in name order) to `hash` under the name `label`. */
function addTree(hash: ReturnType<typeof createHash>, path: string, label: string, skip?: string): void {
  if (path === skip) return;
  const st = lstatSync(path, { throwIfNoEntry: false });
  if (!st) hash.update(`none ${label}\n`);
  else if (st.isSymbolicLink()) hash.update(`link ${label} ${readlinkSync(path)}\n`);
  else if (st.isDirectory())
    for (const name of readdirSync(path).sort()) addTree(hash, join(path, name), `${label}/${name}`, skip);
  else hash.update(`file ${label} ${createHash("sha256").update(readFileSync(path)).digest("hex")}\n`);
}

/** Returns the fingerprint of a build of the site at `siteRoot` with the code at `codeRoot`. */
export function buildInputs(siteRoot: string, codeRoot: string, env: NodeJS.ProcessEnv = process.env): BuildInputs {
  const sources = createHash("sha256");
  sources.update(`node ${process.version} ${process.platform} ${process.arch}\n`);
  for (const k of OUTPUT_ENV) sources.update(`env ${k}=${JSON.stringify(env[k] ?? null)}\n`);
  for (const p of CODE) addTree(sources, join(codeRoot, p), `code/${p}`);
  for (const p of SITE) addTree(sources, join(siteRoot, p), `site/${p}`, join(siteRoot, RECORDS));
  const records = createHash("sha256");
  addTree(records, join(siteRoot, RECORDS), RECORDS);
  return { sources: sources.digest("hex"), records: records.digest("hex") };
}
