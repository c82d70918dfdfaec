/**
 * Reads every article and dataset from disk, validates them with the zod schemas, runs the
 * provenance, totals, reference and correction checks, and returns the site model with every
 * problem found, and the record of what it publishes (published.ts).
 */
import { buildDataset } from "./buildDataset.ts";
import { articleCorrectionProblems, archivedVersions } from "./versions.ts";
import { reconcile } from "./corrections.ts";
import { listInputs } from "./inputs.ts";
import { ARTICLE_RULES, ARTICLES_DIR, DATA_DIR, DATA_RULES, projectRoot } from "./paths.ts";
import { SiteError, type Problem } from "./problems.ts";
import { readRecord, recordedIds, recordFile, type PublishedRecord } from "./published.ts";
import { readArticle } from "./readArticle.ts";
import { readDataset } from "./readDataset.ts";
import { referenceProblems } from "./references.ts";
import { readTopics, topicProblems } from "./topics.ts";
import type { Article, Dataset, Site } from "./types.ts";

/** Returns the site model, every problem found (the model is partial when there are problems), and the records to keep. */
export function readSite(root = projectRoot()): { site: Site; problems: Problem[]; records: PublishedRecord[] } {
  const problems: Problem[] = [];
  const articleNames = listInputs(root, ARTICLES_DIR, ARTICLE_RULES, problems);
  const articles: Article[] = [];
  for (const name of articleNames) {
    const a = readArticle(root, name, problems);
    if (a) articles.push(a);
  }
  const before = problems.length;
  const topics = readTopics(root, problems);
  // A broken topic list is reported once, not again for every article naming a topic.
  if (problems.length === before) problems.push(...topicProblems(articles, topics));
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const articleSlugs = new Set(articleNames.map((f) => f.replace(/\.mdx$/, "")));

  const dataNames = listInputs(root, DATA_DIR, DATA_RULES, problems);
  const datasets: Dataset[] = [];
  const versions: Dataset[] = [];
  const records: PublishedRecord[] = [];
  const pending = new Set<string>();
  const matched = new Set<string>();
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
    const article = bySlug.get(d.input.article);
    const dataset = buildDataset(d, article, articleSlugs.has(d.input.article), problems);
    const r = reconcile(d, readRecord(root, d.input.id, problems), article, problems);
    Object.assign(dataset, { version: r.versions.at(-1)?.version ?? 1, versions: r.versions, corrections: r.corrections });
    for (const id of r.pending) pending.add(id);
    for (const id of r.matched) matched.add(id);
    datasets.push(dataset);
    versions.push(...archivedVersions(d.file, r.record, dataset), dataset);
    records.push(r.record);
  }

  const datasetIds = new Set(dataNames.map((f) => f.replace(/\.(json|csv)$/, "")));
  for (const id of recordedIds(root, problems))
    if (!datasetIds.has(id))
      problems.push({
        file: recordFile(id),
        message: `bộ dữ liệu đã công bố "${id}" không còn trong ${DATA_DIR}/: khôi phục tệp của nó, hoặc nếu thật sự gỡ bỏ, xóa cả ${recordFile(id)} và ghi lý do khi commit.`,
      });
  problems.push(...referenceProblems(articles, datasets, datasetIds));
  problems.push(...articleCorrectionProblems(articles, datasets, pending, matched));
  return { site: { root, topics, articles, datasets, versions }, problems, records };
}

/** Returns the site model, or throws a `SiteError` listing every problem. */
export function loadSite(root = projectRoot()): Site {
  const { site, problems } = readSite(root);
  if (problems.length) throw new SiteError(problems);
  return site;
}
