// Preloaded into every Node process of a bench build (NODE_OPTIONS=--import): at exit, appends
// "pid, peak resident set (KB), CPU ticks" to COTMOC_RSS_LOG.
import { appendFileSync, readFileSync } from "node:fs";

process.on("exit", () => {
  let ticks = -1;
  try {
    // utime, stime, cutime, cstime: this process and every child it waited for (astro, esbuild, pagefind).
    const stat = readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks = [11, 12, 13, 14].reduce((s, i) => s + Number(f[i]), 0);
  } catch {}
  try {
    appendFileSync(process.env.COTMOC_RSS_LOG, `${process.pid}\t${process.resourceUsage().maxRSS}\t${ticks}\n`);
  } catch {}
});
