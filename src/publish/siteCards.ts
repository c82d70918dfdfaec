/**
 * What each page's social card says, from the site model: an article's card shows its headline
 * figure (the one its home-page entry shows first), a chart's card the chart's lead figure. No number is typed here: figures come from data.
 */
import { splitFigureText } from "../charts/shape.ts";
import { formatDate, formatNumber } from "../lib/format.ts";
import { articleBySlug, headlineFigures } from "../model/lookups.ts";
import type { Article, Dataset, Figure, Site } from "../model/types.ts";
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

function source(a: Article): string {
  return `${a.data.publisher} · ${formatDate(a.data.date)}`;
}

/** Returns the social card of an article. */
export function articleCard(site: Site, a: Article): SocialCard {
  return { kicker: "Bài viết", title: a.data.title, figure: cardFigure(headlineFigure(site, a.slug)), footer: source(a) };
}

/** Returns the social card of a chart's page. */
export function chartCard(site: Site, d: Dataset): SocialCard {
  const a = articleBySlug(site, d.article);
  return {
    kicker: "Biểu đồ",
    title: d.title,
    figure: cardFigure(leadFigure(d)),
    footer: `Số liệu từ bài: ${a.data.title} (${source(a)})`,
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
