/**
 * The editor's guide (docs/huong-dan-bien-tap.md) is exercised: every block it marks with an HTML
 * comment is checked against reality, and its walkthrough, followed step by step on a copy of the
 * project's own site, adds a third article with a JSON and a CSV dataset that passes the checks and
 * builds (one Astro build). The markers, each on the line before a fenced block:
 *
 *   <!-- tệp: PATH -->               the block is the file tests/fixtures/guide/PATH
 *   <!-- kết quả của: COMMAND -->    the block is what COMMAND prints
 *   <!-- lỗi: PATH | FROM | TO -->   the block is what `npm run check` prints once FROM becomes TO in PATH
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walk } from "../helpers/dist.ts";
import { VNU_FILTER, VNU_JAR } from "../helpers/vnu.ts";
import {
  cleanUp,
  FIXTURES,
  hashTree,
  isolatedProject,
  projectSite,
  ROOT,
  runBuild,
  runScript,
  siteFrom,
  tempDir,
} from "./sandbox.ts";

afterAll(cleanUp);

const GUIDE_PATH = join(ROOT, "docs/huong-dan-bien-tap.md");
const GUIDE = readFileSync(GUIDE_PATH, "utf8");
const EXAMPLE = join(FIXTURES, "guide");
const SLUG = "vi-du-don-bien-phong-cung-dan-giu-duong-bien";
const DATASETS = ["vi-du-tuan-tra-chung", "vi-du-ho-tu-quan"];

interface Block {
  kind: string;
  arg: string;
  body: string;
}

/** Returns every marked block of the guide, in order. */
function markedBlocks(): Block[] {
  const re = /^<!-- (tệp|kết quả của|lỗi): (.+?) -->\n```[\w-]*\n([\s\S]*?)\n```$/gmu;
  return [...GUIDE.matchAll(re)].map((m) => ({ kind: m[1] ?? "", arg: m[2] ?? "", body: `${m[3] ?? ""}\n` }));
}
const blocks = markedBlocks();
const byKind = (kind: string) => blocks.filter((b) => b.kind === kind);

/** Returns the title in a guide command `npm run new -- "<title>"`. */
function newTitle(command: string): string {
  const m = /^npm run new -- "(.+)"$/.exec(command);
  if (!m?.[1]) throw new Error(`the guide shows a command the test cannot run: ${command}`);
  return m[1];
}

describe("the guide", () => {
  it("is linked from README.md", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain("docs/huong-dan-bien-tap.md");
  });

  it("marks its example files, outputs and mistakes", () => {
    expect(byKind("tệp").map((b) => b.arg)).toEqual([
      `content/articles/${SLUG}.mdx`,
      `data/${DATASETS[0]}.json`,
      `data/${DATASETS[1]}.csv`,
    ]);
    expect(byKind("kết quả của")).toHaveLength(1);
    expect(byKind("lỗi")).toHaveLength(4);
    // A marker whose block did not parse would silently drop out of the list above.
    expect(GUIDE.match(/<!-- (tệp|kết quả của|lỗi):/gu)).toHaveLength(blocks.length);
  });

  it("quotes every example file verbatim, and every file of the example is quoted", () => {
    for (const b of byKind("tệp")) expect(b.body, b.arg).toBe(readFileSync(join(EXAMPLE, b.arg), "utf8"));
    expect(walk(EXAMPLE).sort()).toEqual(
      byKind("tệp")
        .map((b) => b.arg)
        .sort(),
    );
  });

  it("shows only component uses that stand in the example article", () => {
    const article = readFileSync(join(EXAMPLE, `content/articles/${SLUG}.mdx`), "utf8");
    const uses = [...GUIDE.matchAll(/`(<(?:Chart|So|Photo) [^`]*=[^`]*)`/g)]
      .map((m) => m[1] ?? "")
      .filter((u) => !u.includes("…"));
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const u of uses) expect(article, u).toContain(u);
  });

  it("names only npm scripts that exist", () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts);
    const named = [...new Set([...GUIDE.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? ""))];
    expect(named.sort()).toEqual(["build", "check", "dev", "new", "preview"]);
    for (const n of named) expect(scripts).toContain(n);
  });

  it("prints what it says `npm run new` prints", () => {
    for (const b of byKind("kết quả của")) {
      const r = runScript("new", projectSite(), ["--date", "2021-03-15", newTitle(b.arg)]);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(b.body);
    }
  });

  it("is right that MDX takes \\< and \\{ for a literal < and {", () => {
    const site = siteFrom(join(FIXTURES, "mini"));
    writeFileSync(join(site, "content/articles/bai-mau.mdx"), "\nTỷ lệ \\<1% và dấu \\{ngoặc}.\n", { flag: "a" });
    expect(runScript("check", site).status).toBe(0);
    writeFileSync(join(site, "content/articles/bai-mau.mdx"), "\nTỷ lệ <1% và dấu {ngoặc.\n", { flag: "a" });
    expect(runScript("check", site).status).toBe(1);
  });
});

describe("the guide's walkthrough, followed on a copy of the site", () => {
  let project = "";
  let site = "";
  let out = "";
  let build = { status: null as number | null, output: "" };

  beforeAll(() => {
    // Section 3: `npm run new` with the guide's title; then sections 4, 7 and 8: write the article,
    // drop the stub dataset, add the two datasets.
    site = projectSite();
    const title = newTitle(byKind("kết quả của")[0]?.arg ?? "");
    const made = runScript("new", site, ["--date", "2021-03-15", title]);
    if (made.status !== 0) throw new Error(made.stderr);
    rmSync(join(site, `data/${SLUG}-so-lieu.json`));
    for (const b of byKind("tệp")) writeFileSync(join(site, b.arg), b.body);
    out = join(tempDir(), "dist");
    project = isolatedProject();
    const r = runBuild(project, site, out);
    build = { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  }, 180_000);

  it("ends with the project's site plus exactly the example files, and the records of what the build published", () => {
    const records = DATASETS.map((d) => `data/published/${d}.json`);
    const tree = hashTree(site);
    for (const r of records) expect(Object.keys(tree)).toContain(r);
    const rest = Object.fromEntries(Object.entries(tree).filter(([f]) => !records.includes(f)));
    expect(rest).toEqual({ ...hashTree(projectSite()), ...hashTree(EXAMPLE) });
    const record = JSON.parse(readFileSync(join(site, records[0] ?? ""), "utf8")) as {
      versions: { version: number; date: string }[];
    };
    expect(record.versions.map((v) => [v.version, v.date])).toEqual([[1, "2021-03-15"]]);
  });

  it("passes npm run check, one article and two datasets more than the site itself", () => {
    const own = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => /\.(mdx|json|csv)$/.test(f)).length;
    const r = runScript("check", site);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      `Không có lỗi: ${own("content/articles") + 1} bài viết, ${own("data") + 2} bộ dữ liệu đã được kiểm tra.\n`,
    );
  });

  it("prints no warning in the build's log: what an editor reads is Vietnamese or Astro's progress", () => {
    expect(build.output).not.toMatch(/\[WARN\]|\bwarn(ing)?\b/i);
  });

  it("publishes with npm run build: the article and both charts", () => {
    expect(build.output).toContain("Đã dựng trang vào");
    expect(build.status).toBe(0);
    const doc = new JSDOM(readFileSync(join(out, `bai-viet/${SLUG}/index.html`), "utf8")).window.document;
    expect(doc.querySelector("h1")?.textContent).toBe("Ví dụ: Đồn biên phòng cùng dân giữ đường biên");
    expect([...doc.querySelectorAll("[data-chart]")].map((f) => f.getAttribute("data-chart"))).toEqual(DATASETS);
    const figure = [...doc.querySelectorAll("data.so")].map((d) => [d.getAttribute("value"), d.textContent]);
    expect(figure).toEqual([
      ["18", "18 cuộc"],
      ["15.5", "15,5 km"],
    ]);
    expect(doc.body.textContent).toContain("Tổ tự quản cùng cán bộ đồn tuần tra đường biên");
    const csvChart = new JSDOM(readFileSync(join(out, `bieu-do/${DATASETS[1]}/index.html`), "utf8")).window.document;
    expect(csvChart.body.textContent).toContain("15,5 km");
    expect(csvChart.body.textContent).toContain("hơn 200 lượt người");
  });

  it("gives pages that pass the Nu HTML Checker", () => {
    // The pages the example's files make; tests/site/vnu.test.ts checks every page of the site itself.
    const pages = [`bai-viet/${SLUG}/index.html`, ...DATASETS.map((d) => `bieu-do/${d}/index.html`)];
    let errors = "";
    try {
      execFileSync("java", ["-Xss16m", "-jar", VNU_JAR, ...VNU_FILTER, "--errors-only", ...pages.map((p) => join(out, p))], {
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (e) {
      errors = (e as { stderr?: string }).stderr ?? String(e);
    }
    expect(errors).toBe("");
  }, 120_000);

  it.each(byKind("lỗi").map((b) => [b.arg.split(" | ")[0] ?? "", b] as const))(
    "a mistake in %s stops npm run check and npm run build as the guide shows, keeping the site",
    (_file, b) => {
      const [file = "", from = "", to = ""] = b.arg.split(" | ");
      const broken = siteFrom(site);
      // Section 9's mistakes are made before the example is first published: no record of it yet.
      for (const d of DATASETS) rmSync(join(broken, `data/published/${d}.json`));
      const path = join(broken, file);
      const text = readFileSync(path, "utf8");
      expect(text.split(from)).toHaveLength(2);
      writeFileSync(path, text.replace(from, to));

      const check = runScript("check", broken);
      expect(check.status).toBe(1);
      expect(check.stderr).toBe(b.body);

      const before = hashTree(out);
      const r = runBuild(project, broken, out);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(b.body.split("\n")[1]);
      expect(hashTree(out)).toEqual(before);
    },
  );
});
