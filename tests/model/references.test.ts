/** src/model/references.ts: every `<Chart>`, `<So>` and headline an article names exists in its own data. */
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/model/problems.ts";
import { referenceProblems } from "../../src/model/references.ts";
import type { Article, Dataset } from "../../src/model/types.ts";
import { articleFixture, chiBo, dongGop } from "../charts/fixtures.ts";
import { problemsAfter } from "../helpers/mini.ts";

const datasets = [chiBo(), dongGop(), { ...dongGop(), id: "cua-bai-khac", article: "bai-khac" }];
const ids = new Set([...datasets.map((d) => d.id), "co-loi"]);

/** Returns the reference problems of one article (body and headline) against the fixture datasets. */
function problems(body: string, headline: string[] = [], known: Dataset[] = datasets): string[] {
  const article: Article = articleFixture(body, { headline });
  return referenceProblems([article], known, ids).map(formatProblem);
}

describe("referenceProblems", () => {
  it("accepts charts, figures and headlines of the article's own datasets", () => {
    const body = `Có <So id="chi-bo-thon-theo-loai.giap-bien">64 chi bộ</So> giáp biên.\n\n<Chart id="chi-bo-thon-theo-loai" />`;
    expect(problems(body, ["chi-bo-thon-theo-loai.tong", "dong-gop-vat-chat.tong-gia-tri"])).toEqual([]);
  });

  it("reports a chart naming no dataset file, at its line", () => {
    expect(problems(`Một đoạn.\n\n<Chart id="khong-co" />`)).toEqual([
      'content/articles/bai-mau.mdx:14: Chart: không có bộ dữ liệu "khong-co" trong data/.',
    ]);
  });

  it("knows a dataset whose file has problems by its name, and reports nothing more about it", () => {
    expect(problems(`<Chart id="co-loi" />\n\nCó <So id="co-loi.a">1</So>.`, ["co-loi.a"])).toEqual([]);
  });

  it("reports a headline figure that is not one of the article's own", () => {
    expect(problems("Một đoạn.", ["chi-bo-thon-theo-loai.khong-co", "cua-bai-khac.ngay-cong", "khong-co.a"])).toEqual([
      'content/articles/bai-mau.mdx:9: headline[0]: không có số liệu "chi-bo-thon-theo-loai.khong-co" trong các bộ dữ liệu của bài này (dạng bo-du-lieu.khoa).',
      'content/articles/bai-mau.mdx:9: headline[1]: không có số liệu "cua-bai-khac.ngay-cong" trong các bộ dữ liệu của bài này (dạng bo-du-lieu.khoa).',
      'content/articles/bai-mau.mdx:9: headline[2]: không có số liệu "khong-co.a" trong các bộ dữ liệu của bài này (dạng bo-du-lieu.khoa).',
    ]);
  });

  it("reports a <So> naming no dataset, no figure, or another article's figure", () => {
    const body = [
      'Một <So id="khong-co.a">1</So>.',
      'Hai <So id="chi-bo-thon-theo-loai.khong-co">2</So>.',
      'Ba <So id="cua-bai-khac.ngay-cong">316 ngày công</So>.',
    ].join("\n\n");
    expect(problems(body)).toEqual([
      'content/articles/bai-mau.mdx:12: So: không có bộ dữ liệu "khong-co" (id phải có dạng bo-du-lieu.khoa).',
      'content/articles/bai-mau.mdx:14: So: bộ dữ liệu "chi-bo-thon-theo-loai" không có số liệu khóa "khong-co".',
      'content/articles/bai-mau.mdx:16: So: số liệu "cua-bai-khac.ngay-cong" thuộc bài "bai-khac", không phải bài này.',
    ]);
  });

  it("reports the words of a <So> that state another number or another hedge; a self-closing one has none", () => {
    const body = [
      'Có <So id="chi-bo-thon-theo-loai.giap-bien">65 chi bộ</So>.',
      'Gần <So id="dong-gop-vat-chat.ho-tro-vat-chat">125 triệu đồng</So>.',
      'Có <So id="chi-bo-thon-theo-loai.tong" /> chi bộ.',
    ].join("\n\n");
    expect(problems(body)).toEqual([
      'content/articles/bai-mau.mdx:12: So: chữ trong <So> là "65 chi bộ" nhưng dữ liệu data/chi-bo-thon-theo-loai.json cho 64 chi bộ; chữ phải nêu đúng con số đó, kèm từ ước lượng nếu có.',
      'content/articles/bai-mau.mdx:14: So: chữ trong <So> là "125 triệu đồng" nhưng dữ liệu data/dong-gop-vat-chat.json cho gần 125 triệu đồng; chữ phải nêu đúng con số đó, kèm từ ước lượng nếu có.',
    ]);
  });

  it("lists chart problems, then headline problems, then figure problems", () => {
    const out = problems(`Có <So id="khong-co.a">1</So>.\n\n<Chart id="khong-co" />`, ["khong-co.a"]);
    expect(out.map((p) => p.split(": ")[1])).toEqual(["Chart", "headline[0]", "So"]);
  });
});

describe("references through readSite, with file, line and field", () => {
  it("an unknown dataset id in MDX", () => {
    expect(
      problemsAfter("content/articles/bai-mau.mdx", (s) => s.replace('<Chart id="chi-bo" />', '<Chart id="chi-bo-cu" />')),
    ).toEqual(['content/articles/bai-mau.mdx:15: Chart: không có bộ dữ liệu "chi-bo-cu" trong data/.']);
  });
});
