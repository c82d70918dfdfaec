/** The bench's temporary folder: two copies of the code, the corpora, caches, outputs and logs. */
import { cpSync, existsSync, mkdtempSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeTree } from "../lib/removeTree.ts";

export interface Workspace {
  /** The repository the code was copied from. */
  repo: string;
  work: string;
  /** One copy of the code per side of a pair. */
  codeDirs: readonly [string, string];
  /** The module every Node process of a build preloads (probe.mjs). */
  probe: string;
  /** The chart sizes the floor build reproduces, written from a build with charts. */
  sizes: string;
  /** Returns the cache folder named `name`. */
  cacheOf: (name: string) => string;
  /** Empties the cache folder named `name`. */
  clean: (name: string) => void;
  /** Replaces the cache folder `to` with a copy of `from`. */
  copyCache: (from: string, to: string) => void;
  remove: () => void;
}

/** The astro.config.mjs of a copy of the code (see scripts/bench/astroConfig.ts). */
const BENCH_CONFIG = `import project from "./astro.config.project.mjs";
import { withDrawHook } from "./scripts/bench/astroConfig.ts";

export default withDrawHook(project);
`;

/**
 * Makes the temporary folder. Builds run from a copy of the code taken now, so edits made while the
 * bench runs (minutes to hours) change nothing in it, and run in `work`: Astro writes its prerender
 * bundle inside the working folder when the output is there (elsewhere, a shared `.astro/` that
 * parallel builds trample), and that bundle finds the packages through the link to node_modules.
 * Two copies, one per side of a pair, so the two sides' builds never share a `.astro/`. In each copy the
 * project's config becomes astro.config.project.mjs, and astro.config.mjs adds the bench's draw hook;
 * with `drawHook: false` (bench:scale) the copies keep the project's config as it is.
 */
export function createWorkspace(repo: string, { drawHook = true } = {}): Workspace {
  const work = mkdtempSync(join(tmpdir(), "cotmoc-bench-"));
  const codeDirs = [join(work, "code"), join(work, "code-2")] as const;
  for (const codeDir of codeDirs) {
    for (const entry of ["src", "scripts", "public", "astro.config.mjs", "package.json", "tsconfig.json"]) {
      if (existsSync(join(repo, entry))) cpSync(join(repo, entry), join(codeDir, entry), { recursive: true });
    }
    if (!drawHook) continue;
    renameSync(join(codeDir, "astro.config.mjs"), join(codeDir, "astro.config.project.mjs"));
    writeFileSync(join(codeDir, "astro.config.mjs"), BENCH_CONFIG);
  }
  for (const dir of [work, ...codeDirs]) symlinkSync(realpathSync(join(repo, "node_modules")), join(dir, "node_modules"), "dir");
  const cacheOf = (name: string) => join(work, `cache-${name}`);
  return {
    repo,
    work,
    codeDirs,
    probe: join(codeDirs[0], "scripts/bench/probe.mjs"),
    sizes: join(work, "chart-sizes.json"),
    cacheOf,
    clean: (name) => rmSync(cacheOf(name), { recursive: true, force: true }),
    copyCache: (from, to) => {
      rmSync(cacheOf(to), { recursive: true, force: true });
      cpSync(cacheOf(from), cacheOf(to), { recursive: true });
    },
    remove: () => removeTree(work),
  };
}
