/**
 * Helpers for the editor tests that run the real scripts on a copy of a fixture site.
 *
 * Builds run in a private copy of the project (sources copied, node_modules linked): Astro keeps
 * per-build state in `<project>/.astro/` (the prerender chunks of any build whose output is outside
 * the project), so two builds from the same project folder can mix each other's files. A private
 * copy keeps every test build apart.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { removeTree } from "../../scripts/lib/removeTree.ts";
import { walk } from "../helpers/dist.ts";

export const ROOT = join(import.meta.dirname, "../..");
export const FIXTURES = join(ROOT, "tests/fixtures");

const made: string[] = [];

/** Returns a new empty folder under the system temp folder, removed by `cleanUp`. */
export function tempDir(prefix = "cotmoc-editor-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made (a build's detached deleter may still be at work in one). */
export function cleanUp(): void {
  for (const d of made.splice(0)) removeTree(d);
}

/** Returns a site root holding a copy of each given folder, laid over one another in order. */
export function siteFrom(...dirs: string[]): string {
  const root = tempDir("cotmoc-site-");
  for (const d of dirs) cpSync(d, root, { recursive: true });
  return root;
}

/** Returns a site root with a copy of the project's own content/ and data/. */
export function projectSite(): string {
  const root = tempDir("cotmoc-site-");
  for (const d of ["content", "data"]) cpSync(join(ROOT, d), join(root, d), { recursive: true });
  return root;
}

// Project entries a build does not need: outputs, tests, editors' content (COTMOC_ROOT points elsewhere).
const NOT_COPIED = /^(node_modules|\.git|\.astro|dist.*|\.dist-staging|tests|content|data|screenshots|docs)$/;

/** Returns a private copy of the project's sources to build from, with node_modules linked. */
export function isolatedProject(): string {
  const dir = tempDir("cotmoc-project-");
  for (const name of readdirSync(ROOT)) {
    if (!NOT_COPIED.test(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/**
 * Returns the environment a script runs with from a terminal: vitest's own variables removed
 * (with NODE_ENV=test or VITEST set, `astro dev` answers 404 and a build is not a production build).
 */
export function scriptEnv(site: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(VITEST.*|NODE_ENV|TEST|MODE|PROD|DEV|SSR|BASE_URL)$/.test(k)) env[k] = v;
  return { ...env, COTMOC_ROOT: site, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0", ...extra };
}

/** Returns the result of a project script (`scripts/<name>.ts`) run on a site root. */
export function runScript(name: string, site: string, args: string[] = [], project = ROOT): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(project, "scripts", `${name}.ts`), ...args], {
    cwd: project,
    env: scriptEnv(site),
    encoding: "utf8",
  });
}

/** Returns the result of `npm run build` of `site` into `out`, from `project`, with its own Astro cache. */
export function runBuild(project: string, site: string, out: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(project, "scripts/build.ts"), "--out", out], {
    cwd: project,
    env: scriptEnv(site, { COTMOC_CACHE_DIR: join(project, ".cache") }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Returns every file under `dir` with the SHA-256 of its bytes, by relative path. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of walk(dir))
    out[f] = createHash("sha256")
      .update(readFileSync(join(dir, f)))
      .digest("hex");
  return out;
}

/**
 * Returns the names in `dir`'s parent that belong to a build of `dir` (itself, `.sites`, and the old
 * `.staging`, `.previous`), and those inside `dir.sites/` prefixed with it ("dist.sites/2").
 */
export function buildFolders(dir: string): string[] {
  const parent = dirname(dir);
  if (!existsSync(parent)) return [];
  const names = readdirSync(parent).filter((n) => n.startsWith(basename(dir)));
  const sites = `${dir}.sites`;
  if (existsSync(sites)) names.push(...readdirSync(sites).map((n) => `${basename(sites)}/${n}`));
  return names.sort();
}
