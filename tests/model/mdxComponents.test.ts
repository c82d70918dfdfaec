/**
 * src/model/mdxComponents.ts: an article's components, props and expressions, checked on its mdast
 * (trees written here as Sätteri gives them). tests/editor/mdxComponents.test.ts checks the same from the editor's files.
 */
import { describe, expect, it } from "vitest";
import { ARTICLE_COMPONENTS, componentProblems, type MdastNode } from "../../src/model/mdxComponents.ts";

const at = (line: number) => ({ position: { start: { line } } });
/** Returns a JSX element node with string or expression attributes. */
function jsx(
  name: string,
  attrs: Record<string, string | { code: string }> = {},
  line = 1,
  children: MdastNode[] = [],
): MdastNode {
  const attributes = Object.entries(attrs).map(([n, v]) => ({
    type: "mdxJsxAttribute",
    name: n,
    value: typeof v === "string" ? v : { type: "mdxJsxAttributeValueExpression", value: v.code },
  }));
  return { type: "mdxJsxFlowElement", name, attributes, children, ...at(line) };
}
const root = (...children: MdastNode[]): MdastNode => ({ type: "root", children });
const messages = (tree: MdastNode) => componentProblems("content/articles/a.mdx", tree).map((p) => `${p.line}: ${p.message}`);

describe("componentProblems", () => {
  it("knows the three components the article page passes", () => {
    expect(ARTICLE_COMPONENTS).toEqual(["Chart", "So", "Photo"]);
  });

  it("accepts the components with their props, allowed HTML, fragments, literal props and comments", () => {
    const tree = root(
      jsx("Chart", { id: "a", kind: "bars", emphasis: { code: '["b", "c"]' } }, 1),
      jsx("So", { id: { code: "'a.b'" } }, 2),
      jsx("Photo", { caption: "Ảnh" }, 3),
      jsx("sup", {}, 4),
      { type: "mdxJsxTextElement", name: null, ...at(5) },
      { type: "mdxFlowExpression", value: "/* ghi chú */ // và dòng này", ...at(6) },
    );
    expect(messages(tree)).toEqual([]);
  });

  it("names an unknown component, and a known one typed in lower case, but not allowed HTML", () => {
    expect(messages(root(jsx("Khong", {}, 2), jsx("photo", { caption: "x" }, 3), jsx("sup", {}, 4)))).toEqual([
      "2: không có thành phần <Khong>; bài viết chỉ dùng được <Chart>, <So>, <Photo> (kiểm tra chính tả, chữ hoa, chữ thường).",
      "3: không có thành phần <photo>; bài viết chỉ dùng được <Chart>, <So>, <Photo> (kiểm tra chính tả, chữ hoa, chữ thường).",
    ]);
  });

  it("names missing props, props given as code and a chart kind that does not exist", () => {
    expect(messages(root(jsx("So", {}, 1), jsx("Chart", { id: { code: "ids[0]" }, kind: "banh" }, 2)))).toEqual([
      '1: <So> cần thuộc tính id="…".',
      '2: <Chart id={ids[0]}>: giá trị là mã; viết id="…".',
      '2: <Chart kind="banh">: kiểu biểu đồ phải là một trong "bars", "stack", "groups", "split", "number", "compare", "table".',
    ]);
  });

  it("names code where text belongs, shortened, anywhere in the tree", () => {
    const long = "a".repeat(60);
    const tree = root({
      type: "paragraph",
      children: [{ type: "mdxTextExpression", value: ` ${long} `, ...at(7) }],
    });
    expect(messages(tree)).toEqual([
      `7: {${"a".repeat(39)}…} là mã, không phải chữ: bài viết không dùng biểu thức. Nếu đó là chữ của bài, viết \\{ thay cho {.`,
    ]);
  });

  it("gives no line for a node without a position", () => {
    expect(componentProblems("a.mdx", root({ type: "mdxJsxFlowElement", name: "Khong" }))[0]?.line).toBeUndefined();
  });
});
