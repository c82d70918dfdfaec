/**
 * `npm run build` with PNGs drawn in worker threads (src/publish/rasterPool.ts), on the mini fixture:
 * the site is byte for byte the one drawn in Astro's thread (COTMOC_RASTER_WORKERS=0), and a worker
 * that dies on one PNG fails the build, naming that PNG, without hanging, and the output folder
 * stays the last good site. Three builds, each with a cold cache of its own.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFolders, cleanUp, FIXTURES, hashTree, isolatedProject, scriptEnv, siteFrom, tempDir } from "../editor/sandbox.ts";

afterAll(cleanUp);

let project = "";
let site = "";
let scratch = "";

/** Runs `npm run build`'s script into `out` with a cache folder named `cache` and `workers` PNG threads. */
function build(out: string, cache: string, workers: string) {
  const r = spawnSync(process.execPath, [join(project, "scripts/build.ts"), "--out", out], {
    cwd: project,
    env: scriptEnv(site, { COTMOC_CACHE_DIR: join(scratch, cache), COTMOC_RASTER_WORKERS: workers }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    // A build that hangs on a lost worker fails here rather than stalling the suite.
    timeout: 540_000,
  });
  return { ...r, output: `${r.stdout}\n${r.stderr}` };
}

let pooled = { out: "", output: "" };
let single = { out: "", output: "" };

beforeAll(() => {
  project = isolatedProject();
  site = siteFrom(join(FIXTURES, "mini"));
  scratch = tempDir();
  for (const [side, cache, workers] of [
    ["pooled", "cache-pool", "2"],
    ["single", "cache-single", "0"],
  ] as const) {
    const out = join(scratch, side, "dist");
    const r = build(out, cache, workers);
    if (r.status !== 0) throw new Error(`the mini fixture does not build (${side}):\n${r.output.slice(-4000)}`);
    if (side === "pooled") pooled = { out, output: r.output };
    else single = { out, output: r.output };
  }
}, 1_200_000);

describe("PNGs drawn by worker threads during the build", () => {
  it("give the same site, byte for byte, as PNGs drawn in Astro's thread", () => {
    expect(pooled.output).toContain("PNG: vẽ trong 2 luồng song song.");
    expect(single.output).not.toContain("luồng song song");
    const a = hashTree(pooled.out);
    expect(Object.keys(a).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(8);
    expect(a).toEqual(hashTree(single.out));
  });

  it("a worker that dies on one PNG fails the build naming it, and the last good site stays", () => {
    // The project copy's worker exits on the PNGs that draw chi-bo's title (its chart, its card and its article's card).
    const title = (JSON.parse(readFileSync(join(site, "data/chi-bo.json"), "utf8")) as { title: string }).title;
    const worker = join(project, "src/publish/rasterWorker.ts");
    const source = readFileSync(worker, "utf8");
    const line = 'const { answer, transfer } = "subset" in job ? await cut(id, job) : draw(id, job);';
    const broken = source.replace(
      line,
      `if ("svg" in job && new TextDecoder().decode(job.svg).includes(${JSON.stringify(title)})) process.exit(7);\n  ${line}`,
    );
    expect(broken).not.toBe(source);
    const good = hashTree(pooled.out);
    const folders = buildFolders(pooled.out);
    const link = readlinkSync(pooled.out);
    writeFileSync(worker, broken);
    try {
      const r = build(pooled.out, "cache-crash", "2");
      expect(r.error).toBeUndefined();
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/Không vẽ được \d+ ảnh PNG:/);
      expect(r.stderr).not.toMatch(/bieu-do\/dong-gop\.png:/);
      expect(r.stderr).toMatch(/ {2}bieu-do\/chi-bo\.png: luồng vẽ PNG dừng đột ngột \(mã thoát 7\)/);
      expect(r.stderr).toContain(`Dựng trang thất bại; ${pooled.out} vẫn giữ nguyên bản tốt gần nhất.`);
      expect(hashTree(pooled.out)).toEqual(good);
      expect(buildFolders(pooled.out)).toEqual(folders);
      expect(readlinkSync(pooled.out)).toBe(link);
    } finally {
      writeFileSync(worker, source);
    }
  }, 600_000);
});
