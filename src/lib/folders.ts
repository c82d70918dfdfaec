/** Walking a built site's folders: tens of thousands of entries, so a folder is told by its entry, not by a stat of each. */
import { type Dirent, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Returns the entries of `dir` in name order (as `readdirSync(dir).sort()` orders names). */
export function sortedEntries(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

/** Returns whether the entry at `path` is a folder; a symbolic link is followed, as `statSync` does. */
export function isFolder(entry: Dirent, path: string): boolean {
  return entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory());
}

/** Returns every file under `dir`, as paths relative to it with "/" between folders, in path order. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (under: string) => {
    for (const entry of sortedEntries(join(dir, under))) {
      const rel = under ? `${under}/${entry.name}` : entry.name;
      if (isFolder(entry, join(dir, rel))) walk(rel);
      else out.push(rel);
    }
  };
  walk("");
  return out;
}
