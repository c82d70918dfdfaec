/** The versions of a dataset published before its latest, rebuilt from the record, and the checks of articles' corrections. */
import { buildDataset } from "./buildDataset.ts";
import type { Problem } from "./problems.ts";
import type { PublishedRecord } from "./published.ts";
import type { Article, Dataset } from "./types.ts";

/** Returns each earlier version of `latest` as its record published it (its corrections those published by then). */
export function archivedVersions(file: string, record: PublishedRecord, latest: Dataset): Dataset[] {
  return record.versions.slice(0, -1).map((v) => {
    const parsed = { input: undefined, locate: () => undefined, problems: [] };
    // Checked when it was published: its quotes are not checked again against today's article.
    const d = buildDataset({ input: { ...v.dataset, corrections: [] }, parsed, file }, undefined, true, [], true);
    return {
      ...d,
      version: v.version,
      versions: latest.versions,
      corrections: latest.corrections.filter((c) => c.version <= v.version),
    };
  });
}

/** Returns the problems of articles' corrections: figures that are not the article's, entries that match no change. */
export function articleCorrectionProblems(
  articles: readonly Article[],
  datasets: readonly Dataset[],
  pending: ReadonlySet<string>,
  matched: ReadonlySet<string>,
): Problem[] {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const out: Problem[] = [];
  for (const a of articles) {
    const idx = a.scan.frontmatter.split("\n").findIndex((l) => l.startsWith("corrections:"));
    const line = idx >= 0 ? idx + a.scan.frontmatterLine : undefined;
    for (const [i, entry] of a.data.corrections.entries()) {
      for (const [j, id] of entry.figures.entries()) {
        const [dsId = "", key = ""] = id.split(".");
        const ds = byId.get(dsId);
        if (!ds || ds.article !== a.slug || !key)
          out.push({
            file: a.file,
            line,
            field: `corrections[${i}].figures[${j}]`,
            message: `"${id}" không phải số liệu của bài này (dạng bo-du-lieu.khoa).`,
          });
      }
      const entryId = `${a.file}#${i}`;
      if (pending.has(entryId) && !matched.has(entryId))
        out.push({
          file: a.file,
          line,
          field: `corrections[${i}]`,
          message: "đính chính này không khớp thay đổi nào so với số liệu đã công bố.",
        });
    }
  }
  return out;
}
