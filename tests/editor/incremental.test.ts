/**
 * Incremental rebuilds (Astro's incremental build, each page keyed by src/publish/pageKeys.ts): after
 * an edit, a build that reuses the last build's pages must write the same bytes as a build of the
 * same tree that renders every page, and it must really reuse the pages the edit did not touch.
 *
 * Two sides, each with its own copy of the project and of the site (so its own caches and records):
 * one keeps its caches from build to build; the other builds with `--force` (no page reused).
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanUp, hashTree, isolatedProject, projectSite, scriptEnv, tempDir } from "./sandbox.ts";

interface Side {
  project: string;
  site: string;
  out: string;
}

interface Built {
  /** Every file of the built site with the hash of its bytes. */
  tree: Record<string, string>;
  /** Paths Astro rendered, and paths it copied from the last build. */
  rendered: string[];
  reused: string[];
  stdout: string;
}

/** A folder no build has served yet. */
function newOut(): string {
  return join(tempDir("cotmoc-inc-out-"), "dist");
}

function side(): Side {
  return { project: isolatedProject(), site: projectSite(), out: join(tempDir("cotmoc-inc-out-"), "dist") };
}

/**
 * Builds side `s` into its dist, or into `out` (a folder no build has served: as a CI that keeps only
 * the cache), with `env` added to the environment.
 */
function build(s: Side, force = false, out = s.out, env: Record<string, string> = {}): Built {
  const r = spawnSync(process.execPath, [join(s.project, "scripts/build.ts"), "--out", out, ...(force ? ["--force"] : [])], {
    cwd: s.project,
    // Every reused file listed, not only counted (src/integrations/buildLog.mjs).
    env: scriptEnv(s.site, { COTMOC_CACHE_DIR: join(s.project, ".cache"), COTMOC_BUILD_LOG: "all", ...env }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`build failed (${r.status ?? r.signal}):\n${`${r.stdout}\n${r.stderr}`.slice(-4000)}`);
  const rendered: string[] = [];
  const reused: string[] = [];
  // One line a page: "(restored)" or "(cached)" when reused.
  for (const m of r.stdout.matchAll(/[├└]─ (\S+)( \((?:restored|cached)\))?$/gm)) (m[2] ? reused : rendered).push(m[1] ?? "");
  return { tree: hashTree(out), rendered, reused, stdout: r.stdout };
}

/** Applies the same edit to a file of both sides. */
function edit(sides: Side[], file: (s: Side) => string, change: (text: string) => string): void {
  for (const s of sides) {
    const path = file(s);
    const before = readFileSync(path, "utf8");
    const after = change(before);
    if (after === before) throw new Error(`the edit changed nothing in ${path}`);
    writeFileSync(path, after);
  }
  // Both sides build the same tree (content, data and the records of what was published).
  if (sides.length > 1) expect(hashTree(sides[1]?.site ?? "")).toEqual(hashTree(sides[0]?.site ?? ""));
}

/** Pages without static paths: Astro renders them every time. */
const ALWAYS = [
  "/404.html",
  "/anh/cot-moc.png",
  "/chu-de/index.html",
  "/dinh-chinh/index.html",
  "/index.html",
  "/nhung.js",
  "/rss.xml",
  "/tim-kiem/index.html",
];

const DATASET = "kiem-tra-dang";
const OTHER_DATASET = "chi-bo-thon-theo-loai";
const ARTICLE = "gan-chuyen-mon-voi-xay-dung-dang-net-moi-o-dang-bo-bien-phong-tinh";
const OTHER_ARTICLE = "dang-uy-bo-doi-bien-phong-tinh-ket-qua-buoc-dau-phan-cong-dang-vien-sinh-hoat-tai-cac-chi-bo-thon";

let inc: Side;
let cold: Side;
let first: Built;

beforeAll(() => {
  inc = side();
  cold = side();
  first = build(inc);
}, 300_000);
afterAll(cleanUp);

describe("an incremental rebuild", () => {
  it("the test's names are the site's: the dataset belongs to the article the other one does not", () => {
    const d = JSON.parse(readFileSync(join(inc.site, "data", `${DATASET}.json`), "utf8")) as { article: string };
    const o = JSON.parse(readFileSync(join(inc.site, "data", `${OTHER_DATASET}.json`), "utf8")) as { article: string };
    expect(d.article).toBe(ARTICLE);
    expect(o.article).toBe(OTHER_ARTICLE);
    expect(first.reused).toEqual([]);
    expect(first.rendered.length).toBeGreaterThan(100);
  });

  it("with nothing changed is not built again: dist stays the version it was", () => {
    const served = readlinkSync(inc.out);
    const again = build(inc);
    expect(again.stdout).toContain("không dựng lại");
    expect([...again.rendered, ...again.reused]).toEqual([]);
    expect(readlinkSync(inc.out)).toBe(served);
    expect(again.tree).toEqual(first.tree);
  }, 300_000);

  it("with nothing changed, into a new folder with the caches kept (CI), launched another way, renders only the pages without static paths, and writes the same bytes", () => {
    // Another launcher, as `npm run build` after `node scripts/build.ts`: the shell's `_` and PATH
    // differ. Astro writes environment variables into the code it hashes to keep pages; these must not
    // reach it, or every page is rendered again.
    const launched = { _: "/usr/bin/env", PATH: `${process.env.PATH ?? ""}:/nonexistent/cot-moc-bin` };
    const again = build(inc, false, newOut(), launched);
    expect(again.rendered.sort()).toEqual(ALWAYS);
    expect(again.reused.length).toBe(first.rendered.length - ALWAYS.length);
    expect(again.tree).toEqual(first.tree);
  }, 300_000);

  it("after a build that stopped before its end (its stored PNGs may be placeholders) renders every page once", () => {
    // The marker the cot-moc integration writes at astro:build:start and removes once the PNGs are in.
    writeFileSync(join(inc.project, ".cache", "cot-moc-png-pending"), "");
    const again = build(inc, false, newOut());
    expect(again.reused).toEqual([]);
    expect(again.tree).toEqual(first.tree);
    expect(build(inc, false, newOut()).reused.length).toBe(first.rendered.length - ALWAYS.length);
    // Unless asked to list them, the log counts the files reused in one line.
    const counted = build(inc, false, newOut(), { COTMOC_BUILD_LOG: "" });
    expect(counted.reused).toEqual([]);
    expect(counted.rendered.sort()).toEqual(ALWAYS);
    const n = new Intl.NumberFormat("vi-VN").format(first.rendered.length - ALWAYS.length);
    expect(counted.stdout).toContain(`  ${n} tệp dùng lại từ lần dựng trước.\n`);
  }, 300_000);

  it("after one dataset is edited renders its pages, reuses the others', and equals a build of every page", () => {
    edit(
      [inc, cold],
      (s) => join(s.site, "data", `${DATASET}.json`),
      (t) => t.replace(/"description": "([^"]*)"/, '"description": "$1 Bản sửa để thử dựng lại."'),
    );
    const after = build(inc);
    const full = build(cold, true);
    expect(full.reused).toEqual([]);
    expect(after.rendered).toEqual(
      expect.arrayContaining([
        `/bieu-do/${DATASET}/index.html`,
        `/bieu-do/${DATASET}/nhung/index.html`,
        `/bieu-do/${DATASET}.png`,
      ]),
    );
    expect(after.reused).toEqual(
      expect.arrayContaining([
        `/bieu-do/${OTHER_DATASET}/index.html`,
        `/bieu-do/${OTHER_DATASET}.png`,
        `/bai-viet/${OTHER_ARTICLE}/index.html`,
      ]),
    );
    expect(after.tree[`bieu-do/${DATASET}.json`]).not.toBe(first.tree[`bieu-do/${DATASET}.json`]);
    expect(after.tree).toEqual(full.tree);
  }, 300_000);

  it("after one article's text is edited renders its page, reuses the other article's pages, and equals a build of every page", () => {
    edit(
      [inc, cold],
      (s) => join(s.site, "content/articles", `${ARTICLE}.mdx`),
      (t) => `${t.trimEnd()}\n\nĐoạn thêm để thử dựng lại.\n`,
    );
    const before = hashTree(inc.out);
    const after = build(inc);
    const full = build(cold, true);
    expect(after.rendered).toEqual(expect.arrayContaining([`/bai-viet/${ARTICLE}/index.html`]));
    expect(after.reused).toEqual(
      expect.arrayContaining([`/bai-viet/${OTHER_ARTICLE}/index.html`, `/bieu-do/${OTHER_DATASET}/index.html`]),
    );
    expect(after.tree[`bai-viet/${ARTICLE}/index.html`]).not.toBe(before[`bai-viet/${ARTICLE}/index.html`]);
    expect(after.tree).toEqual(full.tree);
  }, 300_000);

  it("after the code of one chart kind is edited renders that kind's charts again, and equals a build of every page", () => {
    // The partition dataset is drawn by stack.ts: its part labels become semi-bold.
    edit(
      [inc, cold],
      (s) => join(s.project, "src/charts/stack.ts"),
      (t) => t.replace("fontWeight: 700,", "fontWeight: 600,"),
    );
    const before = hashTree(inc.out);
    const after = build(inc);
    const full = build(cold, true);
    expect(after.rendered).toEqual(
      expect.arrayContaining([`/bieu-do/${OTHER_DATASET}/index.html`, `/bieu-do/${OTHER_DATASET}.svg`]),
    );
    expect(after.tree[`bieu-do/${OTHER_DATASET}.svg`]).not.toBe(before[`bieu-do/${OTHER_DATASET}.svg`]);
    expect(after.tree).toEqual(full.tree);
  }, 300_000);

  it("after a site stylesheet is edited renders every HTML page again, not the files, and equals a build of every page", () => {
    // Every page's CSP names the hash of each bundled stylesheet, embed pages too, whose own code
    // does not import the site's styles (src/publish/siteBundle.ts).
    edit(
      [inc, cold],
      (s) => join(s.project, "src/styles/front.css"),
      (t) => `${t.trimEnd()}\n\n.cm-edit-test {\n  color: inherit;\n}\n`,
    );
    const before = hashTree(inc.out);
    const after = build(inc);
    const full = build(cold, true);
    expect(after.reused.filter((p) => p.endsWith(".html"))).toEqual([]);
    expect(after.rendered).toEqual(expect.arrayContaining([`/bieu-do/${DATASET}/nhung/index.html`]));
    expect(after.reused).toEqual(expect.arrayContaining([`/bieu-do/${DATASET}.png`, `/bieu-do/${DATASET}.csv`]));
    expect(after.tree[`bieu-do/${DATASET}/nhung/index.html`]).not.toBe(before[`bieu-do/${DATASET}/nhung/index.html`]);
    expect(after.tree).toEqual(full.tree);
  }, 300_000);

  it("links each page it reuses to Astro's stored copy, and a page rendered again leaves the version it replaces as it was", () => {
    const editDescription = (s: Side, id: string, note: string) =>
      edit(
        [s],
        (x) => join(x.site, "data", `${id}.json`),
        (t) => t.replace(/"description": "([^"]*)"/, `"description": "$1 ${note}"`),
      );
    // An edit elsewhere: the served version then reuses DATASET's pages, each the stored copy itself.
    editDescription(inc, OTHER_DATASET, "Sửa chỗ khác.");
    build(inc);
    const page = `bieu-do/${DATASET}/index.html`;
    expect(statSync(join(inc.out, page)).ino).toBe(statSync(join(inc.project, ".cache", "dist", page)).ino);
    // Hold every file of the served version by a link of the test's own, then render DATASET's pages again.
    const served = hashTree(inc.out);
    const keep = tempDir("cotmoc-inc-keep-");
    for (const f of Object.keys(served)) {
      mkdirSync(dirname(join(keep, f)), { recursive: true });
      linkSync(join(inc.out, f), join(keep, f));
    }
    editDescription(inc, DATASET, "Sửa lần nữa.");
    const after = build(inc);
    expect(after.rendered).toEqual(expect.arrayContaining([`/${page}`, `/bieu-do/${DATASET}.png`]));
    expect(after.tree[page]).not.toBe(served[page]);
    expect(hashTree(keep)).toEqual(served);
    // What it rendered is stored as a link too, the PNG one file with the drawn one.
    const png = `bieu-do/${DATASET}.png`;
    for (const f of [page, png])
      expect(statSync(join(inc.out, f)).ino).toBe(statSync(join(inc.project, ".cache", "dist", f)).ino);
    expect(statSync(join(inc.out, png)).nlink).toBeGreaterThanOrEqual(3);
  }, 300_000);

  it("renders a page whose stored copy is gone, as Astro does, with the bytes it had, and stores it again", () => {
    const page = `bieu-do/${DATASET}/nhung/index.html`;
    const before = hashTree(inc.out)[page];
    const stored = join(inc.project, ".cache", "dist", page);
    rmSync(stored);
    edit(
      [inc],
      (x) => join(x.site, "data", `${OTHER_DATASET}.json`),
      (t) => t.replace(/"description": "([^"]*)"/, '"description": "$1 Lần sửa khác."'),
    );
    const after = build(inc);
    expect(after.rendered).toContain(`/${page}`);
    expect(after.reused).toContain(`/bieu-do/${DATASET}/index.html`);
    expect(after.tree[page]).toBe(before);
    expect(statSync(stored).ino).toBe(statSync(join(inc.out, page)).ino);
  }, 300_000);

  it("serves and stores an article saved in NFD in NFC, and mends a store that holds it in NFD", () => {
    const page = `bai-viet/${OTHER_ARTICLE}/index.html`;
    const stored = join(inc.project, ".cache", "dist", page);
    const marker = join(inc.project, ".cache", "cot-moc-nfc-stored");
    const nfc = (f: string) => readFileSync(f, "utf8") === readFileSync(f, "utf8").normalize("NFC");
    const describeAs = (id: string, note: string) =>
      edit(
        [inc],
        (x) => join(x.site, "data", `${id}.json`),
        (t) => t.replace(/"description": "([^"]*)"/, `"description": "$1 ${note}"`),
      );
    // The article saved in NFD, as a macOS editor writes it, and its dataset edited: its page is rendered.
    edit(
      [inc],
      (x) => join(x.site, "content", "articles", `${OTHER_ARTICLE}.mdx`),
      (t) => t.normalize("NFD"),
    );
    describeAs(OTHER_DATASET, "Sửa lần ba.");
    const rendered = build(inc);
    expect(rendered.rendered).toContain(`/${page}`);
    expect(existsSync(marker)).toBe(true);
    expect(nfc(join(inc.out, page))).toBe(true);
    expect(nfc(stored)).toBe(true);
    // A store from before pages were stored in NFC: that copy in NFD (renamed over, as a build
    // replaces a file), and no marker. The next build restores the page, and must mend it and the store.
    writeFileSync(`${stored}.nfd`, readFileSync(stored, "utf8").normalize("NFD"));
    renameSync(`${stored}.nfd`, stored);
    expect(nfc(stored)).toBe(false);
    rmSync(marker);
    describeAs(DATASET, "Sửa lần ba.");
    const restored = build(inc);
    expect(restored.reused).toContain(`/${page}`);
    expect(nfc(join(inc.out, page))).toBe(true);
    expect(nfc(stored)).toBe(true);
    expect(existsSync(marker)).toBe(true);
  }, 300_000);
});
