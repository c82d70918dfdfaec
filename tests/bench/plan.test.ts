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
  const fake = {
    ws: { cacheOf: (name: string) => join(work, name), clean: () => undefined, sizes },
    solo: async (spec: BuildSpec) => (order.push(spec.label), result(spec)),
    duet: async (a: BuildSpec, b: BuildSpec) => {
      // Whatever the floor builds with must already be written when the pair starts.
      for (const s of [a, b])
        if (s.floor && !readFileSync(sizes, "utf8")) throw new Error(`${s.label} ran before the floor had its sizes`);
      order.push(`${a.label} | ${b.label}`);
      return [result(a), result(b)];
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
    expect(order.slice(2).filter((l) => l.includes("floor-warm"))).toHaveLength(9);
    expect(order).toHaveLength(2 + 5 + 9);
    expect(runs?.cold2x).toHaveLength(1);
    expect(runs?.cold).toHaveLength(5);
    expect(runs?.warm).toHaveLength(9);
  });

  it("with --full: an untimed sizing pair, then 3 repeats of 3 cold, 8 warm and one 2N pair", async () => {
    const { order, sizesFrom, runs } = await planOf(["--full"]);
    expect(order[0]).toBe("sizing | sizing-b");
    expect(sizesFrom).toBe("sizing");
    expect(order).toHaveLength(1 + 3 * (3 + 8 + 1));
    expect(runs?.cold2x).toHaveLength(3);
    expect(runs?.cold).toHaveLength(9);
    expect(runs?.warm).toHaveLength(24);
  });

  it("without 2N builds, sizes the floor with an untimed pair", async () => {
    const { order, runs } = await planOf(["--no-2x"]);
    expect(order[0]).toBe("sizing | sizing-b");
    expect(order).toHaveLength(1 + 5 + 9);
    expect(runs?.cold2x).toHaveLength(0);
  });
});
