import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/model/problems.ts";
import { datasetById } from "../../src/model/lookups.ts";
import { getSite, handedSite, handOverSite } from "../../src/model/siteStore.ts";
import { readSite } from "../../src/model/readSite.ts";

const MINI = join(import.meta.dirname, "../fixtures/mini");

/** Returns the problems of the mini fixture after `edit` changed one of its files. */
function problemsAfter(file: string, edit: (s: string) => string): string[] {
  const root = mkdtempSync(join(tmpdir(), "cotmoc-"));
  cpSync(MINI, root, { recursive: true });
  const path = join(root, file);
  try {
    writeFileSync(path, edit(readFileSync(path, "utf8")));
    return readSite(root).problems.map(formatProblem);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const json = (f: (d: any) => void) => (s: string) => {
  const d = JSON.parse(s);
  f(d);
  return JSON.stringify(d, null, 2);
};

describe("the mini fixture", () => {
  it("is valid, with its figures formatted for readers", () => {
    const { site, problems } = readSite(MINI);
    expect(problems).toEqual([]);
    const d = site.datasets.find((x) => x.id === "dong-gop");
    expect(d?.figures.map((f) => f.text)).toEqual(["gần 125 triệu đồng", "227,642 km"]);
    expect(site.datasets.find((x) => x.id === "chi-bo")?.partsSum).toBe(81);
  });
});

describe("bad input gets a message naming file, line and field", () => {
  it("a changed value with its quote unchanged", () => {
    expect(problemsAfter("data/dong-gop.json", (s) => s.replace("227.642", "227.643"))).toEqual([
      'data/dong-gop.json:9: values[1].value: số liệu 227,643 km (viết là "227,643") không có trong trích dẫn "nhận 227,642 km đường biên".',
    ]);
  });
  it("a quote not in the article", () => {
    expect(
      problemsAfter("data/dong-gop.json", (s) => s.replace("nhận 227,642 km đường biên", "giao 227,642 km đường biên")),
    ).toEqual([
      "data/dong-gop.json:9: values[1].quote: trích dẫn không có trong bài content/articles/bai-mau.mdx; hãy chép nguyên văn một đoạn của bài.",
    ]);
  });
  it("a hedge dropped from a hedged figure", () => {
    expect(
      problemsAfter(
        "data/dong-gop.json",
        json((d) => delete d.values[0].qualifier),
      ),
    ).toEqual(['data/dong-gop.json:8: values[0].qualifier: trích dẫn có từ "gần" trước con số, nhưng qualifier là "exact".']);
  });
  it("a number written as a string", () => {
    expect(problemsAfter("data/dong-gop.json", (s) => s.replace('"value": 227.642', '"value": "227,642"'))).toEqual([
      "data/dong-gop.json:9: values[1].value: phải là một số (ví dụ 227.642), không phải chuỗi.",
    ]);
  });
  it("a negative count", () => {
    expect(
      problemsAfter(
        "data/chi-bo.json",
        json((d) => (d.values[2].value = -8)),
      ),
    ).toEqual(["data/chi-bo.json:24: values[2].value: không được âm."]);
  });
  it("parts that do not add up to their total, with no note", () => {
    const out = problemsAfter("data/chi-bo.json", (s) =>
      s.replace('"value": 81', '"value": 80').replace("81 chi bộ thôn", "80 chi bộ thôn"),
    );
    expect(out).toEqual([
      "data/chi-bo.json:9: values[0].quote: trích dẫn không có trong bài content/articles/bai-mau.mdx; hãy chép nguyên văn một đoạn của bài.",
      'data/chi-bo.json:14: total: các phần cộng lại được 81, khác tổng 80 của "tong". Nếu bài viết đúng như vậy, thêm total.note giải thích cho người đọc; không được sửa số cho khớp.',
    ]);
  });
  it("a note claiming a mismatch where the parts add up", () => {
    expect(
      problemsAfter(
        "data/chi-bo.json",
        json((d) => (d.total.note = "Không khớp.")),
      ),
    ).toEqual([
      "data/chi-bo.json:36: total.note: các phần đã cộng đúng bằng tổng; bỏ total.note vì nó sẽ báo sai cho người đọc.",
    ]);
  });
  it("malformed JSON", () => {
    expect(problemsAfter("data/chi-bo.json", (s) => s.replace('"kind": "bars",', '"kind": "bars"'))).toEqual([
      "data/chi-bo.json:7: JSON sai cú pháp: thiếu dấu phẩy.",
    ]);
  });
  it("an unknown chart kind and an unknown field", () => {
    expect(
      problemsAfter(
        "data/chi-bo.json",
        json((d) => ((d.kind = "pie"), (d.colour = "red"))),
      ),
    ).toEqual([
      'data/chi-bo.json:6: kind: phải là một trong "bars", "stack", "number", "compare", "table".',
      'data/chi-bo.json:37: colour: trường không được biết đến: "colour". Kiểm tra lỗi chính tả.',
    ]);
  });
  it("an id that is not the file name", () => {
    expect(
      problemsAfter(
        "data/chi-bo.json",
        json((d) => (d.id = "chi-bo-2")),
      ),
    ).toEqual(['data/chi-bo.json:2: id: id "chi-bo-2" phải trùng với tên tệp "chi-bo".']);
  });
  it("an unknown dataset id in MDX", () => {
    expect(
      problemsAfter("content/articles/bai-mau.mdx", (s) => s.replace('<Chart id="chi-bo" />', '<Chart id="chi-bo-cu" />')),
    ).toEqual(['content/articles/bai-mau.mdx:15: Chart: không có bộ dữ liệu "chi-bo-cu" trong data/.']);
  });
  it("a missing frontmatter field and a non-http source URL", () => {
    const out = problemsAfter("content/articles/bai-mau.mdx", (s) =>
      s.replace('author: "Phóng viên"\n', "").replace("http://baolangson.vn/bai-mau.html", "javascript:alert(1)"),
    );
    expect(out).toEqual([
      "content/articles/bai-mau.mdx: author: thiếu trường bắt buộc này.",
      "content/articles/bai-mau.mdx:7: sourceUrl: địa chỉ phải bắt đầu bằng http:// hoặc https://.",
    ]);
  });
  it("NFD text is normalized, not refused", () => {
    expect(problemsAfter("content/articles/bai-mau.mdx", (s) => s.normalize("NFD"))).toEqual([]);
    expect(problemsAfter("data/dong-gop.json", (s) => s.normalize("NFD"))).toEqual([]);
  });
});

describe("getSite", () => {
  it("reloads after an edit while serving (dev), and reads the files once in a build", () => {
    const root = mkdtempSync(join(tmpdir(), "cotmoc-"));
    cpSync(MINI, root, { recursive: true });
    const file = join(root, "data/dong-gop.json");
    const retitle = (title: string) =>
      writeFileSync(file, json((d) => (d.title = title))(readFileSync(file, "utf8")), { flag: "w" });
    const title = () => datasetById(getSite(root), "dong-gop").title;
    const saved = handedSite();
    try {
      retitle("Tiêu đề một");
      expect(title()).toBe("Tiêu đề một");
      retitle("Tiêu đề hai (dài hơn)"); // a different size: the signature changes whatever the clock
      expect(title()).toBe("Tiêu đề hai (dài hơn)");
      // A build hands its checked model over: the pages render from it, not from the files again.
      handOverSite(getSite(root));
      retitle("Tiêu đề ba, không được đọc lại");
      expect(title()).toBe("Tiêu đề hai (dài hơn)");
    } finally {
      handOverSite(saved);
      rmSync(root, { recursive: true, force: true });
    }
  });
});
