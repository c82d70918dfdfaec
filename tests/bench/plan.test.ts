/**
 * Which builds `npm run bench` makes (scripts/bench/plan.ts), run against a stand-in for the runner
 * that records each build instead of running it: the quick default and the long method (--full).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseOptions } from "../../scripts/bench/options.ts";
import { runPlan } from "../../scripts/bench/plan.ts";
import { formatDrawing } from "../../scripts/bench/renderLog.ts";
import type { BuildResult, BuildSpec, Runner } from "../../scripts/bench/runner.ts";

const work = mkdtempSync(join(tmpdir(), "cotmoc-plan-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const corpora = { rootN: "corpus-N", root2N: "corpus-2N", tiny: "corpus-tiny" };

/** Runs the plan of `argv`; returns the builds in order ("a | b" for a pair) and where the floor's sizes came from. */
async function planOf(argv: string[]) {
  const options = parseOptions(argv);
  if (!options) throw new Error("bad options");
  const order: string[] = [];
  const result = (spec: BuildSpec): BuildResult => {
    const renderLog = join(work, `${spec.label}.renders`);
    // A build with charts logs a drawing; the floor's sizes file then names the build it came from.
    writeFileSync(
      renderLog,
      spec.floor ? "" : formatDrawing({ render: "r", id: spec.label, width: 640, size: "s", bytes: 10, viewBox: "", rest: "" }),
    );
    return { label: spec.label, wallSeconds: 1, cpuSeconds: 1, seconds: 1, peakRssMb: 1, renders: 1, out: "", renderLog };
  };
  const sizes = join(work, "sizes.json");
  // Which side's code last wrote each cache: Astro keeps pages only for the code that wrote them.
  const writtenBy = new Map<string, 0 | 1>();
  const built = (spec: BuildSpec, side: 0 | 1) => {
    const by = writtenBy.get(spec.cache);
    if (/^(floor-)?warm-\d/.test(spec.label) && by !== undefined && by !== side)
      throw new Error(`${spec.label} ran on side ${side} with a cache side ${by} wrote`);
    writtenBy.set(spec.cache, side);
    return result(spec);
  };
  const fake = {
    ws: {
      cacheOf: (name: string) => join(work, name),
      clean: (name: string) => writtenBy.delete(join(work, name)),
      copyCache: (from: string, to: string) => {
        const by = writtenBy.get(join(work, from));
        if (by === undefined) writtenBy.delete(join(work, to));
        else writtenBy.set(join(work, to), by);
      },
      sizes,
    },
    solo: async (spec: BuildSpec) => (order.push(spec.label), built(spec, 0)),
    duet: async (a: BuildSpec, b: BuildSpec) => {
      // Whatever the floor builds with must already be written when the pair starts.
      for (const s of [a, b])
        if (s.floor && !readFileSync(sizes, "utf8")) throw new Error(`${s.label} ran before the floor had its sizes`);
      order.push(`${a.label} | ${b.label}`);
      return [built(a, 0), built(b, 1)];
    },
  };
  writeFileSync(sizes, "");
  const outcome = await runPlan(fake as unknown as Runner, options, corpora);
  // writeSizes wrote the drawings of the build it read: its id is that build's label.
  const sizesFrom = Object.values(JSON.parse(readFileSync(sizes, "utf8") || "{}") as Record<string, { id: string }>)[0]?.id ?? "";
  return { order, sizesFrom, runs: "runs" in outcome ? outcome.runs : undefined };
}

describe("the bench's plan", () => {
  it("by default: a tiny warm-up pair, the 2N pair (its N build sizing the floor), 5 cold and 9 warm pairs", async () => {
    const { order, sizesFrom, runs } = await planOf([]);
    expect(order[0]).toBe("warm-up | warm-up-b");
    expect(order[1]).toBe("cold-2x-1 | cold-n-1");
    expect(sizesFrom).toBe("cold-n-1");
    expect(order.slice(2).filter((l) => l.includes("floor-cold"))).toHaveLength(5);
    expect(order.slice(2).filter((l) => /floor-warm-\d/.test(l))).toHaveLength(9);
    // Between the cold and the warm pairs, the untimed pair that gives each side its warm caches.
    expect(order[2 + 5]).toMatch(/^(floor-)?warm-prep \| (floor-)?warm-prep$/);
    expect(order).toHaveLength(2 + 5 + 1 + 9);
    expect(runs?.cold2x).toHaveLength(1);
    expect(runs?.cold).toHaveLength(5);
    expect(runs?.warm).toHaveLength(9);
  });

  it("with --full: an untimed sizing pair, then 3 repeats of 3 cold, 8 warm and one 2N pair", async () => {
    const { order, sizesFrom, runs } = await planOf(["--full"]);
    expect(order[0]).toBe("sizing | sizing-b");
    expect(sizesFrom).toBe("sizing");
    expect(order).toHaveLength(1 + 3 * (3 + 1 + 8 + 1));
    expect(runs?.cold2x).toHaveLength(3);
    expect(runs?.cold).toHaveLength(9);
    expect(runs?.warm).toHaveLength(24);
  });

  it("runs each warm build with a cache its own side's code wrote", async () => {
    // planOf's stand-in throws otherwise; with --sequential every build runs on one side.
    for (const argv of [[], ["--full"], ["--sequential"], ["--warm-pairs", "1", "--cold-pairs", "2"]])
      await expect(planOf(argv)).resolves.toBeDefined();
  });

  it("without 2N builds, sizes the floor with an untimed pair", async () => {
    const { order, runs } = await planOf(["--no-2x"]);
    expect(order[0]).toBe("sizing | sizing-b");
    expect(order).toHaveLength(1 + 5 + 1 + 9);
    expect(runs?.cold2x).toHaveLength(0);
  });
});
