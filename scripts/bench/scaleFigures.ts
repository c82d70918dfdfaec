/**
 * bench:scale's figures, worked out from its builds and set against the scale targets of the
 * newsroom-scale issue; and the one-dataset edit it rebuilds after. Pure: no builds, no clock.
 */

/** What one build cost. */
export interface Measured {
  label: string;
  wallSeconds: number;
  /** User + system time of the build's whole process tree. */
  cpuSeconds: number;
  /** Peak of the tree's summed resident set. */
  peakRssMb: number;
  /** Largest peak of any one process of the tree. */
  processPeakRssMb: number;
  /** Whether the build wrote published records (data/published/): a changed input for the next build. */
  wroteRecords: boolean;
}

/** The targets at N = 2,000 articles, on 2 cores. */
export const SCALE_TARGETS = {
  parallelism: { at: "least", value: 1.6 },
  perArticleCpuRatio: { at: "most", value: 1.1 },
  incrementalRatio: { at: "most", value: 0.05 },
  noChangeRatio: { at: "most", value: 0.03 },
  peakRssMb: { at: "most", value: 1536 },
} as const;

export type Checked = keyof typeof SCALE_TARGETS;

export interface ScaleBuilds {
  articles: number;
  charts: number;
  baselineArticles: number;
  /** Cold build of the baseline corpus (100 articles), in the same run. */
  baseline: Measured;
  /** Cold build of N articles (empty caches). */
  cold: Measured;
  /** Rebuild after editing one dataset, caches kept. */
  edit: Measured;
  /** Rebuild with nothing changed, caches and dist kept: the build sees nothing changed and stops. */
  noChange: Measured;
  /** Nothing changed, into a new folder with only the caches kept (a CI that does not keep dist/): pages are copied from the cache. */
  noChangeCi?: Measured;
}

/** Returns the run's figures (the names the issue gives them) and each checked one against its target. */
export function scaleFigures(b: ScaleBuilds) {
  const { cold } = b;
  const figures = {
    articles: b.articles,
    charts: b.charts,
    baselineArticles: b.baselineArticles,
    coldWallSeconds: cold.wallSeconds,
    coldCpuSeconds: cold.cpuSeconds,
    parallelism: cold.cpuSeconds / cold.wallSeconds,
    perArticleCpuRatio: cold.cpuSeconds / b.articles / (b.baseline.cpuSeconds / b.baselineArticles),
    incrementalOneDatasetSeconds: b.edit.wallSeconds,
    incrementalRatio: b.edit.wallSeconds / cold.wallSeconds,
    noChangeSeconds: b.noChange.wallSeconds,
    noChangeRatio: b.noChange.wallSeconds / cold.wallSeconds,
    // The same two ratios on CPU time, not checked: on a busy machine other load moves them less.
    incrementalCpuRatio: b.edit.cpuSeconds / cold.cpuSeconds,
    noChangeCpuRatio: b.noChange.cpuSeconds / cold.cpuSeconds,
    // Reported, not checked: what a CI pays when it keeps the caches but not the last dist/.
    noChangeCiSeconds: b.noChangeCi?.wallSeconds ?? NaN,
    noChangeCiRatio: (b.noChangeCi?.wallSeconds ?? NaN) / cold.wallSeconds,
    // The N-article builds' largest: a rebuild that loads its caches may hold more than the cold one.
    peakRssMb: Math.max(cold.peakRssMb, b.edit.peakRssMb, b.noChange.peakRssMb, b.noChangeCi?.peakRssMb ?? 0),
  };
  const checks = Object.fromEntries(
    (Object.keys(SCALE_TARGETS) as Checked[]).map((k) => {
      const { at, value } = SCALE_TARGETS[k];
      const x = figures[k];
      // A figure that could not be measured (NaN: no /proc) fails rather than passing unseen.
      const pass = Number.isFinite(x) && (at === "least" ? x >= value : x <= value);
      return [k, { target: `${at === "least" ? "≥" : "≤"} ${value}`, pass }];
    }),
  ) as Record<Checked, { target: string; pass: boolean }>;
  return { ...figures, checks, builds: [b.baseline, cold, b.edit, b.noChange, ...(b.noChangeCi ? [b.noChangeCi] : [])] };
}

export type ScaleResult = ReturnType<typeof scaleFigures>;

/** The words a row of the report gives each checked figure. */
const LABELS: Record<Checked, string> = {
  parallelism: "parallelism (CPU / wall, cold)",
  perArticleCpuRatio: "per-article CPU, N / baseline",
  incrementalRatio: "one dataset edited / cold (wall)",
  noChangeRatio: "nothing changed / cold (wall)",
  peakRssMb: "peak RSS of the build's tree (MB)",
};

/** Returns the printed report: each build, then each checked figure with its target and PASS or FAIL. */
export function formatScale(r: ScaleResult): string[] {
  const n = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "–");
  const lines = [
    `${"build".padEnd(40)}${"wall s".padStart(9)}${"CPU s".padStart(9)}${"tree MB".padStart(9)}${"1 proc MB".padStart(11)}`,
    ...r.builds.map(
      (b) =>
        `${b.label.padEnd(40)}${n(b.wallSeconds, 1).padStart(9)}${n(b.cpuSeconds, 1).padStart(9)}` +
        `${n(b.peakRssMb, 0).padStart(9)}${n(b.processPeakRssMb, 0).padStart(11)}${b.wroteRecords ? "  (wrote published records)" : ""}`,
    ),
    "",
    `articles / charts: ${r.articles} / ${r.charts}; cold ${n(r.coldWallSeconds, 1)} s wall, ${n(r.coldCpuSeconds, 1)} s CPU; ` +
      `one dataset edited ${n(r.incrementalOneDatasetSeconds, 1)} s; nothing changed ${n(r.noChangeSeconds, 1)} s ` +
      `(on CPU time × ${n(r.incrementalCpuRatio, 3)} and × ${n(r.noChangeCpuRatio, 3)} of the cold build)`,
    ...(Number.isFinite(r.noChangeCiSeconds)
      ? [
          `nothing changed into a new folder, caches kept (CI without dist/): ${n(r.noChangeCiSeconds, 1)} s, × ${n(r.noChangeCiRatio, 3)} of the cold build (not a target)`,
        ]
      : []),
    "",
    `${"figure".padEnd(36)}${"measured".padStart(10)}  ${"target".padEnd(10)}`,
  ];
  for (const k of Object.keys(SCALE_TARGETS) as Checked[]) {
    const c = r.checks[k];
    lines.push(
      `${LABELS[k].padEnd(36)}${n(r[k], k === "peakRssMb" ? 0 : 3).padStart(10)}  ${c.target.padEnd(10)}${c.pass ? "PASS" : "FAIL"}`,
    );
  }
  return lines;
}

/** The words the edit adds to a label: a copy-edit, which changes no published figure (no correction needed). */
export const EDIT_MARK = " (đã sửa)";

/**
 * Returns a dataset file (JSON text, as the corpus writes it) with its first figure's label edited.
 * A label is drawn in the chart and shown in its table, but is not part of a figure's published
 * state (value, unit, hedge, quote), so the content checks pass without a correction entry.
 */
export function editDataset(text: string): string {
  const data = JSON.parse(text) as { values?: Array<{ label?: unknown }> };
  const first = data.values?.[0];
  if (!first || typeof first.label !== "string") throw new Error("the dataset has no first figure with a label to edit");
  first.label += EDIT_MARK;
  return `${JSON.stringify(data, null, 2)}\n`;
}
