/**
 * bench:scale's pure parts (scripts/bench/scaleFigures.ts): the figures the issue names, worked out
 * from made-up builds, each against its target; and the one-dataset edit, which must pass the
 * content checks of an already published corpus without a correction (or the rebuild would fail).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateArticle, writeCorpus } from "../../scripts/bench/corpus.ts";
import { EDIT_MARK, editDataset, formatScale, type Measured, scaleFigures } from "../../scripts/bench/scaleFigures.ts";
import { checkAll } from "../../src/model/checkAll.ts";
import { writeRecords } from "../../src/model/published.ts";

const build = (label: string, wallSeconds: number, cpuSeconds: number, peakRssMb = 900): Measured => ({
  label,
  wallSeconds,
  cpuSeconds,
  peakRssMb,
  processPeakRssMb: peakRssMb - 100,
  wroteRecords: false,
});

/** A run at N = 2,000 whose every figure meets its target, to be spoiled one at a time. */
const good = () => ({
  articles: 2000,
  charts: 8000,
  baselineArticles: 100,
  baseline: build("base", 40, 50),
  // 1,050 s of CPU over 2,000 articles is 1.05 × the baseline's 0.5 s per article; over 600 s of wall, 1.75 cores.
  cold: build("cold", 600, 1050, 1400),
  edit: build("edit", 24, 30),
  noChange: build("none", 12, 14),
});

describe("scaleFigures", () => {
  it("reports a CI rebuild (new folder, caches kept) without checking it, and counts its memory", () => {
    const r = scaleFigures({ ...good(), noChangeCi: build("ci", 120, 100, 1500) });
    expect(r.noChangeCiSeconds).toBe(120);
    expect(r.noChangeCiRatio).toBeCloseTo(0.2, 12);
    expect(Object.keys(r.checks)).not.toContain("noChangeCiRatio");
    expect(r.peakRssMb).toBe(1500);
    expect(r.builds.map((b) => b.label)).toEqual(["base", "cold", "edit", "none", "ci"]);
    expect(formatScale(r).join("\n")).toContain("(CI without dist/): 120.0 s, × 0.200 of the cold build (not a target)");
  });

  it("works out the issue's figures from the builds", () => {
    const r = scaleFigures(good());
    expect(r).toMatchObject({ articles: 2000, charts: 8000, coldWallSeconds: 600, coldCpuSeconds: 1050 });
    expect(r.parallelism).toBeCloseTo(1.75, 12);
    expect(r.perArticleCpuRatio).toBeCloseTo(1.05, 12);
    expect(r.incrementalOneDatasetSeconds).toBe(24);
    expect(r.incrementalRatio).toBeCloseTo(0.04, 12);
    expect(r.noChangeRatio).toBeCloseTo(0.02, 12);
    expect(r.noChangeCiSeconds).toBeNaN();
    expect(r.incrementalCpuRatio).toBeCloseTo(30 / 1050, 12);
    expect(r.peakRssMb).toBe(1400);
    expect(Object.values(r.checks).every((c) => c.pass)).toBe(true);
    expect(r.checks.parallelism.target).toBe("≥ 1.6");
    expect(r.checks.incrementalRatio.target).toBe("≤ 0.05");
  });

  it("fails each figure that misses its target, and only that one", () => {
    const spoil = (change: Partial<ReturnType<typeof good>>) => {
      const { checks } = scaleFigures({ ...good(), ...change });
      return Object.entries(checks)
        .filter(([, c]) => !c.pass)
        .map(([k]) => k);
    };
    expect(spoil({ cold: build("cold", 700, 1050, 1400) })).toEqual(["parallelism"]);
    expect(spoil({ baseline: build("base", 40, 45) })).toEqual(["perArticleCpuRatio"]);
    expect(spoil({ edit: build("edit", 31, 30) })).toEqual(["incrementalRatio"]);
    expect(spoil({ noChange: build("none", 18.5, 14) })).toEqual(["noChangeRatio"]);
    // The largest of the N-article builds counts: a rebuild loading its caches may hold the most.
    expect(spoil({ noChange: build("none", 12, 14, 1600) })).toEqual(["peakRssMb"]);
  });

  it("fails a figure that could not be measured instead of passing it", () => {
    const r = scaleFigures({ ...good(), cold: build("cold", 600, NaN, 1400) });
    expect(r.checks.parallelism.pass).toBe(false);
    expect(r.checks.perArticleCpuRatio.pass).toBe(false);
  });

  it("prints each figure with its target and PASS or FAIL", () => {
    const text = formatScale(scaleFigures({ ...good(), edit: build("edit", 60, 30) })).join("\n");
    expect(text).toMatch(/parallelism \(CPU \/ wall, cold\)\s+1\.750\s+≥ 1\.6\s+PASS/);
    expect(text).toMatch(/one dataset edited \/ cold \(wall\)\s+0\.100\s+≤ 0\.05\s+FAIL/);
  });
});

describe("editDataset", () => {
  const work = mkdtempSync(join(tmpdir(), "cotmoc-scale-test-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("edits the first figure's label and nothing else", () => {
    const text = `${JSON.stringify(
      {
        id: "x",
        values: [
          { key: "a", label: "Một", value: 1 },
          { key: "b", label: "Hai" },
        ],
      },
      null,
      2,
    )}\n`;
    const edited = JSON.parse(editDataset(text)) as { values: Array<{ label: string }> };
    expect(edited.values.map((v) => v.label)).toEqual([`Một${EDIT_MARK}`, "Hai"]);
    expect(editDataset(text)).toMatch(/\n$/);
    expect(() => editDataset('{"values": []}')).toThrow(/first figure/);
  });

  it("leaves a published corpus passing every content check, with no correction and no new version", () => {
    writeCorpus(work, 2);
    const published = checkAll(work);
    expect(published.problems).toEqual([]);
    writeRecords(work, published.records);
    const id = generateArticle(1).datasets[0]?.id ?? "";
    const file = join(work, "data", `${id}.json`);
    writeFileSync(file, editDataset(readFileSync(file, "utf8")));
    const after = checkAll(work);
    expect(after.problems).toEqual([]);
    expect(after.records.find((r) => r.id === id)?.versions).toHaveLength(1);
  });
});
