/**
 * Reads every article and dataset from disk, validates them with the zod schemas, runs the
 * provenance, totals and reference checks, and returns the site model with every problem found.
 */
import { join } from "node:path";
import { buildDataset } from "./buildDataset.ts";
import { ARTICLES_DIR, DATA_DIR, DATA_EXTS, listFiles, projectRoot } from "./paths.ts";
import { SiteError, type Problem } from "./problems.ts";
import { readArticle } from "./readArticle.ts";
import { readDataset } from "./readDataset.ts";
import { referenceProblems } from "./references.ts";
import type { Article, Dataset, Site } from "./types.ts";

/** Returns the site model and every problem found (the model is partial when there are problems). */
export function readSite(root = projectRoot()): { site: Site; problems: Problem[] } {
  const problems: Problem[] = [];
  const articleNames = listFiles(join(root, ARTICLES_DIR), [".mdx"]);
  const articles: Article[] = [];
  for (const name of articleNames) {
    const a = readArticle(root, name, problems);
    if (a) articles.push(a);
  }
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const articleSlugs = new Set(articleNames.map((f) => f.replace(/\.mdx$/, "")));

  const dataNames = listFiles(join(root, DATA_DIR), DATA_EXTS);
  const datasets: Dataset[] = [];
  const ids = new Map<string, string>();
  for (const name of dataNames) {
    const d = readDataset(root, name, problems);
    if (!d) continue;
    const other = ids.get(d.input.id);
    if (other) {
      problems.push({
        file: d.file,
        line: d.parsed.locate(["id"]),
        field: d.parsed.field?.(["id"]) ?? "id",
        message: `id "${d.input.id}" đã được dùng trong ${other}; mỗi bộ dữ liệu cần một id riêng.`,
      });
      continue;
    }
    ids.set(d.input.id, d.file);
    datasets.push(buildDataset(d, bySlug.get(d.input.article), articleSlugs.has(d.input.article), problems));
  }

  const datasetIds = new Set(dataNames.map((f) => f.replace(/\.(json|csv)$/, "")));
  problems.push(...referenceProblems(articles, datasets, datasetIds));
  return { site: { root, articles, datasets }, problems };
}

/** Returns the site model, or throws a `SiteError` listing every problem. */
export function loadSite(root = projectRoot()): Site {
  const { site, problems } = readSite(root);
  if (problems.length) throw new SiteError(problems);
  return site;
}
