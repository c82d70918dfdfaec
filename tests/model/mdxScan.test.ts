import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanMdx } from "../../src/model/mdxScan.ts";
import { foldText } from "../../src/lib/text.ts";

const SEEDS = join(import.meta.dirname, "../fixtures/seeds");
const ARTICLES = join(import.meta.dirname, "../../content/articles");

describe("scanMdx", () => {
  const src = `---\ntitle: "x"\n---\n\nMột **đoạn** có [liên kết](http://a.vn) và <So id="a.b">gần 125 triệu đồng</So>.\n\n<Chart id="ds" />\n\n<Photo caption="Ảnh" />\n\nĐoạn   hai\ncòn tiếp.\n`;
  const scan = scanMdx(src);
  it("reads prose as plain text, markup removed", () => {
    expect(scan.paragraphs.map((p) => p.text)).toEqual(["Một đoạn có liên kết và gần 125 triệu đồng.", "Đoạn hai còn tiếp."]);
    expect(scan.paragraphs.map((p) => p.line)).toEqual([5, 11]);
  });
  it("finds charts and figures with their lines", () => {
    expect(scan.charts).toEqual([{ id: "ds", line: 7 }]);
    expect(scan.figures).toEqual([{ id: "a.b", line: 5, text: "gần 125 triệu đồng" }]);
  });
});

describe("scanMdx, more forms", () => {
  it("reads an id written in single quotes or as a string expression, and a self-closing <So> without words", () => {
    const scan = scanMdx(`Có <So id='a.b' /> và <So id={"a.c"}>5 hộ</So>.\n\n<Chart id={'ds'} kind="bars" />\n`);
    expect(scan.figures).toEqual([
      { id: "a.b", line: 1 },
      { id: "a.c", line: 1, text: "5 hộ" },
    ]);
    expect(scan.charts).toEqual([{ id: "ds", line: 3, kind: "bars" }]);
  });

  it("leaves out import and export lines and component-only blocks, and reads NFD as NFC", () => {
    const scan = scanMdx(
      `import X from "x";\n\nexport const a = 1;\n\n<Photo caption="Ảnh" />\n\n## Tiêu đề **phụ**\n\n> Trích _dẫn_ \\{ngoặc\\}\n`.normalize(
        "NFD",
      ),
    );
    expect(scan.paragraphs).toEqual([
      { text: "Tiêu đề phụ", line: 7, paragraph: false },
      { text: "Trích dẫn {ngoặc}", line: 9, paragraph: false },
    ]);
    expect(scan.frontmatter).toBe("");
  });

  it("gives the raw frontmatter and where it starts", () => {
    const scan = scanMdx('---\ntitle: "x"\ndate: 2020-01-01\n---\nĐoạn.\n');
    expect(scan.frontmatter).toBe('title: "x"\ndate: 2020-01-01');
    expect(scan.frontmatterLine).toBe(2);
    expect(scan.text).toBe("Đoạn.");
  });
});

describe("scanMdx reads the words a reader sees", () => {
  const text = (body: string) => scanMdx(body).text;
  it("reads escapes and character references as the characters they show", () => {
    expect(text("Mã \\<script> và &lt;b&gt; và 5 \\* 3 \\{x\\}.")).toBe("Mã <script> và <b> và 5 * 3 {x}.");
    expect(text("Dưới &lt;5 tuổi, &amp; hơn.")).toBe("Dưới <5 tuổi, & hơn.");
  });
  it("leaves out what a reader does not see: comments, hidden and refused HTML, image text, link targets, charts", () => {
    const body = [
      "Có {/* 999 buổi */}nhiều buổi <span hidden>999 buổi</span> tuần tra.",
      '<div style="display:none">888 hộ</div>',
      "Ảnh ![777 hộ](anh.png) và [liên kết](http://666.vn).",
      '<Photo caption="555 hộ" />',
      '<Chart id="x" />',
      "[^9]: 444 hộ",
    ].join("\n\n");
    expect(text(body)).toBe("Có nhiều buổi tuần tra. Ảnh và liên kết.");
  });
  it("keeps the words of allowed HTML, lists, tables and code", () => {
    expect(
      text("Diện tích 5 km<sup>2</sup>, H<sub>2</sub>O,<br/>tiếp `mã 1`.\n\n- một\n- hai\n\n| a | b |\n|---|---|\n| 1 | 2 |"),
    ).toBe("Diện tích 5 km2, H2O, tiếp mã 1. một hai a b 1 2");
  });
  it("has no text and no references when the MDX does not parse, and says where", () => {
    const scan = scanMdx("Đoạn một.\n\n<!-- 999 -->\n");
    expect(scan.text).toBe("");
    expect(scan.syntaxError?.line).toBe(3);
    expect(scan.syntaxError?.message).toContain("Ghi chú cho biên tập viên viết {/* … */}");
  });
});

describe("the two published articles", () => {
  // Every paragraph of each source capture must stand, whole, in the article's prose (or its lead).
  const seeds = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), "utf8"));
  const articles = readdirSync(ARTICLES).map((f) => {
    const src = readFileSync(join(ARTICLES, f), "utf8");
    const scan = scanMdx(src);
    const captions = [...src.matchAll(/<Photo caption="([^"]*)"/g)].map((m) => m[1]).join(" ");
    return { f, src, scan, all: foldText(`${scan.frontmatter} ${scan.text} ${captions}`) };
  });
  it("are NFC", () => {
    for (const a of articles) expect(a.src.normalize("NFC")).toBe(a.src);
  });
  it.each([
    [0, /^Thực hiện Chỉ thị/, /^Đại tá Trịnh Hữu Tăng/],
    [1, /^Đại tá Ngô Văn Vũ/, /^Qua các đợt thi đua/],
  ])("seed %i: every body paragraph is in an article", (i, first, last) => {
    const paras = (seeds[i] ?? "").split("\n").map((l) => l.trim());
    const start = paras.findIndex((p) => first.test(p));
    const end = paras.findIndex((p) => last.test(p));
    const body = paras.slice(start, end + 1).filter((p) => p.length > 60);
    expect(body.length).toBeGreaterThan(1);
    for (const p of body) expect(articles.some((a) => a.all.includes(foldText(p)))).toBe(true);
  });
  it("the second article carries its lead once, without the teaser's cut-off copy", () => {
    const a = articles.find((x) => x.f.startsWith("gan-chuyen-mon"));
    expect(a?.src).not.toContain("Ngay sau...");
    expect(a?.src.match(/LSO-Bộ đội biên phòng Lạng Sơn có nhiệm vụ/g)).toHaveLength(1);
    expect(a?.scan.text).not.toContain("kiểm soát XNCĐại tá");
  });
});
