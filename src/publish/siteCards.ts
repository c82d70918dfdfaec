/**
 * What each page's social card says, from the site model. A chart's card shows its finding title
 * and its drawing; an article's card its title and its most important chart, drawn small (else its
 * headline figure). No number is typed here: figures and drawings come from data.
 */
import { chartImage, renderChartSvgs, type DrawnChart } from "../charts/index.ts";
import { splitFigureText } from "../charts/shape.ts";
import { formatNumber } from "../lib/format.ts";
import { articleBySlug, articleDatasets, headlineFigures } from "../model/lookups.ts";
import type { Article, Dataset, Figure, Site } from "../model/types.ts";
import { figureNoun, sourceLine } from "./notes.ts";

import type { CardFigure, SocialCard } from "./socialCard.ts";

/** Returns a dataset's lead figure: its total when it has one, else its first figure. */
export function leadFigure(d: Dataset): Figure | undefined {
  return d.total ?? d.figures[0];
}

/** Returns an article's headline figure: the first the editor chose in its frontmatter, else its first dataset's lead. */
export function headlineFigure(site: Site, slug: string): Figure | undefined {
  return headlineFigures(site, articleBySlug(site, slug), 1)[0]?.figure;
}

function cardFigure(f: Figure | undefined): CardFigure | undefined {
  return f && { ...splitFigureText(f), label: f.label };
}

/** Returns the drawings the site has of a dataset's chart, wide first: its chart's two, else the image of its list. */
export function cardDrawings(d: Dataset): DrawnChart[] {
  const { wide, narrow } = renderChartSvgs(d);
  if (wide.svg) return [wide, narrow].filter((c) => c.svg);
  const image = chartImage(d);
  return image.svg ? [image] : [];
}

/** Kinds that are not charts: a fact box (key figures, a plan) and a list of documents. */
const NOT_CHARTS = new Set<Dataset["kind"]>(["number", "table"]);

/**
 * Returns the chart an article's card shows: among the datasets of the figures its editor put first,
 * then of the charts in its text in order, then its others, the first true chart, else the first
 * fact box; undefined when the article has nothing drawn.
 */
export function articleChart(site: Site, a: Article): Dataset | undefined {
  const own = articleDatasets(site, a.slug);
  const ids = [
    ...a.data.headline.map((id) => id.split(".")[0] ?? ""),
    ...a.scan.charts.map((c) => c.id),
    ...own.map((d) => d.id),
  ];
  const ordered = [...new Set(ids)].flatMap((id) => own.filter((d) => d.id === id));
  const drawn = ordered.filter((d) => d.kind !== "table" && renderChartSvgs(d).wide.svg);
  return drawn.find((d) => !NOT_CHARTS.has(d.kind)) ?? drawn[0];
}

/** Returns the social card of an article. */
export function articleCard(site: Site, a: Article): SocialCard {
  const d = articleChart(site, a);
  return {
    kicker: "Bài viết",
    title: a.data.title,
    figure: cardFigure(headlineFigure(site, a.slug)),
    chart: d && { drawings: cardDrawings(d), caption: d.headline },
    footer: sourceLine(a),
  };
}

/** Returns the social card of a chart's page. */
export function chartCard(site: Site, d: Dataset): SocialCard {
  const a = articleBySlug(site, d.article);
  return {
    kicker: figureNoun(d),
    title: d.headline,
    figure: cardFigure(leadFigure(d)),
    chart: { drawings: cardDrawings(d) },
    footer: sourceLine(a),
  };
}

/** Returns the site's card: what Cột Mốc is, and how much it holds. */
export function siteCard(site: Site): SocialCard {
  return {
    kicker: "Báo chí dữ liệu",
    title: "Bộ đội Biên phòng tỉnh Lạng Sơn: bài viết, biểu đồ và dữ liệu đối chiếu với bài báo gốc",
    footer: `${formatNumber(site.articles.length)} bài viết · ${formatNumber(site.datasets.length)} bộ dữ liệu`,
  };
}
