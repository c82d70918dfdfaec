/** Parses a dataset file into plain input for the schema, keeping a way back to line numbers. */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import type { Problem } from "./problems.ts";
import { lineAt } from "../lib/text.ts";

export interface ParsedFile {
  /** The parsed content, or undefined when the file could not be parsed. */
  input: unknown;
  /** Returns the line of a field path (["values", 2, "value"]), or undefined. */
  locate: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  /** Returns how to name a field path to an editor (JSON: "values[2].value"; CSV: "cột value"). */
  field?: (path: ReadonlyArray<PropertyKey>) => string;
  problems: Problem[];
}

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: "ký tự không hợp lệ",
  InvalidNumberFormat: "số viết sai (JSON dùng dấu chấm thập phân: 227.642)",
  PropertyNameExpected: "thiếu tên trường trong dấu ngoặc kép",
  ValueExpected: "thiếu giá trị",
  ColonExpected: "thiếu dấu hai chấm",
  CommaExpected: "thiếu dấu phẩy",
  CloseBraceExpected: "thiếu dấu }",
  CloseBracketExpected: "thiếu dấu ]",
  EndOfFileExpected: "thừa nội dung sau khi đã hết dữ liệu",
  UnexpectedEndOfString: "chuỗi chưa đóng dấu ngoặc kép",
  UnexpectedEndOfComment: "chú thích chưa đóng",
  InvalidEscapeCharacter: "ký tự thoát không hợp lệ",
  InvalidCharacter: "ký tự không hợp lệ trong chuỗi",
  InvalidUnicode: "mã Unicode không hợp lệ",
  InvalidCommentToken: "JSON không cho phép chú thích",
};

/** Returns the parsed JSON of `source` (normalized to NFC), or the syntax errors with their lines. */
export function parseJsonFile(file: string, source: string): ParsedFile {
  const src = source.normalize("NFC").replace(/^\uFEFF/, "");
  const errors: ParseError[] = [];
  const tree = parseTree(src, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const problems = (errors.length ? errors : [{ error: 4, offset: 0, length: 0 } as ParseError]).map((e) => {
      const comma = trailingComma(src, e.offset);
      if (comma !== undefined)
        return {
          file,
          line: lineAt(src, comma),
          message: `JSON sai cú pháp: dấu phẩy thừa sau phần tử cuối, trước dấu ${src[e.offset]}; xóa dấu phẩy này.`,
        };
      return {
        file,
        line: lineAt(src, e.offset),
        message: `JSON sai cú pháp: ${JSON_ERRORS[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}.`,
      };
    });
    // jsonc-parser may report one trailing comma twice (no name, no value): keep each message once a line.
    const unique = problems.filter((p, i) => problems.findIndex((q) => q.line === p.line && q.message === p.message) === i);
    return { input: undefined, locate: () => undefined, problems: unique };
  }
  return {
    input: JSON.parse(src),
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = findNodeAtLocation(tree, path.slice(0, n) as (string | number)[]);
        if (node) return lineAt(src, node.offset);
      }
      return undefined;
    },
    problems: [],
  };
}

/** Returns the offset of the comma before a closing `}` or `]` at `offset` (a trailing comma), or undefined. */
function trailingComma(src: string, offset: number): number | undefined {
  if (src[offset] !== "}" && src[offset] !== "]") return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(src[i] ?? "")) i--;
  return src[i] === "," ? i : undefined;
}
