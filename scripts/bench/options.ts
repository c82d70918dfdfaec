/** `npm run bench`'s command line, parsed into one options object. */
import { resolve } from "node:path";

export const USAGE =
  "Usage: npm run bench -- [--articles N] [--repeat R] [--cold-pairs C] [--warm-pairs W] [--json FILE] [--clock cpu|wall] [--sequential] [--calibrate] [--no-2x] [--cold-only] [--keep]";

export interface BenchOptions {
  /** --articles N: the corpus's size (default 100). */
  articles: number;
  /** --repeat R (default 3): the median of three pairs survives one disturbed pair, which the mean of two does not. */
  repeat: number;
  /**
   * --cold-pairs C per repeat (default 3). Cold pairs of the same code spread by about ± 8 % here:
   * nine pairs per run give the median a 95 % interval (three pairs' range holds it 75 % of the time).
   */
  coldPairs: number;
  /**
   * --warm-pairs W per repeat (default 8). A warm pair costs half a cold one, and its ratio, within a
   * few percent of 1, is the one the machine's noise moves most: 24 pairs per run narrow it.
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

/** Returns the options of `argv` (the arguments after the script), or undefined when a count is not a positive integer. */
export function parseOptions(argv: readonly string[]): BenchOptions | undefined {
  const option = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
  };
  const flag = (name: string) => argv.includes(name);
  const count = (name: string, fallback: string) => {
    const n = Number(option(name, fallback));
    return Number.isInteger(n) && n >= 1 ? n : undefined;
  };
  const articles = count("--articles", "100");
  const repeat = count("--repeat", "3");
  const warmPairs = count("--warm-pairs", "8");
  const coldPairs = count("--cold-pairs", "3");
  if (articles === undefined || repeat === undefined || warmPairs === undefined || coldPairs === undefined) return undefined;
  const sequential = flag("--sequential");
  const coldOnly = flag("--cold-only");
  return {
    articles,
    repeat,
    coldPairs,
    warmPairs,
    sequential,
    calibrate: flag("--calibrate"),
    coldOnly,
    no2x: flag("--no-2x"),
    keep: flag("--keep"),
    method: coldOnly ? "cold-only" : sequential ? "sequential" : "duet",
    clock: option("--clock", "cpu") === "wall" ? "wall" : "cpu",
    json: flag("--json") ? resolve(option("--json", "bench.json")) : undefined,
  };
}
