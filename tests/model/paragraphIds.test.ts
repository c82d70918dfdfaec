/** src/model/paragraphIds.ts: each top-level paragraph gets an id, numbered as `scanMdx` numbers prose. */
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { scanMdx } from "../../src/model/mdxScan.ts";
import { paragraphId, paragraphIds } from "../../src/model/paragraphIds.ts";

/** Returns the ids the plugin gives, with each paragraph's text. */
function ids(markdown: string): string[] {
  const { html } = markdownToHtml(markdown, { hastPlugins: [paragraphIds] });
  return [...html.matchAll(/<p id="([^"]+)">(.*?)<\/p>/g)].map((m) => `${m[1]} ${m[2]}`);
}

describe("paragraphId", () => {
  it("names the n-th paragraph", () => {
    expect(paragraphId(1)).toBe("doan-1");
    expect(paragraphId(12)).toBe("doan-12");
  });
});

describe("paragraphIds", () => {
  it("numbers the top-level paragraphs in order, not the components between them", () => {
    const source = 'Một.\n\n<Chart id="a" />\n\nHai *nghiêng*.\n\n<Photo caption="Ảnh" />\n\nBa.\n';
    expect(ids(source)).toEqual(["doan-1 Một.", "doan-2 Hai <em>nghiêng</em>.", "doan-3 Ba."]);
    expect(scanMdx(source).paragraphs.map((p) => p.text)).toEqual(["Một.", "Hai nghiêng.", "Ba."]);
  });

  it("counts a paragraph without words (an image alone) as the page does", () => {
    const source = "Một.\n\n![Ảnh](/anh.png)\n\nBa.\n";
    expect(ids(source).map((s) => s.replace(/ .*/, ""))).toEqual(["doan-1", "doan-2", "doan-3"]);
    expect(
      scanMdx(source)
        .paragraphs.filter((p) => p.paragraph)
        .map((p) => p.text),
    ).toEqual(["Một.", "", "Ba."]);
    expect(scanMdx(source).text).toBe("Một. Ba.");
  });

  it("numbers each document from one", () => {
    expect(ids("A.\n")).toEqual(["doan-1 A."]);
    expect(ids("B.\n")).toEqual(["doan-1 B."]);
  });

  it("numbers as quote links count: the <p> blocks of scanMdx, not headings, lists, quotes or HTML", () => {
    const source = [
      "Một.",
      "## Tiêu đề",
      "- mục a\n- mục b",
      "> trích",
      '<div class="x">khối HTML</div>',
      "1. mục một",
      "---",
      "Hai, sau các khối khác.",
      '<So id="a.b">12 buổi</So> mở đầu đoạn ba.',
    ].join("\n\n");
    const own = ids(source).map((s) => s.replace(/ .*/, ""));
    const scanned = scanMdx(source).paragraphs.filter((p) => p.paragraph);
    expect(own).toEqual(["doan-1", "doan-2", "doan-3"]);
    expect(scanned.map((p) => p.text)).toEqual(["Một.", "Hai, sau các khối khác.", "12 buổi mở đầu đoạn ba."]);
    // Every prose block a reader sees still counts for the quote check; refused HTML (the div, with
    // no visible words) and the rule do not.
    expect(scanMdx(source).paragraphs).toHaveLength(7);
  });
});
