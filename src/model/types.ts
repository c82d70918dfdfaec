/** The site model the pages render: articles, datasets and their figures, as the checks leave them. */
import type { Qualifier } from "../lib/format.ts";
import type { MdxScan } from "./mdxScan.ts";
import type { ArticleFrontmatter } from "./schemas/article.ts";
import type { ChartKind } from "./schemas/dataset.ts";

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
  /** The figure as a reader sees it: "gần 125 triệu đồng". */
  text: string;
}

export interface Dataset {
  id: string;
  /** Path relative to the root ("data/ho-gia-dinh.json"). */
  file: string;
  article: string;
  title: string;
  description: string;
  kind: ChartKind;
  unit: string;
  notes: string[];
  /** The source figures, in the file's order. */
  figures: Figure[];
  total?: Figure | undefined;
  parts: Figure[];
  derived: Figure[];
  /** Shown with the chart when the parts do not add up to the total in the article. */
  totalNote?: string | undefined;
  /** The sum of the parts, when there is a total. */
  partsSum?: number | undefined;
}

export interface Article {
  slug: string;
  file: string;
  data: ArticleFrontmatter;
  scan: MdxScan;
}

export interface Site {
  root: string;
  articles: Article[];
  datasets: Dataset[];
}
