/** Runs real builds (`node scripts/build.ts` in a copy of the code): alone, or two side by side. */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pollPeakRss, readProbeLog, readRenders } from "./measure.ts";
import type { BenchOptions } from "./options.ts";
import { FLOOR_SIZES_ENV, RENDER_LOG_ENV } from "./renderLog.ts";
import type { Workspace } from "./workspace.ts";

/** One build to run: its name, corpus and cache folder. */
export interface BuildSpec {
  label: string;
  root: string;
  cache: string;
  /** The floor: every chart replaced by inert markup of its drawn size (drawHook.ts). */
  floor?: boolean;
  /** Which copy of the code builds it: 0, or 1 for the second build of a duet. */
  side?: 0 | 1;
}

export interface BuildResult {
  label: string;
  /** Wall-clock time of the build. */
  wallSeconds: number;
  /** CPU time (user + system) of the build and every process it waited for; NaN without /proc. */
  cpuSeconds: number;
  /** The time the ratios use: CPU by default (see `--clock`). */
  seconds: number;
  peakRssMb: number;
  /** Charts actually drawn (each at both widths), from the render log. */
  renders: number;
  out: string;
  renderLog: string;
}

/** A build under way: its process, and its result once it has ended. */
interface Running {
  child: ChildProcess;
  done: Promise<BuildResult>;
}

/** Stops a build and every process it started (it leads its own process group). */
function stop(c: ChildProcess): void {
  try {
    if (c.pid) process.kill(-c.pid, "SIGKILL");
  } catch {
    // already ended
  }
}

/**
 * Keeps the floor out of the chart cache: a file where the cache's `charts/` folder would be makes
 * every read and write of it fail, which the cache takes as a miss. A floor build then neither reads
 * nor stores charts, as a site without charts would not.
 */
function blockChartCache(cache: string): void {
  mkdirSync(cache, { recursive: true });
  const charts = join(cache, "charts");
  if (!existsSync(charts)) writeFileSync(charts, "The bench's floor build keeps no charts.\n");
}

/** Returns one build's line of the progress table. */
export function line(b: BuildResult): string {
  return (
    `  ${b.label.padEnd(24)}${b.wallSeconds.toFixed(1).padStart(7)} s wall ${b.cpuSeconds.toFixed(1).padStart(7)} s CPU ` +
    `${b.peakRssMb.toFixed(0).padStart(5)} MB ${String(b.renders).padStart(5)} chart renders`
  );
}

export class Runner {
  /** Builds under way, stopped if the bench exits early. */
  readonly #live = new Set<ChildProcess>();

  readonly ws: Workspace;
  readonly options: Pick<BenchOptions, "clock" | "keep">;

  constructor(ws: Workspace, options: Pick<BenchOptions, "clock" | "keep">) {
    this.ws = ws;
    this.options = options;
    process.on("exit", () => this.#live.forEach(stop));
    // The builds have their own process groups, which a Ctrl-C at the terminal does not reach. An
    // interrupted bench leaves nothing behind (a failed build keeps the folder: its log is there).
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.on(signal, () => {
        this.#live.forEach(stop);
        if (!options.keep) ws.remove();
        process.exit(130);
      });
    }
  }

  /**
   * Starts one real build of `spec.root`; `done` gives its time, peak memory and render count, and
   * exits the bench on failure. A filler's result is not used: it may be killed.
   */
  start(spec: BuildSpec, filler = false): Running {
    const { label, root, cache } = spec;
    const { work, codeDirs, probe, sizes } = this.ws;
    const out = join(work, `out-${label}`);
    const logs = join(work, "logs");
    mkdirSync(logs, { recursive: true });
    const renderLog = join(logs, `${label}.renders`);
    const rssLog = join(logs, `${label}.rss`);
    rmSync(renderLog, { force: true });
    rmSync(rssLog, { force: true });
    if (spec.floor) blockChartCache(cache);
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      COTMOC_ROOT: root,
      COTMOC_CACHE_DIR: cache,
      [RENDER_LOG_ENV]: renderLog,
      ...(spec.floor ? { [FLOOR_SIZES_ENV]: sizes } : {}),
      COTMOC_RSS_LOG: rssLog,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${probe}`.trim(),
    };
    const logFile = join(logs, `${label}.log`);
    const start = performance.now();
    // Each build leads its own process group, so that stopping it (a filler, or all on Ctrl-C) stops
    // astro and Pagefind too.
    const codeDir = codeDirs[spec.side ?? 0];
    const child = spawn(process.execPath, [join(codeDir, "scripts/build.ts"), "--out", out, "--root", codeDir], {
      cwd: work,
      env,
      detached: true,
    });
    this.#live.add(child);
    child.on("close", () => this.#live.delete(child));
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (c: Buffer) => chunks.push(c));
    child.stderr?.on("data", (c: Buffer) => chunks.push(c));
    const poll = pollPeakRss(child.pid ?? -1);
    const done = new Promise<number | null>((resolveClose) => child.on("close", resolveClose)).then((code) => {
      const wallSeconds = (performance.now() - start) / 1000;
      const polledKb = poll.stop();
      writeFileSync(logFile, Buffer.concat(chunks));
      if (code !== 0 && !filler) {
        console.error(`\nBuild "${label}" failed (exit ${code}); last lines of ${logFile}:`);
        console.error(Buffer.concat(chunks).toString("utf8").split("\n").slice(-30).join("\n"));
        process.exit(1);
      }
      const { rssKb, cpuSeconds } = readProbeLog(rssLog);
      return {
        label,
        wallSeconds,
        cpuSeconds,
        seconds: this.options.clock === "cpu" ? cpuSeconds : wallSeconds,
        peakRssMb: Math.max(rssKb, polledKb) / 1024,
        renders: readRenders(renderLog).renders,
        out,
        renderLog,
      };
    });
    return { child, done };
  }

  /** Runs one build alone. */
  async solo(spec: BuildSpec): Promise<BuildResult> {
    const b = await this.start(spec).done;
    console.log(line(b));
    return b;
  }

  /**
   * Runs two builds side by side, one per core: a duet (Bulej et al., "Duet Benchmarking", 2020).
   * Load from other tenants of a shared machine then falls on both alike, so their ratio is far
   * steadier than that of builds run minutes apart. When one ends first, a filler (the same build
   * again, into scratch folders, its result discarded) takes its core until the other ends, so that
   * neither build ever runs alone on a quiet machine.
   */
  async duet(a: BuildSpec, b: BuildSpec): Promise<[BuildResult, BuildResult]> {
    const { work } = this.ws;
    const runs = [this.start({ ...a, side: 0 }), this.start({ ...b, side: 1 })];
    const results: Array<BuildResult | undefined> = [undefined, undefined];
    const ended = runs.map((r, i) => r.done.then((res) => ((results[i] = res), i)));
    const firstDone = await Promise.race(ended);
    const other = 1 - firstDone;
    const spec: BuildSpec = { ...(firstDone === 0 ? a : b), side: firstDone === 0 ? 0 : 1 };
    let n = 0;
    while (results[other] === undefined) {
      const fillerCache = join(work, "cache-filler");
      rmSync(fillerCache, { recursive: true, force: true });
      const filler = this.start({ ...spec, label: `filler-${++n}`, cache: fillerCache }, true);
      const which = await Promise.race([ended[other], filler.done.then(() => -1)]);
      if (which !== -1) stop(filler.child);
      await filler.done;
      rmSync(join(work, `out-filler-${n}`), { recursive: true, force: true });
      rmSync(join(work, `out-filler-${n}.sites`), { recursive: true, force: true });
    }
    const [ra, rb] = results as [BuildResult, BuildResult];
    console.log(line(ra));
    console.log(line(rb));
    return [ra, rb];
  }
}
