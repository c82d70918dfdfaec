/**
 * The words a correction carries wherever its figure is shown: the article, the chart and embed
 * pages, the downloads, the feed and JSON-LD. Pure functions of the site model.
 */
import { formatIsoDate } from "../lib/format.ts";
import type { Article, Correction, Dataset, Site } from "../model/types.ts";

/** Returns corrections newest first (by date, then by version, then the later entry first). */
export function newestFirst(list: readonly Correction[]): Correction[] {
  return list
    .map((c, i) => ({ c, i }))
    .sort((x, y) => y.c.date.localeCompare(x.c.date) || y.c.version - x.c.version || y.i - x.i)
    .map((x) => x.c);
}

/** Returns every published correction of the site, newest first. */
export function siteCorrections(site: Site): Correction[] {
  return newestFirst(site.datasets.flatMap((d) => d.corrections));
}

/**
 * Returns the corrections an article's reader must see, newest first: those of its datasets and
 * those written in its own frontmatter.
 */
export function articleCorrections(site: Site, a: Article): Correction[] {
  const index = correctionIndex(site);
  // Positions in the site's list, so that the list is read in its order, as the sort's ties expect.
  const at = [...new Set([...(index.bySlug.get(a.slug) ?? []), ...(index.byFile.get(a.file) ?? [])])];
  return newestFirst(at.sort((x, y) => x - y).map((i) => index.all[i]!));
}

/** Every correction of the site in its datasets' order, and where each article's are in that list. */
interface CorrectionIndex {
  all: Correction[];
  /** Positions of the corrections of each article's datasets, by the article's slug. */
  bySlug: Map<string, number[]>;
  /** Positions of the corrections each file declares, by file. */
  byFile: Map<string, number[]>;
}

const correctionIndexes = new WeakMap<Site, CorrectionIndex>();

/** Made once per site model: each article's corrections must not be looked for in every dataset. */
function correctionIndex(site: Site): CorrectionIndex {
  let index = correctionIndexes.get(site);
  if (index) return index;
  const listed = site.datasets.flatMap((d) => d.corrections.map((c) => ({ c, article: d.article })));
  index = {
    all: listed.map((x) => x.c),
    bySlug: Map.groupBy(listed.keys(), (i) => listed[i]!.article),
    byFile: Map.groupBy(listed.keys(), (i) => listed[i]!.c.file),
  };
  correctionIndexes.set(site, index);
  return index;
}

/** Returns the correction in one sentence: what was wrong, what is right, and why. */
export function correctionText(c: Correction): string {
  return `${c.wrong} ${c.right} ${c.why}`;
}

/** Returns the line under a chart's source in the standalone SVG and PNG: "Đính chính 02/03/2020: …". */
export function correctionLine(c: Correction): string {
  return `Đính chính ${formatIsoDate(c.date)}: ${c.right}`;
}

/** Returns the newest correction of each corrected figure, by key. */
export function latestByFigure(d: Dataset): Map<string, Correction> {
  const out = new Map<string, Correction>();
  for (const c of d.corrections) for (const k of c.keys) out.set(k, c);
  return out;
}

/** Returns the newest of these corrections, or undefined. */
export function latestCorrection(list: readonly Correction[]): Correction | undefined {
  return newestFirst(list)[0];
}

/** The words of the embed page's correction line before its link (what `nhung.astro` prints). */
export function embedCorrectionLead(c: Correction): string {
  return `Đã đính chính ngày ${formatIsoDate(c.date)}: ${c.right}`;
}

/** The embed page's correction link text. */
export const EMBED_CORRECTION_LINK = "Chi tiết";

/** Returns the embed page's whole correction line, as the height estimate counts it, or undefined. */
export function embedCorrectionText(d: Dataset): string | undefined {
  const c = latestCorrection(d.corrections);
  return c && `${embedCorrectionLead(c)} ${EMBED_CORRECTION_LINK}`;
}

/** Returns the moment a correction is dated: 00:00 of its day in Vietnam (UTC+7). */
export function correctionTime(c: Correction): Date {
  return new Date(`${c.date}T00:00:00+07:00`);
}
