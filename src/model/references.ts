/** Checks across files: every `<Chart>`, `<So>` and headline an article names must exist in its own data. */
import { checkQuote } from "./provenance.ts";
import { DATA_DIR } from "./paths.ts";
import type { Problem } from "./problems.ts";
import { formsOf } from "./schemas/dataset.ts";
import type { Article, Dataset } from "./types.ts";

/** Returns the line of the `headline:` key in an article's frontmatter, or undefined. */
function headlineLine(a: Article): number | undefined {
  const idx = a.scan.frontmatter.split("\n").findIndex((l) => l.startsWith("headline:"));
  return idx >= 0 ? idx + a.scan.frontmatterLine : undefined;
}

/** Returns a problem for each `<Chart id>` that names no dataset file. */
function chartProblems(a: Article, datasetIds: ReadonlySet<string>): Problem[] {
  return a.scan.charts
    .filter((ref) => !datasetIds.has(ref.id))
    .map((ref) => ({
      file: a.file,
      line: ref.line,
      field: "Chart",
      message: `không có bộ dữ liệu "${ref.id}" trong ${DATA_DIR}/.`,
    }));
}

/** Returns a problem for each `<Chart kind>` that would draw a dataset in a form its relationship contradicts. */
function formProblems(a: Article, byId: ReadonlyMap<string, Dataset>): Problem[] {
  const out: Problem[] = [];
  for (const ref of a.scan.charts) {
    const ds = byId.get(ref.id);
    if (!ds?.relationship || ref.kind === undefined) continue;
    const forms = formsOf(ds.relationship);
    if (!forms.includes(ref.kind as (typeof forms)[number]))
      out.push({
        file: a.file,
        line: ref.line,
        field: "Chart",
        message:
          `<Chart id="${ref.id}" kind="${ref.kind}">: bộ dữ liệu khai "relationship": "${ds.relationship}", ` +
          `chỉ vẽ được ${forms.map((f) => `"${f}"`).join(", ")}; hình khác sẽ nói sai quan hệ giữa các số.`,
      });
  }
  return out;
}

/** Returns a problem for each `<Chart emphasis>` key that names no figure of the dataset: it would emphasise nothing. */
function emphasisProblems(a: Article, byId: ReadonlyMap<string, Dataset>): Problem[] {
  const out: Problem[] = [];
  for (const ref of a.scan.charts) {
    const ds = byId.get(ref.id);
    if (!ds) continue;
    const keys = [...ds.figures, ...ds.derived].map((f) => f.key);
    for (const key of ref.emphasis ?? [])
      if (!keys.includes(key))
        out.push({
          file: a.file,
          line: ref.line,
          field: "Chart",
          message:
            `<Chart id="${ref.id}" emphasis>: bộ dữ liệu không có số liệu khóa "${key}"; ` +
            `khóa có thể nhấn mạnh: ${keys.map((k) => `"${k}"`).join(", ")}.`,
        });
  }
  return out;
}

/** Returns a problem for each headline figure that is not a figure of the article's own datasets. */
function headlineProblems(a: Article, byId: ReadonlyMap<string, Dataset>, datasetIds: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  for (const [i, id] of a.data.headline.entries()) {
    const [dsId = "", key = ""] = id.split(".");
    const ds = byId.get(dsId);
    const fig = ds && [...ds.figures, ...ds.derived].find((f) => f.key === key);
    if (!datasetIds.has(dsId) || (ds && !fig) || (ds && ds.article !== a.slug)) {
      out.push({
        file: a.file,
        line: headlineLine(a),
        field: `headline[${i}]`,
        message: `không có số liệu "${id}" trong các bộ dữ liệu của bài này (dạng bo-du-lieu.khoa).`,
      });
    }
  }
  return out;
}

/** Returns a problem for each `<So>` that names no figure of the article, or whose words state another number. */
function figureProblems(a: Article, byId: ReadonlyMap<string, Dataset>, datasetIds: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  const push = (line: number, message: string) => out.push({ file: a.file, line, field: "So", message });
  for (const ref of a.scan.figures) {
    const [dsId = "", key = ""] = ref.id.split(".");
    const ds = byId.get(dsId);
    if (!datasetIds.has(dsId)) {
      push(ref.line, `không có bộ dữ liệu "${dsId}" (id phải có dạng bo-du-lieu.khoa).`);
      continue;
    }
    if (!ds) continue; // the dataset has problems of its own
    const fig = ds.figures.find((f) => f.key === key);
    if (!fig) {
      push(ref.line, `bộ dữ liệu "${dsId}" không có số liệu khóa "${key}".`);
    } else if (ds.article !== a.slug) {
      push(ref.line, `số liệu "${ref.id}" thuộc bài "${ds.article}", không phải bài này.`);
    } else if (ref.text !== undefined && !checkQuote(ref.text, ref.text, { ...fig, notation: fig.notation ?? "vi" }).ok) {
      push(
        ref.line,
        `chữ trong <So> là "${ref.text}" nhưng dữ liệu ${ds.file} cho ${fig.text}; chữ phải nêu đúng con số đó, kèm từ ước lượng nếu có.`,
      );
    }
  }
  return out;
}

/**
 * Returns the problems of every article's references. `datasetIds` are the ids of every dataset file,
 * with or without problems: a dataset whose file has problems is still known by its name.
 */
export function referenceProblems(
  articles: readonly Article[],
  datasets: readonly Dataset[],
  datasetIds: ReadonlySet<string>,
): Problem[] {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  return [
    ...articles.flatMap((a) => chartProblems(a, datasetIds)),
    ...articles.flatMap((a) => formProblems(a, byId)),
    ...articles.flatMap((a) => emphasisProblems(a, byId)),
    ...articles.flatMap((a) => headlineProblems(a, byId, datasetIds)),
    ...articles.flatMap((a) => figureProblems(a, byId, datasetIds)),
  ];
}
