/** The command lines of `npm run bench` and `npm run bench:scale`, each parsed into one options object. */
import { resolve } from "node:path";

export const USAGE =
  "Usage: npm run bench -- [--articles N] [--full] [--repeat R] [--cold-pairs C] [--warm-pairs W] [--json FILE] [--clock cpu|wall] [--sequential] [--calibrate] [--no-2x] [--cold-only] [--keep]";

export const SCALE_USAGE = "Usage: npm run bench:scale -- [--articles N] [--baseline B] [--json FILE] [--keep]";

export interface BenchOptions {
  /** --articles N: the corpus's size (default 100). */
  articles: number;
  /**
   * --full: the long method (about 45 minutes at N = 100): an untimed sizing pair, then per repeat
   * cold pairs, warm pairs and a 2N pair. Without it, the quick one (12 to 13 minutes at N = 100): a tiny
   * warm-up pair, one 2N pair whose N side also gives the floor its chart sizes, then the pairs.
   */
  full: boolean;
  /** --repeat R (default 1; 3 with --full): the cold and warm pairs run R times over. */
  repeat: number;
  /**
   * --cold-pairs C per repeat (default 5; 3 with --full). Cold pairs of the same code spread by about
   * ± 8 % here. The range of 5 pairs holds their median 93.8 % of the time, 9 pairs give 96.1 %.
   */
  coldPairs: number;
  /**
   * --warm-pairs W per repeat (default 9; 8 with --full). A warm pair costs half a cold one, and its
   * ratio, within a few percent of 1, is the one the machine's noise moves most.
   */
  warmPairs: number;
  /** --sequential: builds one at a time (the bench's first method) instead of side-by-side pairs. */
  sequential: boolean;
  /** --calibrate: only the floor beside itself (an A/A test: ratios near 1 show the pairs favour neither side). */
  calibrate: boolean;
  /** --cold-only: one cold build, for memory and bytes. */
  coldOnly: boolean;
  /** --no-2x: skip the builds of twice the articles. */
  no2x: boolean;
  /** --keep: leave the temporary folder. */
  keep: boolean;
  method: "cold-only" | "sequential" | "duet";
  /**
   * --clock: the clock the ratios use, `cpu` (default: the CPU time of the build, which other
   * processes on a busy machine disturb far less than the wall clock) or `wall`.
   */
  clock: "cpu" | "wall";
  /** --json FILE (bench.json when FILE is missing): where to write the results. */
  json: string | undefined;
}

export interface ScaleOptions {
  /** --articles N: the corpus measured (default 2000, the target). */
  articles: number;
  /** --baseline B: the corpus whose per-article CPU the ratio divides by (default 100). */
  baseline: number;
  /** --json FILE (bench-scale.json when FILE is missing). */
  json: string | undefined;
  /** --keep: leave the temporary folder. */
  keep: boolean;
}

/**
 * Reads `argv` knowing which options take a value and which are flags; undefined when it holds
 * anything else (a misspelt option would otherwise be ignored and a run of many minutes wasted).
 */
function reader(argv: readonly string[], valued: readonly string[], flags: readonly string[]) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (valued.includes(a)) {
      if (argv[++i] === undefined) return undefined;
    } else if (a === "--json") i += argv[i + 1]?.startsWith("--") === false ? 1 : 0;
    else if (!flags.includes(a)) return undefined;
  }
  const option = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
  };
  /** A positive integer, or undefined. */
  const count = (name: string, fallback: string) => {
    const n = Number(option(name, fallback));
    return Number.isInteger(n) && n >= 1 ? n : undefined;
  };
  // --json's FILE is optional: the next argument is its file unless it is another option.
  const json = () => {
    const i = argv.indexOf("--json");
    if (i < 0) return undefined;
    const next = argv[i + 1];
    return next !== undefined && !next.startsWith("--") ? resolve(next) : undefined;
  };
  return { option, count, json, flag: (name: string) => argv.includes(name) };
}

/** Returns the options of `argv` (the arguments after the script), or undefined when it is not a valid command line. */
export function parseOptions(argv: readonly string[]): BenchOptions | undefined {
  const flags = ["--full", "--sequential", "--calibrate", "--cold-only", "--no-2x", "--keep"];
  const valued = ["--articles", "--repeat", "--cold-pairs", "--warm-pairs", "--clock"];
  const r = reader(argv, valued, flags);
  if (!r) return undefined;
  const full = r.flag("--full");
  const articles = r.count("--articles", "100");
  const repeat = r.count("--repeat", full ? "3" : "1");
  const coldPairs = r.count("--cold-pairs", full ? "3" : "5");
  const warmPairs = r.count("--warm-pairs", full ? "8" : "9");
  const clock = r.option("--clock", "cpu");
  if (articles === undefined || repeat === undefined || warmPairs === undefined || coldPairs === undefined) return undefined;
  if (clock !== "cpu" && clock !== "wall") return undefined;
  const sequential = r.flag("--sequential");
  const coldOnly = r.flag("--cold-only");
  return {
    articles,
    full,
    repeat,
    coldPairs,
    warmPairs,
    sequential,
    calibrate: r.flag("--calibrate"),
    coldOnly,
    no2x: r.flag("--no-2x"),
    keep: r.flag("--keep"),
    method: coldOnly ? "cold-only" : sequential ? "sequential" : "duet",
    clock,
    json: r.flag("--json") ? (r.json() ?? resolve("bench.json")) : undefined,
  };
}

/** Returns the options of `npm run bench:scale`, or undefined when `argv` is not a valid command line. */
export function parseScaleOptions(argv: readonly string[]): ScaleOptions | undefined {
  const r = reader(argv, ["--articles", "--baseline"], ["--keep"]);
  if (!r) return undefined;
  const articles = r.count("--articles", "2000");
  const baseline = r.count("--baseline", "100");
  if (articles === undefined || baseline === undefined) return undefined;
  return {
    articles,
    baseline,
    json: r.flag("--json") ? (r.json() ?? resolve("bench-scale.json")) : undefined,
    keep: r.flag("--keep"),
  };
}
