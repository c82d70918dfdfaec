/**
 * No published figure changes silently. The guide's correction (docs/huong-dan-bien-tap.md, 10a) is
 * followed on a published copy of the site with the guide's example: without a correction entry
 * `npm run check` and `npm run build` stop with the messages the guide shows; with it, the build
 * publishes version 2. The other ways an entry can be wrong have their messages pinned here.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const GUIDE = readFileSync(join(ROOT, "docs/huong-dan-bien-tap.md"), "utf8");
const ARTICLE = "content/articles/vi-du-don-bien-phong-cung-dan-giu-duong-bien.mdx";
const DATASET = "data/vi-du-tuan-tra-chung.json";
const RECORD = "data/published/vi-du-tuan-tra-chung.json";

/** Returns the body of the guide's block marked `<!-- marker -->`. */
function block(marker: string): string {
  const m = new RegExp(`^<!-- ${marker} -->\\n\`\`\`[\\w-]*\\n([\\s\\S]*?)\\n\`\`\`$`, "mu").exec(GUIDE);
  if (!m?.[1]) throw new Error(`the guide has no block marked <!-- ${marker} -->`);
  return `${m[1]}\n`;
}

/** The guide's corrected data file, and the same file before its `corrections` entry was added. */
const corrected = block(`đính chính tệp: ${DATASET}`);
const withoutCorrections = corrected.replace(/,\n {2}"corrections": \[[\s\S]*\]\n\}\n$/, "\n}\n");

let project = "";
/** The site built with the guide's correction. */
let v2 = "";
let published = "";
let out = "";

/** Returns a copy of the published site with the guide's corrected paragraph and `dataset` as the data file's text. */
function correctedSite(dataset: string): string {
  const site = siteFrom(published);
  const path = join(site, ARTICLE);
  const lines = readFileSync(path, "utf8").split("\n");
  const i = lines.findIndex((l) => l.includes("48 cuộc tuần tra chung"));
  lines[i] = block(`đính chính đoạn: ${ARTICLE}`).trimEnd();
  writeFileSync(path, lines.join("\n"));
  writeFileSync(join(site, DATASET), dataset);
  return site;
}

/** Returns what `npm run check` prints for `site` once `edit` has changed the text of `file` in it. */
function checkAfter(file: string, edit: (text: string) => string): { status: number | null; stderr: string } {
  const site = siteFrom(published);
  writeFileSync(join(site, file), edit(readFileSync(join(site, file), "utf8")));
  return runScript("check", site);
}

beforeAll(() => {
  // The site with the guide's example, published once: the build writes its records.
  published = projectSite();
  for (const f of [ARTICLE, DATASET, "data/vi-du-ho-tu-quan.csv"])
    writeFileSync(join(published, f), readFileSync(join(FIXTURES, "guide", f), "utf8"));
  project = isolatedProject();
  out = join(tempDir(), "dist");
  const r = runBuild(project, published, out);
  if (r.status !== 0) throw new Error(`${r.stdout}\n${r.stderr}`);
}, 180_000);

describe("a correction, as the guide shows it", () => {
  it("is recorded from the first publish: version 1, on the article's day", () => {
    const record = JSON.parse(readFileSync(join(published, RECORD), "utf8")) as { versions: { version: number; date: string }[] };
    expect(record.versions.map((v) => [v.version, v.date])).toEqual([[1, "2021-03-15"]]);
  });

  it("is required: without it, check and build stop naming the file, the figures, the old and new values", () => {
    const site = correctedSite(withoutCorrections);
    const check = runScript("check", site);
    expect(check.status).toBe(1);
    expect(check.stderr).toBe(block("đính chính lỗi"));
    const before = hashTree(out);
    const r = runBuild(project, site, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('số liệu đã công bố "ban-dem" (Ban đêm) đổi từ 18 cuộc thành 19 cuộc mà không có đính chính');
    expect(hashTree(out)).toEqual(before);
    // Nothing was published, so nothing was recorded.
    expect(readFileSync(join(site, RECORD), "utf8")).toBe(readFileSync(join(published, RECORD), "utf8"));
  }, 120_000);

  it("publishes version 2, dated by the correction, once the entry is there", () => {
    const site = correctedSite(corrected);
    expect(runScript("check", site).stderr).toBe("");
    const r = runBuild(project, site, (v2 = join(tempDir(), "dist")));
    expect(r.status).toBe(0);
    const record = JSON.parse(readFileSync(join(site, RECORD), "utf8")) as {
      versions: { version: number; date: string; applied: string[]; dataset: { values: { key: string; value: number }[] } }[];
    };
    expect(record.versions.map((v) => [v.version, v.date, v.applied])).toEqual([
      [1, "2021-03-15", []],
      [2, "2021-04-02", [`${DATASET}#0`]],
    ]);
    expect(record.versions.map((v) => v.dataset.values.find((f) => f.key === "ban-dem")?.value)).toEqual([18, 19]);
    // The next check compares with version 2: the entry is published, not pending.
    expect(runScript("check", site).status).toBe(0);
    expect(withoutCorrections).not.toBe(corrected);
    expect(JSON.parse(withoutCorrections)).not.toHaveProperty("corrections");
  }, 120_000);
});

describe("what else a correction check refuses", () => {
  it("an entry that matches no change", () => {
    const r = checkAfter(DATASET, (t) =>
      t.replace(
        /\n}\n$/,
        ',\n  "corrections": [{ "date": "2021-04-02", "figures": ["ban-ngay"], "wrong": "a", "right": "b", "why": "c" }]\n}\n',
      ),
    );
    expect(r.stderr).toContain(
      `${DATASET}:19: corrections[0]: đính chính này không khớp thay đổi nào so với phiên bản 1 đã công bố: "ban-ngay" vẫn như cũ.`,
    );
  });

  it("an entry naming a figure the dataset does not have", () => {
    const r = checkAfter(DATASET, (t) =>
      t.replace(
        /\n}\n$/,
        ',\n  "corrections": [{ "date": "2021-04-02", "figures": ["khong-co"], "wrong": "a", "right": "b", "why": "c" }]\n}\n',
      ),
    );
    expect(r.stderr).toContain('không có số liệu khóa "khong-co" trong bộ dữ liệu "vi-du-tuan-tra-chung" để đính chính.');
  });

  it("a published figure removed, a quote changed, a hedge changed", () => {
    const removed = checkAfter(DATASET, (t) => t.replace(/\n\s*\{ "key": "ban-ngay"[^\n]*/, ""));
    expect(removed.stderr).toContain('số liệu đã công bố "ban-ngay" (Ban ngày: 30 cuộc) bị xóa mà không có đính chính.');
    const quote = checkAfter(DATASET, (t) => t.replace('"quote": "30 cuộc ban ngày"', '"quote": "gồm 30 cuộc ban ngày"'));
    expect(quote.stderr).toContain(
      'values[1].quote: số liệu đã công bố "ban-ngay" (Ban ngày) giữ 30 cuộc nhưng trích dẫn đổi từ "30 cuộc ban ngày" thành "gồm 30 cuộc ban ngày" mà không có đính chính.',
    );
  });

  it("a dataset published once, then deleted", () => {
    const site = siteFrom(published);
    rmSync(join(site, DATASET));
    const r = runScript("check", site);
    expect(r.stderr).toContain(`${RECORD}: bộ dữ liệu đã công bố "vi-du-tuan-tra-chung" không còn trong data/`);
  });

  it("a correction in the article's frontmatter for a CSV dataset, matched or not", () => {
    const entry = (figure: string) =>
      `corrections:\n  - date: "2021-04-02"\n    figures: ["${figure}"]\n    wrong: "a"\n    right: "b"\n    why: "c"\n---\n`;
    const unmatched = checkAfter(ARTICLE, (t) => t.replace(/\n---\n/, `\n${entry("vi-du-ho-tu-quan.cot-moc")}`));
    expect(unmatched.stderr).toContain("corrections[0]: đính chính này không khớp thay đổi nào so với số liệu đã công bố.");
    const elsewhere = checkAfter(ARTICLE, (t) => t.replace(/\n---\n/, `\n${entry("chi-bo-thon-theo-loai.giap-bien")}`));
    expect(elsewhere.stderr).toContain(
      'corrections[0].figures[0]: "chi-bo-thon-theo-loai.giap-bien" không phải số liệu của bài này',
    );
  });
});

describe("the versions of a corrected chart, each at its own address", () => {
  const ID = "vi-du-tuan-tra-chung";
  const text = (path: string) => {
    const doc = new JSDOM(readFileSync(join(v2, path), "utf8")).window.document;
    for (const el of doc.querySelectorAll("svg, style, script")) el.remove();
    return { doc, text: (doc.body.textContent ?? "").replace(/\s+/g, " ") };
  };

  it("keeps version 1 as it was published, saying a corrected version exists", () => {
    const { doc, text: page } = text(`bieu-do/${ID}/v/1/index.html`);
    expect(page).toContain("phiên bản 1, ngày 15/03/2021");
    expect(page).toContain("Đã có phiên bản mới hơn.");
    expect(page).toContain("18 cuộc");
    expect(page).not.toContain("19 cuộc");
    // Search engines are sent to the live chart, and site search does not index it.
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toMatch(new RegExp(`/bieu-do/${ID}/$`));
    expect(doc.querySelector("[data-pagefind-body]")).toBeNull();
    const embed = text(`bieu-do/${ID}/v/1/nhung/index.html`).text;
    expect(embed).toContain("Đã có phiên bản mới hơn, đã đính chính");
    const json = JSON.parse(readFileSync(join(v2, `bieu-do/${ID}/v/1.json`), "utf8")) as {
      values: { key: string; value: number }[];
    };
    expect(json.values.find((f) => f.key === "ban-dem")?.value).toBe(18);
    expect(readFileSync(join(v2, `bieu-do/${ID}/v/1.svg`), "utf8")).toContain("18 cuộc");
  });

  it("has the latest version at its own address too, and the chart page offers it as a pinned embed", () => {
    const { text: page } = text(`bieu-do/${ID}/v/2/index.html`);
    expect(page).toContain("phiên bản 2, ngày 02/04/2021");
    expect(page).toContain("Đây là phiên bản hiện hành");
    expect(text(`bieu-do/${ID}/v/2/nhung/index.html`).text).toContain("Đã đính chính ngày 02/04/2021");
    expect(text(`bieu-do/${ID}/v/1/nhung/index.html`).text).not.toContain("Đã đính chính ngày");
    expect(page).toContain("19 cuộc");
    const chart = text(`bieu-do/${ID}/index.html`).doc;
    const codes = [...chart.querySelectorAll("textarea")].map((t) => t.textContent ?? "");
    expect(codes.some((c) => c.includes(`/bieu-do/${ID}/nhung/`))).toBe(true);
    expect(codes.some((c) => c.includes(`/bieu-do/${ID}/v/2/nhung/`))).toBe(true);
  });

  it("leaves every version out of the sitemap", () => {
    const sitemap = readFileSync(join(v2, "sitemap-0.xml"), "utf8");
    expect(sitemap).toContain(`/bieu-do/${ID}/</loc>`);
    expect(sitemap).not.toMatch(/\/v\/\d+\//);
  });
});

describe("the real site's published figures", () => {
  it("cannot change silently: 467 markers made 468 in the article and the data stops the check, naming both", () => {
    const site = projectSite();
    const data = join(site, "data/giao-duong-bien-moc-gioi.json");
    writeFileSync(
      data,
      readFileSync(data, "utf8").replace('"value": 467,', '"value": 468,').replace('"467 cột mốc"', '"468 cột mốc"'),
    );
    const article = join(site, "content/articles/gan-chuyen-mon-voi-xay-dung-dang-net-moi-o-dang-bo-bien-phong-tinh.mdx");
    const text = readFileSync(article, "utf8");
    expect(text.split("467 cột mốc")).toHaveLength(2);
    writeFileSync(article, text.replace("467 cột mốc", "468 cột mốc"));
    const r = runScript("check", site);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^data\/giao-duong-bien-moc-gioi\.json:\d+: values\[1\]\.value: số liệu đã công bố "cot-moc" \(Cột mốc giao cho dân\) đổi từ 467 cột mốc thành 468 cột mốc mà không có đính chính\./m,
    );
  });
});
