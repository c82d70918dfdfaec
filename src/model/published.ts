/**
 * The record of what was published: one file per dataset in `data/published/<id>.json`, each
 * version with the dataset as it published it. The build writes it after a successful publish;
 * the checks compare the data with it, so no published figure changes without a correction.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "astro/zod";
import { listInputs, readInput } from "./inputs.ts";
import { DATA_DIR } from "./paths.ts";
import type { Problem } from "./problems.ts";
import type { DatasetInput } from "./schemas/dataset.ts";

/** Where the records are, under the content root. */
export const RECORDS_DIR = `${DATA_DIR}/published`;

/** The dataset as a version published it: its file's content, corrections aside. */
export type PublishedInput = Omit<DatasetInput, "corrections">;

/** One published version in the record. */
export interface RecordedVersion {
  version: number;
  /** ISO day it was published. */
  date: string;
  /** The corrections it published, by id ("data/x.json#0", "content/articles/y.mdx#1"). */
  applied: string[];
  dataset: PublishedInput;
}

export interface PublishedRecord {
  id: string;
  versions: RecordedVersion[];
}

const recordSchema = z.object({
  id: z.string(),
  versions: z
    .array(
      z.object({
        version: z.number().int().positive(),
        date: z.iso.date(),
        applied: z.array(z.string()),
        dataset: z.record(z.string(), z.unknown()),
      }),
    )
    .min(1),
});

/** Returns the path of a dataset's record, relative to the content root. */
export function recordFile(id: string): string {
  return `${RECORDS_DIR}/${id}.json`;
}

/** Returns the ids of the datasets that have a record under `root`; refused entries go to `problems`. */
export function recordedIds(root: string, problems: Problem[] = []): string[] {
  return listInputs(root, RECORDS_DIR, { exts: [".json"] }, problems).map((f) => f.replace(/\.json$/, ""));
}

/** Returns the record of dataset `id`, undefined when it was never published; a damaged record is a problem. */
export function readRecord(root: string, id: string, problems: Problem[]): PublishedRecord | undefined {
  const file = recordFile(id);
  const path = join(root, file);
  // A link or folder in its place is reported by the listing (recordedIds) and never followed.
  if (!lstatSync(path, { throwIfNoEntry: false })?.isFile()) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readInput(root, file));
  } catch (e) {
    problems.push({
      file,
      message: `bản ghi xuất bản không đọc được (${(e as Error).message}); lấy lại tệp từ git, đừng sửa tay.`,
    });
    return undefined;
  }
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success || parsed.data.id !== id) {
    problems.push({ file, message: "bản ghi xuất bản sai dạng; lấy lại tệp từ git, đừng sửa tay." });
    return undefined;
  }
  return parsed.data as PublishedRecord;
}

/** Returns the record as its file holds it: two-space JSON, ending in a newline. */
export function recordText(record: PublishedRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Writes the records that differ from their files under `root` (each atomically); returns the files written. */
export function writeRecords(root: string, records: readonly PublishedRecord[]): string[] {
  const written: string[] = [];
  for (const record of records) {
    const file = recordFile(record.id);
    const path = join(root, file);
    const text = recordText(record);
    if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
    mkdirSync(dirname(path), { recursive: true });
    // A hidden temporary name: one left by a crash is not an input (src/model/inputs.ts skips it).
    const tmp = join(dirname(path), `.${record.id}.json.tmp`);
    writeFileSync(tmp, text);
    renameSync(tmp, path);
    written.push(file);
  }
  return written;
}
