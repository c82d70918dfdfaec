/** The mini fixture (tests/fixtures/mini/): a one-article site that reads without problems, and its problems after one edit. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatProblem } from "../../src/model/problems.ts";
import { readSite } from "../../src/model/readSite.ts";

export const MINI = join(import.meta.dirname, "../fixtures/mini");

/** Returns a copy of the mini fixture in a temporary folder, and a function that removes it. */
export function miniCopy(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), "cotmoc-"));
  cpSync(MINI, root, { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Returns the problems of the mini fixture after `edit` changed one of its files. */
export function problemsAfter(file: string, edit: (s: string) => string): string[] {
  const { root, remove } = miniCopy();
  const path = join(root, file);
  try {
    writeFileSync(path, edit(readFileSync(path, "utf8")));
    return readSite(root).problems.map(formatProblem);
  } finally {
    remove();
  }
}

/** Returns an edit of a JSON file: `f` changes the parsed object, which is written back indented. */
export const json = (f: (d: any) => void) => (s: string) => {
  const d = JSON.parse(s);
  f(d);
  return JSON.stringify(d, null, 2);
};
