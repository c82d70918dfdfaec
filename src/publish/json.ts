/** The JSON download: every value with its unit, hedge, quote, article and URLs. */
import type { Reading } from "../lib/numerals.ts";
import type { Qualifier } from "../lib/format.ts";
import type { Article, Dataset, Figure } from "../model/types.ts";
import { DOWNLOADS, type DownloadFormat } from "./downloads.ts";
import type { ChartLinks } from "./links.ts";
import { PROVIDER } from "./notes.ts";

/** One figure in the JSON download. */
export interface JsonFigure {
  key: string;
  label: string;
  value?: number;
  date?: string;
  unit: string;
  qualifier: Qualifier;
  notation?: "vi" | "digits";
  /** How the article's numeral is read when it has two readings ("thập phân", "hàng nghìn"), and how it wrote it. */
  reading?: Reading;
  written?: string;
  text: string;
  role: Figure["role"];
  quote?: string;
  derived?: string;
}

/** A correction in the JSON download: its day, the figures' keys, its words and the version it made. */
export interface JsonCorrection {
  date: string;
  figures: string[];
  wrong: string;
  right: string;
  why: string;
  version: number;
}

/** The JSON download: the figures with their words, and where they come from. */
export interface DatasetJson {
  id: string;
  /** The published version (1 until a correction publishes another). */
  version: number;
  title: string;
  description: string;
  unit: string;
  url: string;
  embed: string;
  article: {
    title: string;
    author: string;
    publisher: string;
    publisherUrl: string;
    date: string;
    sourceUrl?: string;
    sourceNote?: string;
    url: string;
  };
  values: JsonFigure[];
  total?: { key: string; partsSum: number; note?: string };
  notes: string[];
  /** The corrections published up to this version, oldest first. */
  corrections: JsonCorrection[];
  downloads: Record<DownloadFormat, string>;
  provider: { name: string; url: string };
}

function jsonFigure(f: Figure): JsonFigure {
  const out: JsonFigure = { key: f.key, label: f.label, unit: f.unit, qualifier: f.qualifier, text: f.text, role: f.role };
  if (f.value !== undefined) out.value = f.value;
  if (f.date !== undefined) out.date = f.date;
  if (f.notation !== undefined && f.notation !== "vi") out.notation = f.notation;
  if (f.reading !== undefined) out.reading = f.reading;
  if (f.written !== undefined) out.written = f.written;
  if (f.quote !== undefined) out.quote = f.quote;
  if (f.derived !== undefined) out.derived = f.derived;
  return out;
}

/** Returns the JSON download of a dataset. */
export function datasetJson(d: Dataset, a: Article, links: ChartLinks): DatasetJson {
  const article: DatasetJson["article"] = {
    title: a.data.title,
    author: a.data.author,
    publisher: a.data.publisher,
    publisherUrl: a.data.publisherUrl,
    date: a.data.date.toISOString(),
    url: links.article,
  };
  if (a.data.sourceUrl) article.sourceUrl = a.data.sourceUrl;
  if (a.data.sourceNote) article.sourceNote = a.data.sourceNote;
  const out: DatasetJson = {
    id: d.id,
    version: d.version,
    title: d.title,
    description: d.description,
    unit: d.unit,
    url: links.page,
    embed: links.embed,
    article,
    values: [...d.figures, ...d.derived].map(jsonFigure),
    notes: d.notes,
    corrections: d.corrections.map((c) => ({
      date: c.date,
      figures: c.keys,
      wrong: c.wrong,
      right: c.right,
      why: c.why,
      version: c.version,
    })),
    downloads: Object.fromEntries(DOWNLOADS.map((f) => [f, links[f]])) as Record<DownloadFormat, string>,
    provider: { name: PROVIDER, url: links.home },
  };
  if (d.total && d.partsSum !== undefined) {
    out.total = { key: d.total.key, partsSum: d.partsSum, ...(d.totalNote ? { note: d.totalNote } : {}) };
  }
  return out;
}
