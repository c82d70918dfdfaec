/** src/model/csvFile.ts: a CSV dataset read into the JSON dataset's shape, its problems at their rows and columns. */
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, CSV_META, parseCsvFile } from "../../src/model/csvFile.ts";
import { formatProblem } from "../../src/model/problems.ts";

const META = ["# id: x", "# article: bai-mau", "# title: Tiêu đề", "# description: Mô tả.", "# kind: bars", "# unit: hộ"];

/** Returns a CSV file of these header lines and rows. */
const csv = (meta: string[], rows: string[]) => [...meta, ...rows].join("\n") + "\n";
const problems = (source: string) => parseCsvFile("data/x.csv", source).problems.map(formatProblem);

describe("parseCsvFile", () => {
  it("reads the metadata lines and one value per row, numbers in the stated notation", () => {
    const parsed = parseCsvFile(
      "data/x.csv",
      csv(
        [...META, "# numbers: vi", "# total: tong", "# total.note: Không khớp.", "# note: Ghi chú một.", "# note: Ghi chú hai."],
        ["key,label,value,qualifier,quote", 'tong,Tổng,"1.359",,có 1.359 hộ', 'a,A,"227,642",gần,"gần 227,642"', "b,B,,,"],
      ),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.input).toEqual({
      id: "x",
      article: "bai-mau",
      title: "Tiêu đề",
      description: "Mô tả.",
      kind: "bars",
      unit: "hộ",
      total: { key: "tong", note: "Không khớp." },
      notes: ["Ghi chú một.", "Ghi chú hai."],
      values: [
        { key: "tong", label: "Tổng", value: 1359, quote: "có 1.359 hộ" },
        { key: "a", label: "A", value: 227.642, qualifier: "gần", quote: "gần 227,642" },
        { key: "b", label: "B" },
      ],
    });
  });

  it("reads plain notation, a BOM, CRLF line ends and NFD text", () => {
    const source = `\uFEFF${csv([...META, "# numbers: plain"], ["key,label,value,quote", "a,Biên phòng,227.642,q"])}`
      .replace(/\n/g, "\r\n")
      .normalize("NFD");
    const parsed = parseCsvFile("data/x.csv", source);
    expect(parsed.problems).toEqual([]);
    expect((parsed.input as { values: unknown[] }).values).toEqual([
      { key: "a", label: "Biên phòng", value: 227.642, quote: "q" },
    ]);
  });

  it("refuses a file that does not say how it writes numbers", () => {
    expect(problems(csv(META, ["key,label,value,quote", "a,A,1,q"]))).toEqual([
      'data/x.csv: numbers: tệp CSV phải nói cách viết số: thêm dòng "# numbers: vi" (1.234,5) hoặc "# numbers: plain" (1234.5).',
    ]);
    expect(problems(csv([...META, "# numbers: en"], ["key,label,value,quote", "a,A,1,q"]))[0]).toMatch(
      /^data\/x\.csv:7: numbers: /,
    );
  });

  it("refuses unknown metadata and unknown columns, naming what it knows", () => {
    expect(problems(csv([...META, "# numbers: vi", "# colour: red"], ["key,label,value,quote,colour", "a,A,1,q,red"]))).toEqual([
      `data/x.csv:8: colour: trường đầu tệp không được biết đến; dùng một trong: ${CSV_META.join(", ")}.`,
      `data/x.csv:9: cột 5: cột "colour" không được biết đến; dùng các cột: ${CSV_COLUMNS.join(", ")}.`,
    ]);
  });

  it("refuses a number not written in the stated notation, at its row", () => {
    expect(problems(csv([...META, "# numbers: vi"], ["key,label,value,quote", "a,A,1,q", "b,B,12.34,q"]))).toEqual([
      'data/x.csv:10: cột value: "12.34" không phải số viết theo kiểu Việt Nam (ví dụ 1.234,5), theo "# numbers: vi".',
    ]);
    expect(problems(csv([...META, "# numbers: plain"], ["key,label,value,quote", 'a,A,"1,5",q']))[0]).toMatch(
      /^data\/x\.csv:9: cột value: "1,5" không phải số viết kiểu thường/,
    );
  });

  it("reports a syntax error at its row, and gives no input", () => {
    const parsed = parseCsvFile("data/x.csv", csv([...META, "# numbers: vi"], ["key,label,value,quote", "a,A,15,5,q"]));
    expect(parsed.problems.map(formatProblem)).toEqual([
      "data/x.csv:9: CSV sai cú pháp: dòng thừa cột so với dòng tiêu đề (ô có dấu phẩy phải đặt trong ngoặc kép).",
    ]);
    expect(parsed.input).toBeUndefined();
  });

  it("locates rows and metadata, and names them as the editor wrote them", () => {
    const parsed = parseCsvFile(
      "data/x.csv",
      csv([...META, "# numbers: vi", "# total: a", "# total.note: n"], ["", "key,label,value,quote", "a,A,1,q", "", "b,B,2,q"]),
    );
    expect(parsed.locate(["values", 0, "value"])).toBe(12);
    expect(parsed.locate(["values", 1])).toBe(14);
    expect(parsed.locate(["title"])).toBe(3);
    expect(parsed.locate(["total", "note"])).toBe(9);
    expect(parsed.locate(["derived"])).toBe(1);
    expect(parsed.field?.(["values", 1, "quote"])).toBe("cột quote");
    expect(parsed.field?.(["values", 1])).toBe("dòng dữ liệu 2");
    expect(parsed.field?.(["total", "key"])).toBe("# total.key");
  });
});
