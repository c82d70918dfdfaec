/**
 * One real build for bench:scale (`node scripts/build.ts`, as `npm run build` runs it: checks,
 * astro build, Pagefind, the page checks, the atomic publish), timed alone on the machine: its wall
 * time, the CPU time of its whole process tree and the tree's peak memory.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { waitedChildrenCpuSeconds, watchTree } from "./measure.ts";
import type { Measured } from "./scaleFigures.ts";

/** What the build prints when it writes published records (scripts/build.ts). */
const RECORDS_WRITTEN = "Đã ghi bản ghi xuất bản";

export interface ScaleBuildSpec {
  label: string;
  /** The copy of the code that builds. */
  codeDir: string;
  /** The content root (COTMOC_ROOT). */
  root: string;
  /** Every cache the build keeps (COTMOC_CACHE_DIR: charts, PNGs, and Astro's cacheDir). */
  cache: string;
  out: string;
  /** The working folder: logs go in its logs/. */
  work: string;
}

const live = new Set<ChildProcess>();

/** Stops every build under way and every process it started (each leads its own process group). */
export function stopBuilds(): void {
  for (const c of live) {
    try {
      if (c.pid) process.kill(-c.pid, "SIGKILL");
    } catch {
      // already ended
    }
  }
}

/**
 * Runs one build and returns what it cost; exits the bench, with the log's last lines, if it fails.
 * CPU time is what this process's waited-for children used meanwhile (the kernel adds a child's
 * own waited-for children when it is reaped), so builds must run one at a time.
 */
export async function timedBuild(spec: ScaleBuildSpec): Promise<Measured> {
  const logs = join(spec.work, "logs");
  mkdirSync(logs, { recursive: true });
  const logFile = join(logs, `${spec.label.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "")}.log`);
  const cpuBefore = waitedChildrenCpuSeconds();
  const start = performance.now();
  const child = spawn(process.execPath, [join(spec.codeDir, "scripts/build.ts"), "--out", spec.out, "--root", spec.codeDir], {
    cwd: spec.work,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", COTMOC_ROOT: spec.root, COTMOC_CACHE_DIR: spec.cache },
    detached: true,
  });
  live.add(child);
  const watch = watchTree(child.pid ?? -1);
  const chunks: Buffer[] = [];
  child.stdout?.on("data", (c: Buffer) => chunks.push(c));
  child.stderr?.on("data", (c: Buffer) => chunks.push(c));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const wallSeconds = (performance.now() - start) / 1000;
  const cpuSeconds = waitedChildrenCpuSeconds() - cpuBefore;
  const { treeKb, processKb } = watch.stop();
  live.delete(child);
  const log = Buffer.concat(chunks).toString("utf8");
  writeFileSync(logFile, log);
  if (code !== 0) {
    console.error(`\nBuild "${spec.label}" failed (exit ${code}); last lines of ${logFile}:`);
    console.error(log.split("\n").slice(-30).join("\n"));
    stopBuilds();
    process.exit(1);
  }
  return {
    label: spec.label,
    wallSeconds,
    cpuSeconds,
    peakRssMb: Math.max(treeKb, processKb) / 1024,
    processPeakRssMb: processKb / 1024,
    wroteRecords: log.includes(RECORDS_WRITTEN),
  };
}
