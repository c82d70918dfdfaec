/**
 * The fingerprint that lets `npm run build` stop when nothing changed (scripts/lib/buildInputs.ts):
 * every input of the site's bytes changes it, a file's time does not, and the records the build
 * writes are a part of their own.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { buildInputs } from "../../scripts/lib/buildInputs.ts";
import { cleanUp, tempDir } from "./sandbox.ts";

afterAll(cleanUp);

let site: string;
let code: string;
const env = { SITE_URL: "https://a.example", BASE_PATH: "/" };

function write(path: string, text: string): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
}

beforeEach(() => {
  const dir = tempDir("cotmoc-inputs-");
  site = join(dir, "site");
  code = join(dir, "code");
  write(join(site, "content/articles/a.mdx"), "---\ntitle: A\n---\nText.");
  write(join(site, "content/topics.json"), "[]");
  write(join(site, "data/a.json"), '{"id":"a"}');
  write(join(site, "data/published/a.json"), '{"versions":[]}');
  for (const f of ["src/pages/index.astro", "public/robots.txt", "scripts/build.ts"]) write(join(code, f), f);
  for (const f of ["astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json"]) write(join(code, f), f);
});

describe("the build's input fingerprint", () => {
  it("is the same for the same files, wherever they are and whatever their times", () => {
    const before = buildInputs(site, code, env);
    const elsewhere = tempDir("cotmoc-inputs-");
    cpSync(site, join(elsewhere, "site"), { recursive: true });
    cpSync(code, join(elsewhere, "code"), { recursive: true });
    utimesSync(join(elsewhere, "site/data/a.json"), new Date(0), new Date(0));
    expect(buildInputs(join(elsewhere, "site"), join(elsewhere, "code"), env)).toEqual(before);
  });

  it.each([
    ["an article", "site", "content/articles/a.mdx"],
    ["a new article", "site", "content/articles/b.mdx"],
    ["the topics", "site", "content/topics.json"],
    ["a dataset", "site", "data/a.json"],
    ["a page of the code", "code", "src/pages/index.astro"],
    ["a public file", "code", "public/robots.txt"],
    ["the build script", "code", "scripts/build.ts"],
    ["the config", "code", "astro.config.mjs"],
    ["the lockfile", "code", "package-lock.json"],
  ])("changes its sources, not its records, when %s changes", (_what, root, file) => {
    const before = buildInputs(site, code, env);
    write(join(root === "site" ? site : code, file), "changed");
    const after = buildInputs(site, code, env);
    expect(after.sources).not.toBe(before.sources);
    expect(after.records).toBe(before.records);
  });

  it("changes its sources when a file is removed or becomes a link", () => {
    const before = buildInputs(site, code, env);
    rmSync(join(site, "data/a.json"));
    const removed = buildInputs(site, code, env);
    expect(removed.sources).not.toBe(before.sources);
    symlinkSync("elsewhere.json", join(site, "data/a.json"));
    expect(buildInputs(site, code, env).sources).not.toBe(removed.sources);
  });

  it.each(["SITE_URL", "BASE_PATH"])("changes its sources when %s changes", (k) => {
    expect(buildInputs(site, code, { ...env, [k]: "/x/" }).sources).not.toBe(buildInputs(site, code, env).sources);
  });

  it("changes only its records when the published records change", () => {
    const before = buildInputs(site, code, env);
    write(join(site, "data/published/a.json"), '{"versions":[1]}');
    const after = buildInputs(site, code, env);
    expect(after.sources).toBe(before.sources);
    expect(after.records).not.toBe(before.records);
  });
});
