/** Builds a dataset of the site model from its checked file: figures, total and parts, derived figures. */
import { ARTICLES_DIR } from "./paths.ts";
import { derivedFigures } from "./derived.ts";
import { sourceFigures, type Report } from "./figures.ts";
import { fieldPath, type Problem } from "./problems.ts";
import type { DatasetFile } from "./readDataset.ts";
import { applyTotal } from "./totals.ts";
import type { Article, Dataset } from "./types.ts";

/**
 * Returns the dataset of `d`, pushing every problem to `problems`. `article` is its article when that
 * read without problems; `articleExists` says whether its file exists at all (one with problems of
 * its own is reported once, under its own file).
 */
export function buildDataset(d: DatasetFile, article: Article | undefined, articleExists: boolean, problems: Problem[]): Dataset {
  const { input, parsed, file } = d;
  const report: Report = (path, message) =>
    problems.push({ file, line: parsed.locate(path), field: parsed.field?.(path) ?? fieldPath(path), message });

  if (!articleExists)
    report(["article"], `không có bài viết "${input.article}" trong ${ARTICLES_DIR}/ (tên tệp .mdx, không có đuôi).`);
  const figures = sourceFigures(input, article, report);
  const { total, parts, partsSum } = applyTotal(input, figures, report);
  const derived = derivedFigures(input, figures, report);
  return {
    id: input.id,
    file,
    article: input.article,
    title: input.title,
    description: input.description,
    kind: input.kind,
    unit: input.unit,
    notes: input.notes,
    figures,
    total,
    parts,
    derived,
    totalNote: input.total?.note,
    partsSum,
    // What was published, and when, is read from data/published/ by readSite (corrections.ts).
    version: 1,
    versions: [],
    corrections: [],
  };
}
