/**
 * Medians per page and variant, the ratios ours / peer, and the printed table. Pure: the same
 * loads give the same summary.
 */
import { median, medianInterval, type MedianInterval } from "../stats.ts";
import type { Load } from "./measure.ts";

export const VARIANTS = ["ours", "plot-whole", "plot-shaken", "framework"] as const;
export type Variant = (typeof VARIANTS)[number];
const METRICS = ["bytes", "jsBytes", "requests", "fcp", "chart", "allCharts", "tbt", "longBeforeFcp"] as const;
export type Medians = Record<(typeof METRICS)[number], number>;

export interface PageSummary {
  page: string;
  /** Medians by variant (a variant absent from the loads is absent here). */
  medians: Partial<Record<Variant, Medians & { loads: number }>>;
  /** Ours / peer, by peer: FCP, first chart painted, every chart painted. */
  ratios: Partial<Record<Variant, { fcp: number; chart: number; allCharts: number }>>;
  /**
   * Ours / peer round by round (a round loads ours, then each peer, back to back, so the machine's
   * load falls on both): the median of those ratios with a distribution-free interval (stats.ts).
   */
  pairs: Partial<Record<Variant, { fcp: PairRatio; chart: PairRatio }>>;
}

export type PairRatio = { median: number; pairs: number } & Partial<MedianInterval>;

/** Returns the median of `ours[i] / peer[i]` over the rounds both have, with its interval. */
export function pairRatio(ours: readonly number[], peer: readonly number[]): PairRatio {
  const ratios = ours.slice(0, peer.length).map((o, i) => o / (peer[i] ?? NaN));
  return { median: median(ratios), pairs: ratios.length, ...medianInterval(ratios) };
}

export interface Sample {
  page: string;
  variant: Variant;
  load: Load;
}

/** Returns each metric's median over `loads`. */
export function medians(loads: readonly Load[]): Medians {
  return Object.fromEntries(METRICS.map((m) => [m, median(loads.map((l) => l[m]))])) as Medians;
}

/** Returns the summary of every page, in the order pages first appear, variants in `VARIANTS` order. */
export function summarize(samples: readonly Sample[]): PageSummary[] {
  const pages = [...new Set(samples.map((s) => s.page))];
  return pages.map((page) => {
    const out: PageSummary = { page, medians: {}, ratios: {}, pairs: {} };
    const loadsOf = (v: Variant) => samples.filter((s) => s.page === page && s.variant === v).map((s) => s.load);
    for (const v of VARIANTS) {
      const loads = loadsOf(v);
      if (loads.length) out.medians[v] = { ...medians(loads), loads: loads.length };
    }
    const oursLoads = loadsOf("ours");
    const ours = out.medians.ours;
    for (const v of VARIANTS.slice(1)) {
      const peer = out.medians[v];
      if (ours && peer) {
        out.ratios[v] = { fcp: ours.fcp / peer.fcp, chart: ours.chart / peer.chart, allCharts: ours.allCharts / peer.allCharts };
        const peerLoads = loadsOf(v);
        out.pairs[v] = {
          fcp: pairRatio(
            oursLoads.map((l) => l.fcp),
            peerLoads.map((l) => l.fcp),
          ),
          chart: pairRatio(
            oursLoads.map((l) => l.chart),
            peerLoads.map((l) => l.chart),
          ),
        };
      }
    }
    return out;
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n).toLocaleString("en-US")} ms`;

/** "× 1.02 (× 0.95 to × 1.10, 98 %)": a round-by-round ratio with its interval. */
function pairText(p: PairRatio): string {
  // Under 3 rounds an interval would hold the median with less than 75 % probability: left out.
  const interval =
    p.low === undefined || p.pairs < 3
      ? ""
      : ` (× ${p.low.toFixed(2)} to × ${(p.high ?? NaN).toFixed(2)}, ${Math.round((p.coverage ?? 0) * 100)} %)`;
  return `× ${p.median.toFixed(2)}${interval}`;
}

/** Returns the summary as Markdown tables: medians, then ratios. */
export function formatSummary(summary: readonly PageSummary[]): string {
  const lines: string[] = [];
  for (const s of summary) {
    lines.push(`\n${s.page}\n`);
    lines.push(
      "| variant | loads | transferred | JS | requests | FCP | first chart painted | all charts painted | TBT after FCP | long tasks before FCP |",
    );
    lines.push("|---|---|---|---|---|---|---|---|---|---|");
    for (const v of VARIANTS) {
      const m = s.medians[v];
      if (!m) continue;
      lines.push(
        `| ${v} | ${m.loads} | ${kb(m.bytes)} | ${kb(m.jsBytes)} | ${m.requests} | ${ms(m.fcp)} | ${ms(m.chart)} | ${ms(m.allCharts)} | ${ms(m.tbt)} | ${ms(m.longBeforeFcp)} |`,
      );
    }
    lines.push(
      "\n| ours / peer | FCP | first chart painted | all charts painted | FCP, round by round | first chart, round by round |",
    );
    lines.push("|---|---|---|---|---|---|");
    for (const v of VARIANTS.slice(1)) {
      const r = s.ratios[v];
      const p = s.pairs[v];
      if (r && p) {
        lines.push(
          `| ${v} | × ${r.fcp.toFixed(2)} | × ${r.chart.toFixed(2)} | × ${r.allCharts.toFixed(2)} | ${pairText(p.fcp)} | ${pairText(p.chart)} |`,
        );
      }
    }
  }
  return lines.join("\n");
}
