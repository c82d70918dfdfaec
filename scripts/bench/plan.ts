/**
 * Which builds a run makes, in what order: cold pairs (a build with charts beside the floor), warm
 * pairs (caches kept), and a cold build of 2N beside one of N. Quick (the default): a warm-up pair on
 * a tiny corpus, the 2N pair, then the cold pairs, an untimed pair that gives each side its warm
 * caches, and the warm pairs; `--full`: an untimed sizing pair, then per repeat the same and a 2N
 * pair. Or the same one at a time (`--sequential`), one cold build (`--cold-only`), or the floor
 * beside itself (`--calibrate`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { BenchOptions } from "./options.ts";
import { parseRenderLog, sizesOf } from "./renderLog.ts";
import type { BuildResult, BuildSpec, Runner } from "./runner.ts";

export type Kind = "cold" | "floorCold" | "warm" | "floorWarm" | "cold2x" | "coldBeside2x";
export type Runs = Record<Kind, BuildResult[]>;

/** The corpus of N articles, of 2N, and a tiny one for the quick method's warm-up. */
export interface Corpora {
  rootN: string;
  root2N: string;
  tiny: string;
}

/** The cache of a warm build on one side: each copy of the code keeps its own (`Plan.onSide`). */
const warmCache = (kind: "warm" | "floorWarm", side: 0 | 1) => `${kind === "warm" ? "charts" : "floor"}-side-${side}`;

/** Builds a run of the bench: its specs, and the results recorded by kind. */
class Plan {
  readonly runs: Runs = { cold: [], floorCold: [], warm: [], floorWarm: [], cold2x: [], coldBeside2x: [] };

  readonly runner: Runner;
  readonly options: BenchOptions;
  readonly corpora: Corpora;

  constructor(runner: Runner, options: BenchOptions, corpora: Corpora) {
    this.runner = runner;
    this.options = options;
    this.corpora = corpora;
  }

  cacheOf = (name: string) => this.runner.ws.cacheOf(name);
  clean = (name: string) => this.runner.ws.clean(name);

  /** The builds of repeat `r` (labelled with `r`, or `tag`), by kind: a warm build reuses the cache its cold build filled. */
  specs(r: number, tag = String(r)): Record<Kind, BuildSpec> {
    const { rootN, root2N } = this.corpora;
    return {
      cold: { label: `cold-${tag}`, root: rootN, cache: this.cacheOf("charts") },
      floorCold: { label: `floor-cold-${tag}`, root: rootN, cache: this.cacheOf("floor"), floor: true },
      warm: { label: `warm-${tag}`, root: rootN, cache: this.cacheOf("charts") },
      floorWarm: { label: `floor-warm-${tag}`, root: rootN, cache: this.cacheOf("floor"), floor: true },
      cold2x: { label: `cold-2x-${tag}`, root: root2N, cache: this.cacheOf("2x") },
      coldBeside2x: { label: `cold-n-${tag}`, root: rootN, cache: this.cacheOf("n") },
    };
  }

  /** Runs one build of repeat `r` alone and records it. */
  async alone(r: number, kind: Kind): Promise<BuildResult> {
    const b = await this.runner.solo(this.specs(r)[kind]);
    this.runs[kind].push(b);
    return b;
  }

  /**
   * Runs two builds of repeat `r` side by side and records them. `a` runs on side 0 in odd repeats
   * and on side 1 in even ones: whatever favours a side (its copy of the code, starting a moment
   * earlier) then favours each build of the pair in turn. Within a repeat, the cold pairs and then
   * the warm pairs swap sides in turn, the first of each on the repeat's sides. Returns the side `a` ran on.
   */
  async pair(r: number, a: Kind, b: Kind, tag = String(r), swap = r % 2 === 0): Promise<0 | 1> {
    const specs = this.specs(r, tag);
    const [first, second] = swap ? [b, a] : [a, b];
    const [x, y] = await this.runner.duet(this.onSide(specs[first], first, 0), this.onSide(specs[second], second, 1));
    const [ra, rb] = swap ? [y, x] : [x, y];
    this.runs[a].push(ra);
    this.runs[b].push(rb);
    return swap ? 1 : 0;
  }

  /**
   * A warm build's spec on `side`, with that side's own cache: Astro keys the pages it keeps by the
   * code's absolute paths, so a cache last written by the other copy of the code keeps no page.
   */
  onSide(spec: BuildSpec, kind: Kind, side: 0 | 1): BuildSpec {
    if (kind !== "warm" && kind !== "floorWarm") return spec;
    return { ...spec, cache: this.cacheOf(warmCache(kind, side)) };
  }

  /**
   * Gives each side its own warm caches, copied from the last cold pair's (its build with charts ran on
   * `chartSide`). The copy on the other side is brought to that side's code by an untimed pair there,
   * which renders every page again from the kept charts and PNGs.
   */
  async prepareWarm(chartSide: 0 | 1): Promise<void> {
    console.log("Warm caches for each side (untimed: the last cold pair's caches, rebuilt by the other copy of the code)");
    const floorSide = chartSide === 0 ? 1 : 0;
    const { ws } = this.runner;
    for (const side of [0, 1] as const) {
      ws.copyCache("charts", warmCache("warm", side));
      ws.copyCache("floor", warmCache("floorWarm", side));
    }
    const specs = this.specs(0, "prep");
    const chart = this.onSide({ ...specs.warm, label: "warm-prep" }, "warm", floorSide);
    const floor = this.onSide({ ...specs.floorWarm, label: "floor-warm-prep" }, "floorWarm", chartSide);
    await (floorSide === 0 ? this.runner.duet(chart, floor) : this.runner.duet(floor, chart));
  }

  /** Writes the chart sizes the floor reproduces, from a build with charts. */
  writeSizes(b: BuildResult): void {
    const drawings = parseRenderLog(readFileSync(b.renderLog, "utf8"));
    if (!drawings.length) {
      console.error(
        `\nBuild "${b.label}" logged no chart drawing: the bench's draw hook (scripts/bench/astroConfig.ts) did not apply.`,
      );
      process.exit(1);
    }
    writeFileSync(this.runner.ws.sizes, JSON.stringify(sizesOf(drawings)));
  }

  /**
   * Two untimed builds with charts, one per side: the floor's chart sizes come from the first, and
   * neither copy of the code meets its first build in a timed pair (Astro sets up the project's
   * `.astro/` then: at N = 2, the floor beside itself gave × 0.78).
   */
  async sizing(): Promise<void> {
    console.log("Sizing builds (untimed: the floor's chart sizes, and a first build on each side)");
    this.clean("sizing");
    this.clean("sizing-b");
    const { rootN } = this.corpora;
    const [sizing] = await this.runner.duet(
      { label: "sizing", root: rootN, cache: this.cacheOf("sizing") },
      { label: "sizing-b", root: rootN, cache: this.cacheOf("sizing-b") },
    );
    this.writeSizes(sizing);
    this.clean("sizing");
    this.clean("sizing-b");
  }

  /**
   * The quick method's first pair, untimed: a build of the tiny corpus on each side, so that neither
   * copy of the code meets its first build in a timed pair, at a fraction of a sizing pair's cost.
   */
  async warmUp(): Promise<void> {
    console.log("Warm-up (untimed: a first build of a tiny corpus on each side)");
    const { tiny } = this.corpora;
    this.clean("tiny");
    this.clean("tiny-b");
    await this.runner.duet(
      { label: "warm-up", root: tiny, cache: this.cacheOf("tiny") },
      { label: "warm-up-b", root: tiny, cache: this.cacheOf("tiny-b") },
    );
    this.clean("tiny");
    this.clean("tiny-b");
  }

  /** Runs the cold 2N build beside a cold N build (both from empty caches) and records them. */
  async scalingPair(r: number): Promise<void> {
    this.clean("2x");
    this.clean("n");
    await this.pair(r, "cold2x", "coldBeside2x");
  }

  async sequential(): Promise<void> {
    const { repeat, no2x } = this.options;
    for (let r = 1; r <= repeat; r++) {
      console.log(`Repeat ${r}/${repeat}`);
      this.clean("charts");
      const cold = await this.alone(r, "cold");
      if (r === 1) this.writeSizes(cold);
      this.clean("floor");
      await this.alone(r, "floorCold");
      await this.alone(r, "warm");
      await this.alone(r, "floorWarm");
      if (!no2x) {
        this.clean("2x");
        await this.alone(r, "cold2x");
      }
    }
  }

  async duets(): Promise<void> {
    const { repeat, coldPairs, warmPairs, no2x, full } = this.options;
    // Quick: the 2N pair comes first, and its N build (cold, with charts) gives the floor its sizes.
    const scalingFirst = !full && !no2x;
    if (scalingFirst) {
      await this.warmUp();
      console.log("2N beside N (the N build also gives the floor its chart sizes)");
      await this.scalingPair(1);
      const n = this.runs.coldBeside2x[0];
      if (n) this.writeSizes(n);
    } else await this.sizing();
    for (let r = 1; r <= repeat; r++) {
      console.log(`Repeat ${r}/${repeat} (each pair side by side)`);
      let chartSide: 0 | 1 = 0;
      for (let c = 1; c <= coldPairs; c++) {
        // Each cold pair starts from empty caches; the last one's fill the warm pairs' caches.
        this.clean("charts");
        this.clean("floor");
        chartSide = await this.pair(r, "cold", "floorCold", coldPairs > 1 ? `${r}.${c}` : String(r), (r + c) % 2 === 1);
      }
      await this.prepareWarm(chartSide);
      for (let w = 1; w <= warmPairs; w++) {
        await this.pair(r, "warm", "floorWarm", warmPairs > 1 ? `${r}.${w}` : String(r), (r + w) % 2 === 1);
      }
      if (!no2x && !scalingFirst) await this.scalingPair(r);
    }
  }

  /**
   * An A/A test of the method: the floor on both sides, whose ratio should be 1, cold and then warm
   * (its own caches kept): the noise the real pairs' ratios carry. Returns side 0 / side 1 per pair.
   */
  async calibration(): Promise<{ cold: number[]; warm: number[] }> {
    const { repeat, warmPairs } = this.options;
    const cold: number[] = [];
    const warm: number[] = [];
    for (let r = 1; r <= repeat; r++) {
      console.log(`Calibration ${r}/${repeat}: the floor beside itself, cold then warm`);
      this.clean("floor");
      this.clean("floor-b");
      const floor = this.specs(r).floorCold;
      const [a, b] = await this.runner.duet(
        { ...floor, label: `floor-a-${r}` },
        { ...floor, label: `floor-b-${r}`, cache: this.cacheOf("floor-b") },
      );
      cold.push(a.seconds / b.seconds);
      for (let w = 1; w <= warmPairs; w++) {
        const floorWarm = this.specs(r, `${r}.${w}`).floorWarm;
        const [wa, wb] = await this.runner.duet(
          { ...floorWarm, label: `floor-warm-a-${r}.${w}` },
          { ...floorWarm, label: `floor-warm-b-${r}.${w}`, cache: this.cacheOf("floor-b") },
        );
        warm.push(wa.seconds / wb.seconds);
      }
    }
    return { cold, warm };
  }
}

/** Runs the builds `options` ask for; returns them by kind, or the A/A ratios with `--calibrate`. */
export async function runPlan(
  runner: Runner,
  options: BenchOptions,
  corpora: Corpora,
): Promise<{ runs: Runs } | { calibration: { cold: number[]; warm: number[] } }> {
  const plan = new Plan(runner, options, corpora);
  if (options.coldOnly) {
    plan.clean("charts");
    await plan.alone(1, "cold");
  } else if (options.sequential) {
    await plan.sequential();
  } else if (options.calibrate) {
    await plan.sizing();
    return { calibration: await plan.calibration() };
  } else {
    await plan.duets();
  }
  return { runs: plan.runs };
}
