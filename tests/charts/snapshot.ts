/**
 * SVG snapshots in the style of observablehq/plot: `tests/output/<name>.svg`, reviewed by git diff.
 * A missing snapshot is written (unless `CI` is set); a different one writes `<name>-changed.svg`
 * beside it and fails. Snapshots are never written under CI.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), "..", "output");

/** Returns the snapshot file of `name`. */
export function snapshotPath(name: string): string {
  return join(OUTPUT, `${name}.svg`);
}

/** Checks `svg` against the snapshot `name` (see the module comment for what is written when). */
export function expectSnapshot(name: string, svg: string): void {
  const file = snapshotPath(name);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  const actual = `${svg}\n`;
  if (!existsSync(file)) {
    if (process.env.CI) expect.fail(`snapshot ${relative(process.cwd(), file)} is missing (not written under CI)`);
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, "utf8");
  if (actual === expected) {
    if (existsSync(changed) && !process.env.CI) unlinkSync(changed);
    return;
  }
  if (!process.env.CI) writeFileSync(changed, actual);
  expect.fail(`${relative(process.cwd(), file)} differs${process.env.CI ? "" : `; see ${relative(process.cwd(), changed)}`}`);
}
