/**
 * No published figure changes silently: the data is compared with its record (published.ts); each
 * changed or removed figure needs a correction entry, and each new entry must match a change. A
 * matched change is a new version of the dataset, dated by its correction.
 */
import { formatIsoDay } from "../lib/format.ts";
import { figureText } from "./figures.ts";
import type { PublishedInput, PublishedRecord, RecordedVersion } from "./published.ts";
import { recordFile } from "./published.ts";
import type { Problem } from "./problems.ts";
import { fieldPath } from "./problems.ts";
import type { DatasetFile } from "./readDataset.ts";
import type { CorrectionInput } from "./schemas/correction.ts";
import type { Fact } from "./schemas/dataset.ts";
import type { Article, Correction, PublishedVersion } from "./types.ts";

/** A correction entry as the check reads it: where it is written and the keys it names in this dataset. */
interface Entry {
  id: string;
  entry: CorrectionInput;
  file: string;
  keys: string[];
  /** Reports a problem at the entry. */
  report: (message: string) => void;
}

/** What reconciling one dataset with its record gives. */
export interface Reconciled {
  record: PublishedRecord;
  versions: PublishedVersion[];
  corrections: Correction[];
  /** Ids of the article's entries not yet published that name this dataset, and of those that matched a change of it. */
  pending: Set<string>;
  matched: Set<string>;
}

/** Returns the dataset as a version publishes it: the file's content without its corrections. */
export function publishedInput(input: DatasetFile["input"]): PublishedInput {
  const { corrections: _corrections, ...rest } = input;
  return rest;
}

/** Returns what a reader is shown of a figure: its value (or date), unit, hedge, notation and quote. */
function state(f: Fact, unit: string): string {
  return JSON.stringify([f.value, f.date, f.unit ?? unit, f.qualifier, f.notation, f.quote]);
}

function shown(f: Fact, unit: string): string {
  return figureText(f.value, f.date, f.unit ?? unit, f.qualifier, f.notation);
}

/** Returns the sentence saying how a published figure changed, old and new. */
function changeText(old: Fact, oldUnit: string, now: Fact, unit: string): string {
  const before = shown(old, oldUnit);
  const after = shown(now, unit);
  if (before !== after) return `đổi từ ${before} thành ${after}`;
  return `giữ ${after} nhưng trích dẫn đổi từ "${old.quote}" thành "${now.quote}"`;
}

const HOW =
  'Thêm vào "corrections" của tệp một mục { "date", "figures", "wrong", "right", "why" } (xem docs/huong-dan-bien-tap.md, mục Đính chính), hoặc trả lại như cũ.';

/**
 * Returns the dataset's record after this content (a new version when a correction matches its
 * changes), its versions and corrections; pushes a problem for every change without a correction
 * and every new correction that matches no change. `articleEntries` are the article's own
 * corrections; `articleDate` dates the first version.
 */
export function reconcile(
  d: DatasetFile,
  record: PublishedRecord | undefined,
  article: Article | undefined,
  problems: Problem[],
): Reconciled {
  const { input, parsed, file } = d;
  const at = (path: PropertyKey[], message: string) =>
    problems.push({ file, line: parsed.locate(path), field: parsed.field?.(path) ?? fieldPath(path), message });
  const entries: Entry[] = input.corrections.map((entry, i) => ({
    id: `${file}#${i}`,
    entry,
    file,
    keys: entry.figures,
    report: (message) => at(["corrections", i], message),
  }));
  for (const [i, entry] of (article?.data.corrections ?? []).entries()) {
    const keys = entry.figures.filter((f) => f.startsWith(`${input.id}.`)).map((f) => f.slice(input.id.length + 1));
    if (!keys.length || !article) continue;
    const line = article.scan.frontmatter.split("\n").findIndex((l) => l.startsWith("corrections:"));
    const where = {
      file: article.file,
      line: line >= 0 ? line + article.scan.frontmatterLine : undefined,
      field: `corrections[${i}]`,
    };
    entries.push({
      id: `${article.file}#${i}`,
      entry,
      file: article.file,
      keys,
      report: (message) => problems.push({ ...where, message }),
    });
  }
  const articleDate = article ? formatIsoDay(article.data.date) : "";
  const last = record?.versions.at(-1);
  const known = new Set([...input.values.map((v) => v.key), ...(last?.dataset.values ?? []).map((v) => v.key)]);
  for (const e of entries)
    for (const k of e.keys)
      if (!known.has(k)) e.report(`không có số liệu khóa "${k}" trong bộ dữ liệu "${input.id}" để đính chính.`);

  const matched = new Set<string>();
  if (!record || !last) {
    for (const e of entries)
      if (e.file === file)
        e.report(
          `đính chính này không khớp thay đổi nào: "${input.id}" chưa từng được công bố (chưa có ${recordFile(input.id)}).`,
        );
    const first: RecordedVersion = { version: 1, date: articleDate, applied: [], dataset: publishedInput(input) };
    const pending = new Set(entries.filter((e) => e.file !== file).map((e) => e.id));
    return finish({ id: input.id, versions: [first] }, entries, pending, matched);
  }

  const applied = new Set(record.versions.flatMap((v) => v.applied));
  for (const id of applied)
    if (id.startsWith(`${file}#`) && !entries.some((e) => e.id === id))
      at(
        ["corrections"],
        `đính chính đã công bố (${id.slice(file.length + 1)}) không còn trong tệp; giữ nguyên mọi đính chính đã công bố.`,
      );
  const pending = entries.filter((e) => !applied.has(e.id));

  // The published figures that changed or went, compared with the last version.
  const changes: Array<{ key: string; message: string; path: PropertyKey[] }> = [];
  for (const old of last.dataset.values) {
    const i = input.values.findIndex((v) => v.key === old.key);
    const now = input.values[i];
    if (!now) {
      changes.push({
        key: old.key,
        path: ["values"],
        message: `số liệu đã công bố "${old.key}" (${old.label}: ${shown(old, last.dataset.unit)}) bị xóa`,
      });
    } else if (state(old, last.dataset.unit) !== state(now, input.unit)) {
      const field =
        old.value !== now.value
          ? "value"
          : old.date !== now.date
            ? "date"
            : old.qualifier !== now.qualifier
              ? "qualifier"
              : "quote";
      const message = `số liệu đã công bố "${old.key}" (${old.label}) ${changeText(old, last.dataset.unit, now, input.unit)}`;
      changes.push({ key: old.key, path: ["values", i, field], message });
    }
  }
  for (const c of changes)
    if (!pending.some((e) => e.keys.includes(c.key))) at(c.path, `${c.message} mà không có đính chính. ${HOW}`);
  const covering = pending.filter((e) => changes.some((c) => e.keys.includes(c.key)));
  for (const e of covering) if (e.file !== file) matched.add(e.id);
  for (const e of pending)
    if (!covering.includes(e) && e.file === file)
      e.report(
        `đính chính này không khớp thay đổi nào so với phiên bản ${last.version} đã công bố: ${e.keys.map((k) => `"${k}"`).join(", ")} vẫn như cũ.`,
      );

  const versions = record.versions.slice(0, -1);
  if (changes.length && covering.length) {
    const date =
      covering
        .map((e) => e.entry.date)
        .sort()
        .at(-1) ?? articleDate;
    versions.push(last, { version: last.version + 1, date, applied: covering.map((e) => e.id), dataset: publishedInput(input) });
  } else {
    // No published figure changed: the last version takes the file as it is now (new figures, words).
    versions.push({ ...last, dataset: changes.length ? last.dataset : publishedInput(input) });
  }
  const pendingArticle = new Set(pending.filter((e) => e.file !== file).map((e) => e.id));
  return finish({ id: input.id, versions }, entries, pendingArticle, matched);
}

function finish(record: PublishedRecord, entries: readonly Entry[], pending: Set<string>, matched: Set<string>): Reconciled {
  const corrections: Correction[] = [];
  for (const v of record.versions)
    for (const id of v.applied) {
      const e = entries.find((x) => x.id === id);
      if (e) corrections.push({ ...e.entry, file: e.file, dataset: record.id, keys: e.keys, version: v.version });
    }
  const versions = record.versions.map((v) => ({ version: v.version, date: v.date }));
  return { record, versions, corrections, pending, matched };
}
