/** Lookups in a site model, by id, slug or `dataset.key`, each throwing with the name it did not find. */
import { ARTICLES_DIR, DATA_DIR } from "./paths.ts";
import type { Article, Dataset, Figure, Site } from "./types.ts";

interface Index {
  datasets: Map<string, Dataset>;
  articles: Map<string, Article>;
  /** Each article's datasets, in the site's order, by slug. */
  byArticle: Map<string, Dataset[]>;
  /** Every published version, by `id@version`. */
  versions: Map<string, Dataset>;
}

/** Lookup tables of a site model, built on first use: one page's lookups must not scan the whole site. */
const indexes = new WeakMap<Site, Index>();

function indexOf(site: Site): Index {
  let index = indexes.get(site);
  if (!index) {
    index = {
      datasets: new Map(site.datasets.map((d) => [d.id, d])),
      articles: new Map(site.articles.map((a) => [a.slug, a])),
      byArticle: Map.groupBy(site.datasets, (d) => d.article),
      versions: new Map(),
    };
    for (const d of site.versions) if (!index.versions.has(`${d.id}@${d.version}`)) index.versions.set(`${d.id}@${d.version}`, d);
    indexes.set(site, index);
  }
  return index;
}

/** Returns the dataset with this id, or undefined. */
export function findDataset(site: Site, id: string): Dataset | undefined {
  return indexOf(site).datasets.get(id);
}

/** Returns the article with this slug, or undefined. */
export function findArticle(site: Site, slug: string): Article | undefined {
  return indexOf(site).articles.get(slug);
}

/** Returns the dataset with this id, or throws naming it. */
export function datasetById(site: Site, id: string): Dataset {
  const d = findDataset(site, id);
  if (!d) throw new Error(`Không có bộ dữ liệu "${id}" trong ${DATA_DIR}/.`);
  return d;
}

/** Returns the figure `dataset.key` (source or derived), or throws naming it. */
export function figureById(site: Site, id: string): Figure {
  const [dsId = "", key = ""] = id.split(".");
  const d = datasetById(site, dsId);
  const f = [...d.figures, ...d.derived].find((x) => x.key === key);
  if (!f) throw new Error(`Bộ dữ liệu "${dsId}" không có số liệu khóa "${key}".`);
  return f;
}

/** Returns the article with this slug, or throws naming it. */
export function articleBySlug(site: Site, slug: string): Article {
  const a = findArticle(site, slug);
  if (!a) throw new Error(`Không có bài viết "${slug}" trong ${ARTICLES_DIR}/.`);
  return a;
}

/** Returns the datasets the article `slug` publishes, in the site's order (none for an unknown slug). */
export function articleDatasets(site: Site, slug: string): readonly Dataset[] {
  return indexOf(site).byArticle.get(slug) ?? [];
}

/** Returns version `version` of the dataset `id`, or undefined. */
export function versionOf(site: Site, id: string, version: number): Dataset | undefined {
  return indexOf(site).versions.get(`${id}@${version}`);
}

/** Returns the figures an article shows on the home page, with their datasets. */
export function headlineFigures(site: Site, article: Article, max = 4): { dataset: Dataset; figure: Figure }[] {
  const own = articleDatasets(site, article.slug).filter((d) => d.kind !== "table");
  const chosen = article.data.headline.length
    ? article.data.headline.map((id) => {
        const [dsId, key] = id.split(".");
        const dataset = own.find((d) => d.id === dsId) as Dataset;
        return { dataset, figure: [...dataset.figures, ...dataset.derived].find((f) => f.key === key) as Figure };
      })
    : own.flatMap((dataset) => {
        const figure = dataset.total ?? dataset.figures[0];
        return figure ? [{ dataset, figure }] : [];
      });
  return chosen.slice(0, max);
}
