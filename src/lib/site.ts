/**
 * Loads every article and dataset from disk, validates them with the zod schemas, runs the
 * provenance and totals checks, and returns the site model the pages render. Any problem, in any
 * file, stops the build with all problems listed (see `SiteError`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { articleSchema, type ArticleFrontmatter } from "../schemas/article.ts";
import { datasetSchema, type ChartKind, type DatasetInput } from "../schemas/dataset.ts";
import { parseCsvFile } from "./csvDataset.ts";
import { parseJsonFile, type ParsedFile } from "./datasetFile.ts";
import { formatIsoDate, formatNumber, formatQuantity, type Qualifier } from "./format.ts";
import { scanMdx, type MdxScan } from "./mdxText.ts";
import { fieldPath, SiteError, type Problem } from "./problems.ts";
import { checkQuote } from "./provenance.ts";

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

/** Returns the project root: `COTMOC_ROOT` or the working directory. */
export function projectRoot(): string {
  return process.env.COTMOC_ROOT ?? process.cwd();
}

export const ARTICLES_DIR = "content/articles";
export const DATA_DIR = "data";
const DATA_EXTS = [".json", ".csv"];

function listFiles(dir: string, exts: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => exts.some((e) => f.endsWith(e)) && !f.startsWith("."))
    .sort();
}

function readArticle(root: string, name: string, problems: Problem[]): Article | undefined {
  const file = `${ARTICLES_DIR}/${name}`;
  const source = readFileSync(join(root, file), "utf8");
  const scan = scanMdx(source);
  let raw: unknown;
  try {
    raw = parseYaml(scan.frontmatter) ?? {};
  } catch (e) {
    const line = e instanceof YAMLParseError ? (e.linePos?.[0]?.line ?? 0) + scan.frontmatterLine - 1 : undefined;
    problems.push({ file, line, message: `phần đầu (frontmatter) sai cú pháp YAML: ${(e as Error).message.split("\n")[0]}` });
    return undefined;
  }
  const result = articleSchema.safeParse(raw);
  if (!result.success) {
    const lines = scan.frontmatter.split("\n");
    for (const issue of result.error.issues) {
      const field = fieldPath(issue.path);
      const idx = lines.findIndex((l) => l.startsWith(`${String(issue.path[0])}:`));
      problems.push({
        file,
        line: idx >= 0 ? idx + scan.frontmatterLine : undefined,
        field,
        message: friendlyMessage(issue, raw),
      });
    }
    return undefined;
  }
  return { slug: name.replace(/\.mdx$/, ""), file, data: result.data, scan };
}

/** Returns the value at `path` in `input`, or undefined. */
function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = input;
  for (const seg of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

interface ZodIssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  keys?: string[];
}

/** Returns a zod issue as a sentence an editor understands (`input` is what was validated). */
function friendlyMessage(issue: ZodIssueLike, input: unknown): string {
  if (issue.code === "invalid_type" && valueAt(input, issue.path) === undefined) return "thiếu trường bắt buộc này.";
  if (issue.code === "unrecognized_keys") {
    return `trường không được biết đến: ${(issue.keys ?? []).map((k) => `"${k}"`).join(", ")}. Kiểm tra lỗi chính tả.`;
  }
  return issue.message.endsWith(".") ? issue.message : `${issue.message}.`;
}

/** Returns the path an editor should look at: an unknown key's own path, else the issue's. */
function issuePath(issue: ZodIssueLike): PropertyKey[] {
  return issue.code === "unrecognized_keys" && issue.keys?.[0] ? [...issue.path, issue.keys[0]] : issue.path;
}

function readDataset(
  root: string,
  name: string,
  problems: Problem[],
): { input: DatasetInput; parsed: ParsedFile; file: string } | undefined {
  const file = `${DATA_DIR}/${name}`;
  const source = readFileSync(join(root, file), "utf8");
  const parsed = name.endsWith(".csv") ? parseCsvFile(file, source) : parseJsonFile(file, source);
  const field = (path: ReadonlyArray<PropertyKey>) => parsed.field?.(path) ?? fieldPath(path);
  if (parsed.problems.length) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const result = datasetSchema.safeParse(parsed.input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issuePath(issue);
      problems.push({ file, line: parsed.locate(path), field: field(path), message: friendlyMessage(issue, parsed.input) });
    }
    return undefined;
  }
  const expected = name.replace(/\.(json|csv)$/, "");
  if (result.data.id !== expected) {
    problems.push({
      file,
      line: parsed.locate(["id"]),
      field: field(["id"]),
      message: `id "${result.data.id}" phải trùng với tên tệp "${expected}".`,
    });
  }
  return { input: result.data, parsed, file };
}

/** Returns a source figure as a reader sees it; identifiers (`digits`) are printed bare: "số 1625". */
function figureText(
  value: number | undefined,
  date: string | undefined,
  unit: string,
  q: Qualifier,
  notation: "vi" | "digits",
): string {
  if (date !== undefined) return formatIsoDate(date);
  if (notation === "digits") return [unit, String(value)].filter(Boolean).join(" ");
  return formatQuantity(value ?? 0, unit, q);
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Returns the hedge of a figure computed from hedged ones. */
function combineHedges(qs: Qualifier[]): Qualifier {
  const set = new Set(qs);
  if (set.size === 1) return qs[0] ?? "exact";
  return set.has("exact") && set.size === 1 ? "exact" : "khoảng";
}

function buildDataset(
  d: { input: DatasetInput; parsed: ParsedFile; file: string },
  article: Article | undefined,
  articleExists: boolean,
  problems: Problem[],
): Dataset {
  const { input, parsed, file } = d;
  const at = (path: PropertyKey[]) => parsed.locate(path);
  const push = (path: PropertyKey[], message: string) =>
    problems.push({ file, line: at(path), field: parsed.field?.(path) ?? fieldPath(path), message });

  // An article that exists but has problems of its own is reported once, under its own file.
  if (!articleExists)
    push(["article"], `không có bài viết "${input.article}" trong ${ARTICLES_DIR}/ (tên tệp .mdx, không có đuôi).`);

  const seen = new Set<string>();
  const figures: Figure[] = input.values.map((v, i) => {
    if (seen.has(v.key)) push(["values", i, "key"], `khóa "${v.key}" bị trùng trong cùng bộ dữ liệu.`);
    seen.add(v.key);
    const unit = v.unit ?? input.unit;
    if (article) {
      const verdict = checkQuote(article.scan.text, v.quote, v);
      const shown = figureText(v.value, v.date, unit, v.qualifier, v.notation);
      if (!verdict.ok && verdict.reason === "not-in-article") {
        push(["values", i, "quote"], `trích dẫn không có trong bài ${article.file}; hãy chép nguyên văn một đoạn của bài.`);
      } else if (!verdict.ok && verdict.reason === "value-not-in-quote") {
        push(
          ["values", i, v.date !== undefined ? "date" : "value"],
          `số liệu ${shown} (viết là ${verdict.tried.map((t) => `"${t}"`).join(" hoặc ")}) không có trong trích dẫn "${v.quote}".`,
        );
      } else if (!verdict.ok && verdict.reason === "hedge-mismatch") {
        const found = verdict.found === "exact" ? "không có từ ước lượng" : `có từ "${verdict.found}"`;
        push(["values", i, "qualifier"], `trích dẫn ${found} trước con số, nhưng qualifier là "${v.qualifier}".`);
      }
    }
    return {
      key: v.key,
      label: v.label,
      value: v.value,
      date: v.date,
      unit,
      qualifier: v.qualifier,
      notation: v.notation,
      quote: v.quote,
      role: "value" as Figure["role"],
      text: figureText(v.value, v.date, unit, v.qualifier, v.notation),
    };
  });
  const byKey = new Map(figures.map((f) => [f.key, f]));

  let total: Figure | undefined;
  let parts: Figure[] = [];
  let partsSum: number | undefined;
  if (input.total) {
    total = byKey.get(input.total.key);
    if (!total) {
      push(["total", "key"], `không có số liệu nào có khóa "${input.total.key}" để làm tổng.`);
    } else {
      total.role = "total";
      parts = figures.filter((f) => f !== total);
      for (const p of parts) p.role = "part";
      const badUnit = parts.find((p) => p.unit !== total?.unit || p.value === undefined);
      if (badUnit) {
        push(["total", "key"], `phần "${badUnit.key}" phải là số cùng đơn vị "${total.unit}" với tổng.`);
      } else {
        partsSum = parts.reduce((s, p) => s + (p.value ?? 0), 0);
        const matches = Math.abs(partsSum - (total.value ?? 0)) < 1e-9;
        if (!matches && !input.total.note) {
          push(
            ["total"],
            `các phần cộng lại được ${formatNumber(partsSum)}, khác tổng ${formatNumber(total.value ?? 0)} của "${total.key}". ` +
              `Nếu bài viết đúng như vậy, thêm total.note giải thích cho người đọc; không được sửa số cho khớp.`,
          );
        }
        if (matches && input.total.note) {
          push(["total", "note"], `các phần đã cộng đúng bằng tổng; bỏ total.note vì nó sẽ báo sai cho người đọc.`);
        }
      }
    }
  }

  const derived: Figure[] = input.derived.map((dv, i) => {
    const ops = dv.of.map((k, j) => {
      const f = byKey.get(k);
      if (!f || f.value === undefined) push(["derived", i, "of", j], `không có số liệu nào có khóa "${k}".`);
      return f;
    });
    if (dv.op !== "sum" && dv.of.length !== 2) push(["derived", i, "of"], `phép "${dv.op}" cần đúng hai khóa: tử số và mẫu số.`);
    const vals = ops.map((f) => f?.value ?? NaN);
    const quals = ops.map((f) => f?.qualifier ?? "exact");
    let value: number;
    let how: string;
    const shown = ops.map((f) => f?.text ?? "?");
    if (dv.op === "sum") {
      value = vals.reduce((s, v) => s + v, 0);
      how = `Tính khi dựng trang: ${shown.join(" + ")}.`;
    } else {
      const [a = NaN, b = NaN] = vals;
      if (b === 0) push(["derived", i, "of", 1], "mẫu số bằng 0.");
      value = dv.op === "share" ? (a / b) * 100 : a / b;
      how = `Tính khi dựng trang: ${shown[0]} ÷ ${shown[1]}${dv.op === "share" ? " × 100" : ""}, làm tròn.`;
    }
    const rounded = round(value, dv.digits);
    let qualifier = combineHedges(quals);
    if (rounded !== value && qualifier === "exact") qualifier = "khoảng";
    return {
      key: dv.key,
      label: dv.label,
      value: rounded,
      unit: dv.unit,
      qualifier,
      derived: how,
      role: "derived",
      text: formatQuantity(rounded, dv.unit, qualifier, dv.digits),
    };
  });
  for (const [i, dv] of input.derived.entries()) {
    if (byKey.has(dv.key)) push(["derived", i, "key"], `khóa "${dv.key}" đã dùng cho một số liệu gốc.`);
  }

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
  };
}

/** Returns the site model and every problem found (the model is partial when there are problems). */
export function readSite(root = projectRoot()): { site: Site; problems: Problem[] } {
  const problems: Problem[] = [];
  const articles: Article[] = [];
  for (const name of listFiles(join(root, ARTICLES_DIR), [".mdx"])) {
    const a = readArticle(root, name, problems);
    if (a) articles.push(a);
  }
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const articleSlugs = new Set(listFiles(join(root, ARTICLES_DIR), [".mdx"]).map((f) => f.replace(/\.mdx$/, "")));

  const datasets: Dataset[] = [];
  const ids = new Map<string, string>();
  for (const name of listFiles(join(root, DATA_DIR), DATA_EXTS)) {
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
    const articleExists = articleSlugs.has(d.input.article);
    datasets.push(buildDataset(d, bySlug.get(d.input.article), articleExists, problems));
  }

  // A dataset whose file has problems is still known by its file name: its own errors say what is wrong.
  const datasetIds = new Set(listFiles(join(root, DATA_DIR), DATA_EXTS).map((f) => f.replace(/\.(json|csv)$/, "")));
  for (const a of articles) {
    for (const ref of a.scan.charts) {
      if (!datasetIds.has(ref.id)) {
        problems.push({
          file: a.file,
          line: ref.line,
          field: "Chart",
          message: `không có bộ dữ liệu "${ref.id}" trong ${DATA_DIR}/.`,
        });
      }
    }
  }
  const byId = new Map(datasets.map((d) => [d.id, d]));
  for (const a of articles) {
    for (const [i, id] of a.data.headline.entries()) {
      const [dsId = "", key = ""] = id.split(".");
      const ds = byId.get(dsId);
      const fig = ds && [...ds.figures, ...ds.derived].find((f) => f.key === key);
      if (!datasetIds.has(dsId) || (ds && !fig) || (ds && ds.article !== a.slug)) {
        const idx = a.scan.frontmatter.split("\n").findIndex((l) => l.startsWith("headline:"));
        problems.push({
          file: a.file,
          line: idx >= 0 ? idx + a.scan.frontmatterLine : undefined,
          field: `headline[${i}]`,
          message: `không có số liệu "${id}" trong các bộ dữ liệu của bài này (dạng bo-du-lieu.khoa).`,
        });
      }
    }
  }
  for (const a of articles) {
    for (const ref of a.scan.figures) {
      const [dsId = "", key = ""] = ref.id.split(".");
      const ds = byId.get(dsId);
      if (!datasetIds.has(dsId)) {
        problems.push({
          file: a.file,
          line: ref.line,
          field: "So",
          message: `không có bộ dữ liệu "${dsId}" (id phải có dạng bo-du-lieu.khoa).`,
        });
        continue;
      }
      if (!ds) continue; // the dataset has problems of its own
      const fig = ds.figures.find((f) => f.key === key);
      if (!fig) {
        problems.push({
          file: a.file,
          line: ref.line,
          field: "So",
          message: `bộ dữ liệu "${dsId}" không có số liệu khóa "${key}".`,
        });
      } else if (ds.article !== a.slug) {
        problems.push({
          file: a.file,
          line: ref.line,
          field: "So",
          message: `số liệu "${ref.id}" thuộc bài "${ds.article}", không phải bài này.`,
        });
      } else if (ref.text !== undefined && !checkQuote(ref.text, ref.text, { ...fig, notation: fig.notation ?? "vi" }).ok) {
        problems.push({
          file: a.file,
          line: ref.line,
          field: "So",
          message: `chữ trong <So> là "${ref.text}" nhưng dữ liệu ${ds.file} cho ${fig.text}; chữ phải nêu đúng con số đó, kèm từ ước lượng nếu có.`,
        });
      }
    }
  }
  return { site: { root, articles, datasets }, problems };
}

/** Returns the site model, or throws a `SiteError` listing every problem. */
export function loadSite(root = projectRoot()): Site {
  const { site, problems } = readSite(root);
  if (problems.length) throw new SiteError(problems);
  return site;
}

function signature(root: string): string {
  const parts: string[] = [];
  for (const dir of [ARTICLES_DIR, DATA_DIR]) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).sort()) {
      const st = statSync(join(abs, f));
      parts.push(`${dir}/${f}:${st.size}:${st.mtimeMs}`);
    }
  }
  return parts.join("|");
}

let cached: { root: string; sig: string; site: Site } | undefined;

/**
 * Set by the build (src/integrations/cotMoc.ts) for the rest of the process: content does not change
 * while a build renders, so the site model is loaded once instead of re-reading every file's size
 * and date for each page (which made a build quadratic in the number of files).
 */
export const FROZEN_SITE_ENV = "COTMOC_SITE_FROZEN";

/** Returns the site model, reloaded only when a file in content/ or data/ changed (for `astro dev`). */
export function getSite(root = projectRoot()): Site {
  if (cached && cached.root === root && process.env[FROZEN_SITE_ENV] === "1") return cached.site;
  const sig = signature(root);
  if (cached && cached.root === root && cached.sig === sig) return cached.site;
  const site = loadSite(root);
  cached = { root, sig, site };
  return site;
}

/** Lookup tables of a site model, built on first use: one page's lookups must not scan the whole site. */
const indexes = new WeakMap<Site, { datasets: Map<string, Dataset>; articles: Map<string, Article> }>();

function indexOf(site: Site): { datasets: Map<string, Dataset>; articles: Map<string, Article> } {
  let index = indexes.get(site);
  if (!index) {
    index = {
      datasets: new Map(site.datasets.map((d) => [d.id, d])),
      articles: new Map(site.articles.map((a) => [a.slug, a])),
    };
    indexes.set(site, index);
  }
  return index;
}

/** Returns the dataset with this id, or throws naming it. */
export function datasetById(site: Site, id: string): Dataset {
  const d = indexOf(site).datasets.get(id);
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

/** Returns the figures an article shows on the home page, with their datasets. */
export function headlineFigures(site: Site, article: Article, max = 4): { dataset: Dataset; figure: Figure }[] {
  const own = site.datasets.filter((d) => d.article === article.slug && d.kind !== "table");
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

/** Returns the article with this slug, or throws naming it. */
export function articleBySlug(site: Site, slug: string): Article {
  const a = indexOf(site).articles.get(slug);
  if (!a) throw new Error(`Không có bài viết "${slug}" trong ${ARTICLES_DIR}/.`);
  return a;
}
