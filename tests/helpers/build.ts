/**
 * Builds the site for a test: `npm run build`'s script, from a private copy of the project's code
 * (node_modules linked, content and data read from the project through COTMOC_ROOT), into a fresh
 * folder, with a cold cache. The copy matters: a build whose output lies outside the project keeps
 * its prerender chunks in `<project>/.astro/`, so two builds from one project folder at the same
 * time (this test's and anyone else's) can load each other's chunks.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./dist.ts";

export interface TestBuild {
  /** The built site. */
  dist: string;
  /** What the build printed (stdout, then stderr). */
  output: string;
  /** Removes the build, its cache and the project copy. */
  remove: () => void;
}

/** Entries of the project a build does not read from the copy: outputs, tests, content (read in place). */
const NOT_COPIED = /^(node_modules|\.git|\.astro|dist.*|\.dist-staging|tests|content|data|screenshots|docs)$/;
/** Variables vitest sets that would make Astro build for tests instead of production. */
const TEST_VARIABLES = /^(VITEST.*|NODE_ENV|TEST|MODE|PROD|DEV|SSR|BASE_URL)$/;

/** Returns a fresh production build of the site with `env` added to the environment; throws with the build's output on failure. */
export function buildSite(name: string, env: Record<string, string> = {}): TestBuild {
  const root = mkdtempSync(join(tmpdir(), `cotmoc-${name}-`));
  const project = join(root, "project");
  for (const entry of readdirSync(ROOT))
    if (!NOT_COPIED.test(entry)) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !TEST_VARIABLES.test(k)));
  const dist = join(root, "dist");
  const r = spawnSync(process.execPath, [join(project, "scripts/build.ts"), "--out", dist], {
    cwd: project,
    env: { ...base, ...env, COTMOC_ROOT: ROOT, COTMOC_CACHE_DIR: join(root, "cache"), ASTRO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const remove = () => rmSync(root, { recursive: true, force: true });
  if (r.status !== 0) {
    remove();
    throw new Error(`build ${name} failed (${r.status ?? r.signal}):\n${`${r.stdout}\n${r.stderr}`.slice(-4000)}`);
  }
  return { dist, output: `${r.stdout}\n${r.stderr}`, remove };
}
