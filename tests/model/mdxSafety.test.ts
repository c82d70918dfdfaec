/**
 * src/model/mdxSafety.ts: the attacks of issue 16 and the editor's slips, each refused at its line
 * with what to write instead; what an article may hold passes. Real MDX, parsed as the build parses it.
 */
import { describe, expect, it } from "vitest";
import { componentProblems } from "../../src/model/mdxComponents.ts";
import { urlScheme } from "../../src/model/mdxSafety.ts";
import { parseMdxBody } from "../../src/model/mdxScan.ts";

/** Returns the problems of an article body as "line: message". */
function problems(body: string): string[] {
  const parsed = parseMdxBody(body);
  if ("error" in parsed) return [`${parsed.error.line}: ${parsed.error.message}`];
  return componentProblems("a.mdx", parsed.tree).map((p) => `${p.line}: ${p.message}`);
}

describe("what an article may hold", () => {
  it("passes Markdown, our components with their props, <br>, <sup>, <sub>, safe links and comments", () => {
    const body = [
      "Một **đậm** *nghiêng* ~~bỏ~~ `mã` [bài](https://baolangson.vn/a.html) [thư](mailto:a@b.vn) [mục](#doan-2) [trang](/bai-viet/x/) www.a.vn.",
      "Diện tích 5 km<sup>2</sup>, H<sub>2</sub>O,<br />tiếp {/* ghi chú: 999 */} \\<script> &lt;b&gt;.",
      '<Chart id="a" kind="bars" emphasis={["x", "y"]} />',
      '<Photo caption="Ảnh" src="/anh/a.jpg" alt="Mô tả" />',
      '<So id="a.b">5 hộ</So>',
      "![ảnh](https://a.vn/x.png)",
      "[tham chiếu]: https://a.vn",
      "## Tiêu đề\n\n> Trích\n\n- mục\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    ].join("\n\n");
    expect(problems(body)).toEqual([]);
  });
});

describe("the attacks of issue 16", () => {
  it.each([
    ["[x](javascript:alert(1))", ['1: liên kết "javascript:alert(1)" dùng "javascript:"']],
    ["[x](JaVaScRiPt:alert(1))", ['1: liên kết "JaVaScRiPt:alert(1)" dùng "javascript:"']],
    ["[x](javascript&#58;alert(1))", ['1: liên kết "javascript:alert(1)" dùng "javascript:"']],
    ["[x][r]\n\n[r]: vbscript:msgbox", ['3: liên kết "vbscript:msgbox" dùng "vbscript:"']],
    ["![x](data:image/svg+xml;base64,AAAA)", ['1: ảnh "data:image/svg+xml;base64,AAAA" dùng "data:"']],
    ["![x](./anh.jpg)", ['1: ảnh "./anh.jpg" là đường dẫn tính từ tệp bài viết']],
    ["![x](anh/a.png)", ['1: ảnh "anh/a.png" là đường dẫn tính từ tệp bài viết']],
    [
      '<a href="javascript:alert(1)">x</a>',
      [
        "1: thẻ HTML <a> không dùng được trong bài; liên kết viết [chữ](https://…).",
        '1: <a>: href "javascript:alert(1)" dùng "javascript:"',
      ],
    ],
    [
      '<img src="x" onerror="alert(1)" />',
      [
        '1: thẻ HTML <img> không dùng được trong bài; ảnh dùng <Photo caption="…" src="…" />.',
        "1: <img>: thuộc tính onerror là mã chạy",
      ],
    ],
    ['<iframe src="https://a.vn"></iframe>', ["1: thẻ <iframe> không được có trong bài"]],
    ["<style>{`p{display:none}`}</style>", ["1: thẻ <style> không được có trong bài", "1: {`p{display:none}`} là mã"]],
    ['<script src="/nhung.js"></script>', ["1: thẻ <script> không được có trong bài"]],
    ['<meta http-equiv="refresh" content="3;url=https://x.vn" />', ["1: thẻ <meta> không được có trong bài"]],
    ['<link rel="stylesheet" href="/x.css" />', ["1: thẻ <link> không được có trong bài"]],
    ['<object data="x.swf"></object>', ["1: thẻ <object> không được có trong bài"]],
    ['<embed src="x.swf" />', ["1: thẻ <embed> không được có trong bài"]],
    ['<form action="https://x.vn"></form>', ["1: thẻ <form> không được có trong bài"]],
    [
      "Có <span hidden>999 buổi</span>.",
      [
        "1: thẻ HTML <span> không dùng được trong bài; viết chữ trực tiếp, không bọc trong thẻ.",
        "1: <span>: thuộc tính hidden: chữ bị giấu khỏi người đọc",
      ],
    ],
    ['Có <span aria-hidden="true">9</span>.', ["1: thẻ HTML <span>", "1: <span>: thuộc tính aria-hidden: chữ bị giấu"]],
    ['<div style="display:none">999</div>', ["1: thẻ HTML <div>", "1: <div>: thuộc tính style không dùng được"]],
    ['<sup style="visibility:hidden">2</sup>', ["1: <sup>: thuộc tính style không dùng được"]],
    ['<sup class="x">2</sup>', ["1: <sup> không nhận thuộc tính; viết <sup>…</sup> không kèm gì."]],
    ['<Photo caption="x" src="javascript:alert(1)" />', ['1: <Photo>: src "javascript:alert(1)" dùng "javascript:"']],
    [
      '<Chart id="a" onClick="x" hidden />',
      ["1: <Chart>: thuộc tính onClick là mã", "1: <Chart>: thuộc tính hidden: chữ bị giấu"],
    ],
    ['<So id="a.b" style="display:none">5</So>', ["1: <So>: thuộc tính style không dùng được"]],
    ['<Chart id="a" level="3" />', ['1: <Chart> không có thuộc tính level; dùng id="…", kind="…", emphasis="…".']],
    ['<Chart id="a" {...p} />', ['1: <Chart>: {...p} trong thẻ là mã; viết từng thuộc tính dạng ten="…".']],
    ['import X from "./x.js"\n\nChữ.', ['1: "import X from "./x.js"" là mã (import/export)']],
    ["export const n = 999\n\nChữ.", ['1: "export const n = 999" là mã (import/export)']],
    ["Chữ.\n\n<!-- 999 buổi -->", ["3: MDX sai cú pháp"]],
    [
      "Có nhiều buổi.\n\n[^9]: 999 buổi tuần tra",
      ["3: chú thích cuối trang ([^…]) không dùng được trong bài; viết lời chú thích thành một đoạn riêng ở cuối bài."],
    ],
    ["Có[^1] buổi.\n\n[^1]: 5 buổi", ["1: chú thích cuối trang", "3: chú thích cuối trang"]],
  ])("%s", (body, expected) => {
    const got = problems(body);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toContain(e));
  });
});

describe("urlScheme", () => {
  it("reads the scheme as a browser does, ignoring case, spaces and control characters", () => {
    expect(urlScheme(" \u0001java\nscript:x")).toBe("javascript");
    expect(urlScheme("HTTPS://a.vn")).toBe("https");
    expect(urlScheme("/a:b")).toBeUndefined();
    expect(urlScheme("#muc")).toBeUndefined();
    expect(urlScheme("anh/a.png")).toBeUndefined();
  });
});
