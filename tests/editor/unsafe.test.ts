/**
 * Input is normalized and made safe: tests/fixtures/unsafe/ holds an article and two datasets (JSON
 * and CSV) saved in Unicode NFD, as macOS editors write, whose dataset title, label and note hold
 * `<script>alert(1)</script>` and `<b>x</b>`. The site builds; every built text file is NFC; the
 * markup is shown as text and never becomes an element. One Astro build. (Markup in an article's
 * body is refused by the checks instead: tests/fixtures/bad/bai-viet-co-ma and its neighbours.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walk } from "../helpers/dist.ts";
import { cleanUp, FIXTURES, isolatedProject, runBuild, siteFrom, tempDir } from "./sandbox.ts";

afterAll(cleanUp);

const UNSAFE = join(FIXTURES, "unsafe");
const SOURCES = ["content/articles/bai-nfd.mdx", "data/tuan-tra.json", "data/ho-tu-quan.csv"];
const SCRIPT = "<script>alert(1)</script>";
const BOLD = "<b>x</b>";

let out = "";
let build = { status: null as number | null, output: "" };

beforeAll(() => {
  out = join(tempDir(), "dist");
  const r = runBuild(isolatedProject(), siteFrom(UNSAFE), out);
  build = { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}, 180_000);

const read = (f: string) => readFileSync(join(out, f), "utf8");
const htmlFiles = () => walk(out).filter((f) => f.endsWith(".html"));

describe("NFD input", () => {
  it("the fixture really is NFD and really holds markup", () => {
    for (const f of SOURCES) {
      const s = readFileSync(join(UNSAFE, f), "utf8");
      expect(s, f).not.toBe(s.normalize("NFC"));
    }
    expect(readFileSync(join(UNSAFE, "data/tuan-tra.json"), "utf8")).toContain(SCRIPT);
    expect(readFileSync(join(UNSAFE, "data/ho-tu-quan.csv"), "utf8")).toContain(BOLD);
  });

  it("builds", () => {
    expect(build.output).toContain("Đã dựng trang vào");
    expect(build.status).toBe(0);
  });

  it("comes out NFC in every built text file", () => {
    const texts = walk(out).filter((f) => /\.(html|xml|json|svg|csv|txt)$/.test(f));
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.filter((f) => read(f) !== read(f).normalize("NFC"))).toEqual([]);
  });

  it("reads as the same words: the article text is there in NFC", () => {
    const html = read("bai-viet/bai-nfd/index.html");
    expect(html).toContain("Đồn Biên phòng Chi Ma tuần tra đường biên");
    expect(html).toContain("vận động được 35 hộ dân");
  });
});

describe("HTML and script in a title, label or note", () => {
  it("are shown as text, escaped in the markup", () => {
    for (const page of ["bieu-do/tuan-tra/index.html", "bieu-do/ho-tu-quan/index.html", "bai-viet/bai-nfd/index.html"]) {
      const html = read(page);
      expect(html, page).toContain("&lt;script&gt;");
      const text = new JSDOM(html).window.document.body.textContent ?? "";
      expect(text, page).toContain(SCRIPT);
      expect(text, page).toContain(BOLD);
    }
    const chart = new JSDOM(read("bieu-do/tuan-tra/index.html")).window.document.body.textContent ?? "";
    expect(chart).toContain(`Tuần tra ${SCRIPT} ${BOLD}`);
    expect(chart).toContain(`Ghi chú ${SCRIPT} ${BOLD}`);
    expect(new JSDOM(read("bieu-do/ho-tu-quan/index.html")).window.document.body.textContent).toContain(
      `Hộ dân ${SCRIPT} ${BOLD}`,
    );
  });

  it("never become elements on any page: no injected script, bold or handler", () => {
    const found: string[] = [];
    for (const page of htmlFiles()) {
      const doc = new JSDOM(read(page)).window.document;
      for (const s of doc.querySelectorAll("script")) {
        const type = (s.getAttribute("type") ?? "").toLowerCase();
        if (type.endsWith("json")) {
          // Data blocks must stay data: a "</script>" in a title would cut the block short.
          try {
            JSON.parse(s.textContent ?? "");
          } catch {
            found.push(`${page}: broken ${type} block`);
          }
        } else if ((s.textContent ?? "").includes("alert(1)")) found.push(`${page}: script running alert(1)`);
      }
      for (const b of doc.querySelectorAll("b")) if (b.textContent === "x") found.push(`${page}: <b>x</b> element`);
      for (const el of doc.querySelectorAll("*")) {
        for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`${page}: ${a.name} on <${el.localName}>`);
      }
    }
    expect(htmlFiles().length).toBeGreaterThan(3);
    expect(found).toEqual([]);
  });

  it("never become elements in SVG or XML files", () => {
    for (const f of walk(out).filter((x) => /\.(svg|xml)$/.test(x))) {
      expect(read(f), f).not.toContain(SCRIPT);
      expect(read(f), f).not.toContain(BOLD);
    }
  });
});
