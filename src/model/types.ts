/** The site model the pages render: articles, datasets and their figures, as the checks leave them. */
import type { Qualifier } from "../lib/format.ts";
import type { MdxScan } from "./mdxScan.ts";
import type { ArticleFrontmatter } from "./schemas/article.ts";
import type { CorrectionInput } from "./schemas/correction.ts";
import type { ChartKind, Relationship } from "./schemas/dataset.ts";
import type { Topic } from "./topics.ts";

export interface Figure {
  key: string;
  label: string;
  value?: number | undefined;
  date?: string | undefined;
  unit: string;
  qualifier: Qualifier;
  /** How the article writes the number (absent means `vi`: 1.234,5). */
  notation?: "vi" | "digits" | undefined;
  /** The article's words stating the figure (absent for derived figures). */
  quote?: string | undefined;
  /** For a derived figure: how it was computed, in words a reader understands. */
  derived?: string | undefined;
  role: "total" | "part" | "value" | "derived";
  /** A document's number as the article writes it ("681-CT/ĐU"). */
  code?: string | undefined;
  /** A goal (drawn as a target) or the setting of the other figures (written, not drawn). */
  as?: "target" | "context" | undefined;
  /** The figure as a reader sees it: "gần 125 triệu đồng". */
  text: string;
}

export interface Dataset {
  id: string;
  /** Path relative to the root ("data/ho-gia-dinh.json"). */
  file: string;
  article: string;
  /** The plain descriptive title: data page, table caption, screen readers. */
  title: string;
  /** The chart's headline: its finding with the dataset's own numbers, else the title. */
  headline: string;
  description: string;
  /** What the figures are to each other; `kind` is the form it draws. */
  relationship?: Relationship | undefined;
  kind: ChartKind;
  unit: string;
  notes: string[];
  /** The source figures, in the file's order. */
  figures: Figure[];
  total?: Figure | undefined;
  parts: Figure[];
  derived: Figure[];
  /** The keys each derived sum adds up, by its key. */
  sumOf?: Record<string, string[]> | undefined;
  /** Shown with the chart when the parts do not add up to the total in the article. */
  totalNote?: string | undefined;
  /** The sum of the parts, when there is a total. */
  partsSum?: number | undefined;
  /** The published version this dataset is (1 until a correction publishes another). */
  version: number;
  /** Every published version of the dataset, oldest first, this one included. */
  versions: PublishedVersion[];
  /** The corrections of its figures published up to this version, oldest first. */
  corrections: Correction[];
}

/** A published version of a dataset: its number and the day it was published. */
export interface PublishedVersion {
  version: number;
  /** ISO day: the article's date for the first version, the correction's for later ones. */
  date: string;
}

/** A correction as readers see it: the editor's entry, where it is written and what it corrected. */
export interface Correction extends CorrectionInput {
  /** The file the entry is written in ("data/x.json" or "content/articles/y.mdx"). */
  file: string;
  /** The dataset whose figures it corrects, and the keys of those figures in it. */
  dataset: string;
  keys: string[];
  /** The version of that dataset the correction published. */
  version: number;
}

export interface Article {
  slug: string;
  file: string;
  data: ArticleFrontmatter;
  scan: MdxScan;
  /** True when the frontmatter gives the time of publication, not only the day (shown as the original shows it). */
  dateHasTime?: boolean | undefined;
}

export interface Site {
  root: string;
  /** The topics editors may give articles (content/topics.json), in the file's order. */
  topics: Topic[];
  articles: Article[];
  /** The datasets as published now: each one's latest version. */
  datasets: Dataset[];
  /** Every published version of every dataset, by dataset then version (the latest are the `datasets` themselves). */
  versions: Dataset[];
}
