/**
 * Shaping: from a validated dataset to the rows each chart kind draws. Pure, no drawing; every
 * text comes from the dataset (labels, the figure's own `text`) or from the vi-VN formatters.
 */
import { formatNumber, hedgeWord, type Qualifier } from "../lib/format.ts";
import { combineHedges } from "../model/hedges.ts";
import type { Dataset, Figure } from "../model/types.ts";

/** The word that marks a figure computed at build time, in its label or value label. */
export const DERIVED_MARK = "tính";

/** Returns `text` marked as computed at build time: "gần 310 triệu đồng (tính)". */
export function markDerived(text: string): string {
  return `${text} (${DERIVED_MARK})`;
}

/** A figure with a number: what a bar or a segment needs. */
export interface ValueRow {
  key: string;
  label: string;
  value: number;
  /** The figure as a reader sees it, with its hedge and unit: "gần 125 triệu đồng". */
  text: string;
  /** The article's hedge on the figure. */
  qualifier: Qualifier;
  /** Computed at build time rather than stated by the article. */
  derived: boolean;
}

/** A big-number card: the hedge, the number and the unit drawn at different sizes. */
export interface Card {
  key: string;
  label: string;
  hedge: string;
  number: string;
  unit: string;
  derived: boolean;
  /** A goal, drawn marked as one; or the setting of the others, written in the heading line. */
  as?: "target" | "context" | undefined;
}

function row(f: Figure & { value: number }): ValueRow {
  return { key: f.key, label: f.label, value: f.value, text: f.text, qualifier: f.qualifier, derived: f.role === "derived" };
}

function hasValue(f: Figure): f is Figure & { value: number } {
  return f.value !== undefined && Number.isFinite(f.value) && f.date === undefined;
}

/** Returns the unit a chart measures in: the dataset's unit when a figure uses it, else the first figure's. */
export function chartUnit(d: Dataset): string {
  const numeric = d.figures.filter(hasValue);
  if (numeric.some((f) => f.unit === d.unit)) return d.unit;
  return numeric[0]?.unit ?? d.unit;
}

/** Returns the source figures with a number in the chart's unit, in the file's order. */
function sameUnitFigures(d: Dataset): Array<Figure & { value: number }> {
  const unit = chartUnit(d);
  return d.figures.filter(hasValue).filter((f) => f.unit === unit);
}

/** Returns the parts when the dataset has a total, else every figure in the chart's unit. */
function partsOrFigures(d: Dataset): ValueRow[] {
  const source = d.total ? d.parts.filter(hasValue) : sameUnitFigures(d);
  return source.map(row);
}

/** Returns rows largest first; equal values keep the file's order. */
export function rankRows(rows: ValueRow[]): ValueRow[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.value - a.r.value || a.i - b.i)
    .map(({ r }) => r);
}

/** Returns the rows of a ranked bar chart: parts (or all figures in the chart's unit), largest first. */
export function barRows(d: Dataset): ValueRow[] {
  return rankRows(partsOrFigures(d));
}

/** The parts of a whole, placed end to end. */
export interface StackShape {
  segments: Array<ValueRow & { x1: number; x2: number }>;
  /** The article's total, when it states one. */
  total?: Figure | undefined;
  /** The sum of the segments. */
  sum: number;
  /** The hedge of that sum: the parts' own when they share one, else "khoảng". */
  sumQualifier: Qualifier;
  /** The article's total differs from the sum of its parts (the dataset carries a note). */
  mismatch: boolean;
  unit: string;
}

/** Returns the segments of a part-to-whole bar, largest first, with their running extents. */
export function stackShape(d: Dataset): StackShape {
  let x = 0;
  const segments = rankRows(partsOrFigures(d)).map((r) => {
    const s = { ...r, x1: x, x2: x + r.value };
    x += r.value;
    return s;
  });
  const sum = d.partsSum ?? x;
  const mismatch = Boolean(d.totalNote) && d.total?.value !== undefined && d.total.value !== sum;
  const sumQualifier = combineHedges(segments.map((s) => s.qualifier));
  return { segments, total: d.total, sum, sumQualifier, mismatch, unit: d.total?.unit ?? chartUnit(d) };
}

/** The line a chart writes about its total. */
export interface TotalLine {
  text: string;
  /** The article's total is not the sum of its parts: drawn as a note. */
  note: boolean;
}

/**
 * Returns the line stating the dataset's total, or undefined without one: when the parts do not
 * add up to it (and the dataset says so), both numbers ("Tổng theo bài: 699 · cộng các nhóm: 700").
 */
export function totalLine(d: Dataset): TotalLine | undefined {
  const total = d.total;
  if (!total) return undefined;
  const sum = d.partsSum;
  if (d.totalNote && total.value !== undefined && sum !== undefined && sum !== total.value) {
    return { text: `Tổng theo bài: ${formatNumber(total.value)} · cộng các nhóm: ${formatNumber(sum)}`, note: true };
  }
  return { text: `${total.label}: ${total.text}`, note: false };
}

/** The amounts compared side by side, the derived ones last, and the figures in other units. */
export interface CompareShape {
  rows: ValueRow[];
  /** Figures with a number in another unit, listed under the chart ("316 ngày công"). */
  others: Figure[];
}

/** Returns source amounts in the file's order, then derived figures of the same unit. */
export function compareShape(d: Dataset): CompareShape {
  const unit = chartUnit(d);
  const source = sameUnitFigures(d).map(row);
  const derived = d.derived
    .filter(hasValue)
    .filter((f) => f.unit === unit)
    .map(row);
  const others = d.figures.filter((f) => hasValue(f) && f.unit !== unit);
  return { rows: [...source, ...derived], others };
}

/** Returns `text` split into hedge, number and unit ("hơn", "240", "lần"), as far as it allows. */
export function splitFigureText(f: Figure): Pick<Card, "hedge" | "number" | "unit"> {
  const hedge = f.date === undefined ? hedgeWord(f.qualifier) : "";
  let rest = f.text;
  if (hedge && rest.startsWith(`${hedge} `)) rest = rest.slice(hedge.length + 1);
  else if (hedge) return { hedge: "", number: rest, unit: "" };
  const unit = f.unit && rest.endsWith(` ${f.unit}`) ? f.unit : "";
  return { hedge, number: unit ? rest.slice(0, -unit.length - 1) : rest, unit };
}

/** Returns one card per figure (numbers and dates), then one per derived figure. */
export function numberCards(d: Dataset): Card[] {
  return [...d.figures, ...d.derived]
    .filter((f) => f.text)
    .map((f) => ({ key: f.key, label: f.label, ...splitFigureText(f), derived: f.role === "derived", as: f.as }));
}

/** A sum drawn with its parts: one bar split into the amounts, the computed sum labelled. */
export interface SplitShape {
  stack: StackShape;
  /** The derived sum. */
  sum?: Figure | undefined;
  /** Figures that are not amounts of the sum ("316 ngày công"), written under the bar. */
  others: Figure[];
}

/** Returns the amounts of the dataset's derived sum placed end to end, largest first, and the other figures. */
export function splitShape(d: Dataset): SplitShape {
  const sum = d.derived.find((f) => d.sumOf?.[f.key]);
  const keys = new Set(sum ? (d.sumOf?.[sum.key] ?? []) : []);
  let x = 0;
  const segments = rankRows(
    d.figures
      .filter(hasValue)
      .filter((f) => keys.has(f.key))
      .map(row),
  ).map((r) => {
    const s = { ...r, x1: x, x2: x + r.value };
    x += r.value;
    return s;
  });
  const unit = segments[0] ? (d.figures.find((f) => f.key === segments[0]?.key)?.unit ?? d.unit) : d.unit;
  const stack = { segments, sum: x, sumQualifier: combineHedges(segments.map((s) => s.qualifier)), mismatch: false, unit };
  const others = [...d.figures, ...d.derived].filter((f) => f.text && !keys.has(f.key) && f !== sum);
  return { stack, sum, others };
}
