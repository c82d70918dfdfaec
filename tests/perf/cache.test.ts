/**
 * The persistent chart cache: a chart drawn once is read back by the next build byte for byte, and
 * any change to its data, its options or the chart code misses.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CHART_CODE_VERSION, chartCacheDir, chartCacheKey, codeVersion, writeCachedChart } from "../../src/charts/cache.ts";
import { clearChartCache, RECENT_CHARTS, renderChart, renderChartSvgs } from "../../src/charts/index.ts";
import { NARROW_WIDTH } from "../../src/charts/theme.ts";
import { ROOT } from "../helpers/dist.ts";
import { bienGioi, chiBo, dongGop, hoGiaDinh } from "../charts/fixtures.ts";

const tmp = mkdtempSync(join(tmpdir(), "cotmoc-cache-test-"));
const ENV = ["COTMOC_CACHE_DIR", "COTMOC_CHART_CACHE"] as const;
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
let run = 0;

// Each render stores its drawing once, under its key: the calls are the renders.
vi.mock("../../src/charts/cache.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/charts/cache.ts")>();
  return { ...real, writeCachedChart: vi.fn(real.writeCachedChart) };
});

/** Returns the cache keys of the charts drawn since the test began, one per render. */
function drawn(): string[] {
  return vi.mocked(writeCachedChart).mock.calls.map(([key]) => key);
}

beforeEach(() => {
  // A fresh cache per test, no render counted yet, and nothing remembered in memory.
  run++;
  process.env.COTMOC_CACHE_DIR = join(tmp, `cache-${run}`);
  delete process.env.COTMOC_CHART_CACHE;
  vi.mocked(writeCachedChart).mockClear();
  clearChartCache();
});

afterAll(() => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  clearChartCache();
  rmSync(tmp, { recursive: true, force: true });
});

describe("the persistent chart cache", () => {
  it("keeps a drawn chart across builds and gives back the same bytes without drawing", () => {
    const first = renderChart(chiBo());
    expect(drawn()).toHaveLength(1);
    clearChartCache(); // a new build: a new process, nothing in memory
    const second = renderChart(chiBo());
    expect(second).toBe(first);
    expect(drawn()).toHaveLength(1);
  });

  it("gives the bytes a fresh drawing gives, for every kind", () => {
    for (const d of [chiBo, hoGiaDinh, bienGioi, dongGop]) {
      renderChart(d());
      clearChartCache();
      const cached = renderChart(d());
      process.env.COTMOC_CHART_CACHE = "off";
      clearChartCache();
      expect(renderChart(d())).toBe(cached);
      delete process.env.COTMOC_CHART_CACHE;
    }
  });

  it("stores each chart in a file named by its key under COTMOC_CACHE_DIR/charts, with no temporary file left", () => {
    renderChart(chiBo());
    renderChart(dongGop());
    const dir = chartCacheDir() ?? "";
    expect(dir.startsWith(join(process.env.COTMOC_CACHE_DIR ?? "", "charts"))).toBe(true);
    const files = readdirSync(dir).sort();
    const keys = drawn()
      .map((key) => `${key}.json`)
      .sort();
    expect(files).toEqual(keys);
    expect(files.every((f) => /^[0-9a-f]{64}\.json$/.test(f))).toBe(true);
  });

  it("renders a chart once for both widths, however many times pages ask for it", () => {
    const both = renderChartSvgs(chiBo());
    expect(renderChart(chiBo())).toBe(both.wide.svg);
    expect(renderChart(chiBo(), { width: NARROW_WIDTH })).toBe(both.narrow.svg);
    expect(renderChartSvgs(chiBo())).toEqual(both);
    expect(both.wide.svg).toContain(`viewBox="0 0 640 ${both.wide.height}"`);
    expect(both.narrow.svg).toContain(`viewBox="0 0 ${NARROW_WIDTH} ${both.narrow.height}"`);
    expect(drawn()).toHaveLength(1);
    // The one entry holds both widths, each with its size.
    const [[, entry] = ["", ""]] = vi.mocked(writeCachedChart).mock.calls;
    expect(JSON.parse(entry)).toEqual(both);
  });

  it("keeps only the recent drawings in memory and reads an older one back from the cache, not drawing it again", () => {
    const charts = Array.from({ length: RECENT_CHARTS + 1 }, (_, i) => ({ ...chiBo(), title: `Chi bộ ${i}` }));
    const first = charts.map((d) => renderChartSvgs(d));
    expect(drawn()).toHaveLength(charts.length);
    // Past the capacity, the oldest is gone from memory: asked again, it comes from its file.
    expect(renderChartSvgs(charts[0]!)).toEqual(first[0]);
    expect(drawn()).toHaveLength(charts.length);
    // Without its file, a forgotten chart is drawn again, to the same bytes; a recent one is still in memory.
    rmSync(chartCacheDir() ?? "", { recursive: true });
    expect(renderChartSvgs(charts.at(-1)!)).toEqual(first.at(-1));
    expect(drawn()).toHaveLength(charts.length);
    expect(renderChartSvgs(charts[1]!)).toEqual(first[1]);
    expect(drawn()).toHaveLength(charts.length + 1);
  });

  it("misses when the data changes: a value, a label, a title, a note", () => {
    renderChart(chiBo());
    const edits: Array<(d: ReturnType<typeof chiBo>) => void> = [
      (d) => {
        d.parts[0]!.value = 60;
        d.parts[0]!.text = "60 chi bộ";
      },
      (d) => (d.parts[1]!.label = "Chi bộ khác"),
      (d) => (d.title = "Một tiêu đề khác"),
      (d) => (d.notes = ["Một ghi chú mới."]),
    ];
    for (const edit of edits) {
      const d = chiBo();
      edit(d);
      clearChartCache();
      renderChart(d);
    }
    expect(new Set(drawn()).size).toBe(1 + edits.length);
  });

  it("misses when the options change: kind, emphasis", () => {
    const plain = renderChart(chiBo());
    clearChartCache();
    expect(renderChart(chiBo(), { kind: "bars" })).not.toBe(plain);
    expect(renderChart(chiBo(), { kind: "bars", emphasis: ["giap-bien"] })).not.toBe(plain);
    expect(drawn()).toHaveLength(3);
  });

  it("treats a damaged entry as a miss and draws the chart again", () => {
    const first = renderChart(chiBo());
    const dir = chartCacheDir() ?? "";
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), "{not json");
    clearChartCache();
    expect(renderChart(chiBo())).toBe(first);
    expect(drawn()).toHaveLength(2);
  });

  it("misses when the chart code changes", () => {
    const identity = JSON.stringify(["x", "bars", [], 640, chiBo()]);
    const sources = { "./bars.ts": "export const A = 1;", "../lib/format.ts": "export const B = 2;" };
    const packages = { "@observablehq/plot": "0.6.17", d3: "7.9.0", jsdom: "31.0.1" };
    const v = codeVersion(sources, packages);
    expect(codeVersion({ ...sources }, { ...packages })).toBe(v);
    expect(codeVersion({ ...sources, "./bars.ts": "export const A = 2;" }, packages)).not.toBe(v);
    expect(codeVersion({ ...sources, "./new.ts": "" }, packages)).not.toBe(v);
    expect(codeVersion(sources, { ...packages, "@observablehq/plot": "0.6.18" })).not.toBe(v);
    expect(chartCacheKey(identity, v)).not.toBe(chartCacheKey(identity, codeVersion(sources, { ...packages, jsdom: "32.0.0" })));
  });

  it("has the same code version under Vite as under plain Node, so the build and the tests share entries", () => {
    const script = `import(${JSON.stringify(join(ROOT, "src/charts/cache.ts"))}).then((m) => console.log(m.CHART_CODE_VERSION))`;
    expect(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim()).toBe(CHART_CODE_VERSION);
  });

  it("drops the entries of other code versions when it writes", async () => {
    const stale = join(process.env.COTMOC_CACHE_DIR ?? "", "charts", "0000000000000000");
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, "old.svg"), "<svg/>");
    // The first write of a process prunes; this file's earlier writes already did, so load the module afresh.
    vi.resetModules();
    const fresh = await vi.importActual<typeof import("../../src/charts/cache.ts")>("../../src/charts/cache.ts");
    fresh.writeCachedChart("a".repeat(64), "<svg/>");
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(join(process.env.COTMOC_CACHE_DIR ?? "", "charts"))).toEqual([CHART_CODE_VERSION.slice(0, 16)]);
  });

  it("never fails a build when it cannot write: the chart is drawn anyway", () => {
    const file = join(tmp, `not-a-folder-${run}`);
    writeFileSync(file, "");
    process.env.COTMOC_CACHE_DIR = file;
    expect(renderChart(chiBo())).toContain("<svg");
  });
});
