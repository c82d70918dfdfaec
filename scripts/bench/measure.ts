/**
 * What one build costs: CPU time and peak memory from the preloaded probe (probe.mjs) and from
 * /proc, and the charts it drew, from its render log.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { parseRenderLog, renderCount } from "./renderLog.ts";

/** Linux's USER_HZ, the unit of /proc/<pid>/stat times. */
const CLK_TCK = 100;

/** Returns the pids of `pid`'s descendants (from /proc; empty where /proc is missing). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  try {
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return [];
  }
  const out: number[] = [];
  const stack = [pid];
  while (stack.length) for (const c of children.get(stack.pop() ?? -1) ?? []) (out.push(c), stack.push(c));
  return out;
}

/** Returns a process's peak resident set in KB (VmHWM), or 0. */
function vmHwmKb(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Polls the peak resident set of `pid`'s descendants every 100 ms, for processes the probe does not
 * reach (Pagefind is not Node); `stop()` ends polling and returns the largest, in KB.
 */
export function pollPeakRss(pid: number): { stop: () => number } {
  let peakKb = 0;
  const timer = setInterval(() => {
    for (const p of descendants(pid)) peakKb = Math.max(peakKb, vmHwmKb(p));
  }, 100);
  return { stop: () => (clearInterval(timer), peakKb) };
}

/** Returns the largest peak resident set (KB) and the CPU time the probe recorded, NaN without /proc. */
export function readProbeLog(file: string): { rssKb: number; cpuSeconds: number } {
  const probes = existsSync(file)
    ? readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((l) => l.split("\t").map(Number))
    : [];
  const rssKb = Math.max(0, ...probes.map((p) => p[1] ?? 0));
  // The outermost process (scripts/build.ts) waited for all the others: its count includes theirs.
  const ticks = Math.max(-1, ...probes.map((p) => p[2] ?? -1));
  return { rssKb, cpuSeconds: ticks >= 0 ? ticks / CLK_TCK : NaN };
}

/** Returns what a build's render log says it drew: renders, distinct renders and distinct charts. */
export function readRenders(file: string): { renders: number; distinct: number; charts: number } {
  const drawings = existsSync(file) ? parseRenderLog(readFileSync(file, "utf8")) : [];
  return {
    renders: renderCount(drawings),
    distinct: new Set(drawings.map((d) => d.render)).size,
    charts: new Set(drawings.map((d) => d.id)).size,
  };
}

/**
 * Returns a process's proportional resident set now (Pss: its private pages, and its share of pages
 * it shares, such as the node binary with its parent) in KB, or 0. Summed over a tree, it counts
 * each page once, where summing VmRSS would count shared ones once per process.
 */
function pssKb(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Returns the CPU time (user + system, s) of every child this process has waited for: /proc/self/stat's cutime + cstime. */
export function waitedChildrenCpuSeconds(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[13]) + Number(f[14])) / CLK_TCK;
  } catch {
    return NaN;
  }
}

/**
 * Polls the tree of processes under `pid` (itself included) every 200 ms; `stop()` returns the peak
 * of the tree's summed proportional resident set, and the largest peak resident set of any one
 * process (VmHWM, which catches a spike between two polls), in KB. The sum is the memory the build
 * holds at once across its processes (the waiting parent, the build, Pagefind).
 */
export function watchTree(pid: number): { stop: () => { treeKb: number; processKb: number } } {
  let treeKb = 0;
  let processKb = 0;
  const timer = setInterval(() => {
    const tree = [pid, ...descendants(pid)];
    treeKb = Math.max(
      treeKb,
      tree.reduce((s, p) => s + pssKb(p), 0),
    );
    for (const p of tree) processKb = Math.max(processKb, vmHwmKb(p));
  }, 200);
  return { stop: () => (clearInterval(timer), { treeKb, processKb }) };
}
