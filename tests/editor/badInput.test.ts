/**
 * The bad-input suite: each folder in tests/fixtures/bad/ holds files that, laid over the valid
 * tests/fixtures/mini/ site, make one mistake an editor can make, and `expected.txt`, the exact
 * messages `npm run check` must print. Every case must exit non-zero.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const FIXTURES = join(import.meta.dirname, "../fixtures");
const ROOT = join(import.meta.dirname, "../..");
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Returns a copy of the mini site with the case's files laid over it. */
export function siteWith(caseDir?: string): string {
  const root = mkdtempSync(join(tmpdir(), "cotmoc-bad-"));
  made.push(root);
  cpSync(join(FIXTURES, "mini"), root, { recursive: true });
  if (caseDir) cpSync(caseDir, root, { recursive: true, filter: (src) => !src.endsWith("expected.txt") });
  return root;
}

/** Runs `npm run check`'s script on a site root. */
export function check(root: string) {
  return spawnSync(process.execPath, [join(ROOT, "scripts/check.ts")], {
    env: { ...process.env, COTMOC_ROOT: root },
    encoding: "utf8",
  });
}

describe("npm run check", () => {
  it("passes the valid mini site", () => {
    const r = check(siteWith());
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  const cases = readdirSync(join(FIXTURES, "bad")).sort();
  it.each(cases)("%s: exact message, non-zero exit", (name) => {
    const dir = join(FIXTURES, "bad", name);
    const expected = readFileSync(join(dir, "expected.txt"), "utf8").trim().split("\n");
    const r = check(siteWith(dir));
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^Có \d+ lỗi/);
    expect(lines.slice(1)).toEqual(expected);
  });
});
