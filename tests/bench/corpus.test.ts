/**
 * The bench's synthetic corpus (scripts/bench/corpus.ts) must pass every content check of the real
 * build: when the model's rules grow (relationships, numeral readings), a stale corpus stops every
 * bench run at its first build, minutes in.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { writeCorpus } from "../../scripts/bench/corpus.ts";
import { checkAll } from "../../src/model/checkAll.ts";
import { formatProblem } from "../../src/model/problems.ts";

const root = mkdtempSync(join(tmpdir(), "cotmoc-corpus-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it("writes articles and datasets that pass the content checks", () => {
  expect(writeCorpus(root, 6)).toEqual({ articles: 6, charts: 24 });
  const { problems, site } = checkAll(root);
  expect(problems.map(formatProblem)).toEqual([]);
  expect(site.articles).toHaveLength(6);
});
