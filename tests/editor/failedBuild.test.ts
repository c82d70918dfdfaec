/**
 * A failed build loses nothing: after a good build of the mini fixture, each broken file stops
 * `npm run build` with a non-zero exit and a message naming it, and the output folder is
 * byte-for-byte the last good site, served through its link, with no staging folder, lock or other
 * version left beside it.
 * Three Astro builds in all: the good one, the one only Astro can fail, and the one whose built page
 * hides a quote; the content check stops the others before Astro starts.
 */
import { readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFolders, cleanUp, FIXTURES, hashTree, isolatedProject, runBuild, runScript, siteFrom, tempDir } from "./sandbox.ts";

afterAll(cleanUp);

let project = "";
let site = "";
let out = "";
let good: Record<string, string> = {};

beforeAll(() => {
  project = isolatedProject();
  site = siteFrom(join(FIXTURES, "mini"));
  out = join(tempDir(), "dist");
  const r = runBuild(project, site, out);
  if (r.status !== 0) throw new Error(`the mini fixture does not build:\n${r.stdout}\n${r.stderr}`);
  good = hashTree(out);
}, 180_000);

/** Returns the build's result after `edit` changed `file` of the site; the file is restored after. */
function buildWith(file: string, edit: (s: string) => string) {
  const path = join(site, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  try {
    const r = runBuild(project, site, out);
    return { ...r, output: `${r.stdout}\n${r.stderr}` };
  } finally {
    writeFileSync(path, before);
  }
}

/** Asserts the output folder is the last good site and nothing of the failed build is left. */
function expectUntouched() {
  expect(hashTree(out)).toEqual(good);
  // inputs.json: the fingerprint of what the served version was built from (scripts/lib/buildInputs.ts).
  expect(buildFolders(out)).toEqual(["dist", "dist.sites", "dist.sites/1", "dist.sites/inputs.json"]);
  expect(readlinkSync(out)).toBe("dist.sites/1");
}

describe("a failed build keeps the last good site", () => {
  it("the good build made a site", () => {
    expect(Object.keys(good)).toContain("bai-viet/bai-mau/index.html");
    expect(Object.keys(good)).toContain("bieu-do/chi-bo/index.html");
    // inputs.json: the fingerprint of what the served version was built from (scripts/lib/buildInputs.ts).
    expect(buildFolders(out)).toEqual(["dist", "dist.sites", "dist.sites/1", "dist.sites/inputs.json"]);
  });

  it("a data value that disagrees with its quote", () => {
    const r = buildWith("data/chi-bo.json", (s) => s.replace('"value": 64', '"value": 65'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(
      /data\/chi-bo\.json:\d+: values\[1\]\.value: số liệu 65 chi bộ \(viết là "65"\) không có trong trích dẫn/,
    );
    expect(r.stderr).toContain(`Dựng trang thất bại; ${out} vẫn giữ nguyên bản tốt gần nhất.`);
    expectUntouched();
  });

  it("an unknown component, stopped by the content check before Astro runs", () => {
    const r = buildWith("content/articles/bai-mau.mdx", (s) => `${s}\n<Khong />\n`);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/content\/articles\/bai-mau\.mdx:\d+: không có thành phần <Khong>/);
    expectUntouched();
  });

  it("an expression in the text, stopped by the content check", () => {
    const r = buildWith("content/articles/bai-mau.mdx", (s) => `${s}\nCó {khongCo} chi bộ.\n`);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/content\/articles\/bai-mau\.mdx:\d+: \{khongCo\} là mã, không phải chữ/);
    expectUntouched();
  });

  it("a quote the built page does not show (the article's words hidden by the page's code), found after Astro, beside the search index", () => {
    // The content check reads the MDX, where the quote is: it passes; the built page shows no word of the article.
    const page = join(project, "src/pages/bai-viet/[slug].astro");
    const code = readFileSync(page, "utf8");
    writeFileSync(page, code.replace('<article class="prose"', '<article hidden class="prose"'));
    try {
      expect(runScript("check", site).status).toBe(0);
      const r = runBuild(project, site, out);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(
        /lỗi trên trang đã dựng:\n.*data\/chi-bo\.json: values\[0\]\.quote: trích dẫn ".+" không có trong chữ người đọc thấy trên trang bai-viet\/bai-mau\/index\.html/,
      );
      expect(r.stderr).toContain(`Dựng trang thất bại; ${out} vẫn giữ nguyên bản tốt gần nhất.`);
      expectUntouched();
    } finally {
      writeFileSync(page, code);
    }
  }, 180_000);

  it("an error only Astro finds (a page of the code importing a file that does not exist)", () => {
    // The content check reads content and data, never the pages' code: it passes, and `astro build` fails.
    const page = join(project, "src/pages/hong.astro");
    writeFileSync(page, `---\nimport X from "./khong-co.js";\n---\n<X />\n`);
    try {
      expect(runScript("check", site).status).toBe(0);
      const r = runBuild(project, site, out);
      const output = `${r.stdout}\n${r.stderr}`;
      expect(r.status).not.toBe(0);
      expect(output).toMatch(/khong-co\.js/);
      expect(r.stderr).toContain("astro build dừng:");
      expect(r.stderr).toContain(`Dựng trang thất bại; ${out} vẫn giữ nguyên bản tốt gần nhất.`);
      expectUntouched();
    } finally {
      rmSync(page);
    }
  }, 180_000);
});
