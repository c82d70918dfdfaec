/** Builds a dataset of the site model from its checked file: figures, total and parts, derived figures. */
import { ARTICLES_DIR } from "./paths.ts";
import { derivedFigures } from "./derived.ts";
import { sourceFigures, type Report } from "./figures.ts";
import { fieldPath, type Problem } from "./problems.ts";
import type { DatasetFile } from "./readDataset.ts";
import { renderFinding } from "./finding.ts";
import { checkRelationship, declaredForm } from "./relationships.ts";
import { applyTotal } from "./totals.ts";
import type { Article, Dataset } from "./types.ts";

/**
 * Returns the dataset of `d`, pushing every problem to `problems`. `article` is its article when that
 * read without problems; `articleExists` says whether its file exists at all (one with problems of
 * its own is reported once, under its own file). `archived`: a version already published, read from its record.
 */
export function buildDataset(
  d: DatasetFile,
  article: Article | undefined,
  articleExists: boolean,
  problems: Problem[],
  archived = false,
): Dataset {
  const { input, parsed, file } = d;
  const report: Report = (path, message) =>
    problems.push({ file, line: parsed.locate(path), field: parsed.field?.(path) ?? fieldPath(path), message });

  if (!articleExists)
    report(["article"], `không có bài viết "${input.article}" trong ${ARTICLES_DIR}/ (tên tệp .mdx, không có đuôi).`);
  const figures = sourceFigures(input, article, report);
  const { relationship, kind } = declaredForm(input, archived, report);
  const derived = derivedFigures(input, figures, report);
  const { total, parts, partsSum } = applyTotal(input, figures, report, relationship, derived);
  if (relationship) checkRelationship(input, relationship, { figures, total, parts, partsSum, derived }, report);
  const headline = input.finding ? renderFinding(input.finding, [...figures, ...derived], report) : input.title;
  return {
    id: input.id,
    file,
    article: input.article,
    title: input.title,
    headline,
    description: input.description,
    relationship,
    kind,
    unit: input.unit,
    notes: input.notes,
    figures,
    total,
    parts,
    derived,
    sumOf: Object.fromEntries(input.derived.filter((dv) => dv.op === "sum").map((dv) => [dv.key, dv.of])),
    totalNote: input.total?.note,
    partsSum,
    // What was published, and when, is read from data/published/ by readSite (corrections.ts).
    version: 1,
    versions: [],
    corrections: [],
  };
}
