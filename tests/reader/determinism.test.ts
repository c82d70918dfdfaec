/**
 * Two clean builds of the same sources are byte-identical: the build under test (dist/, which
 * `npm test` has just made) and a second build with a cold cache of its own, in the same
 * environment. A difference names the files; rebuild dist/ first if the sources changed since.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildSite, type TestBuild } from "../helpers/build.ts";
import { DIST, htmlPages, walk } from "../helpers/dist.ts";

let again: TestBuild | undefined;
beforeAll(() => {
  htmlPages(); // fails clearly when dist/ was not built
  again = buildSite("determinism");
}, 300_000);
afterAll(() => again?.remove());

it("a second cold build writes the same files", () => {
  expect(walk(again?.dist ?? "")).toEqual(walk(DIST));
});

it("a second cold build writes every file byte for byte the same", () => {
  const other = again?.dist ?? "";
  const differ = walk(DIST).filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(other, f))));
  expect(differ).toEqual([]);
});

it.skipIf(process.env.SITE_URL)("says, in one Vietnamese line, that a build without SITE_URL names localhost, and where", () => {
  const lines = (again?.output ?? "").split("\n").filter((l) => l.includes("SITE_URL"));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Chưa đặt SITE_URL: mã nhúng, RSS, .*http:\/\/localhost:4321.*“Cột Mốc”/);
});
