/**
 * The words a reader sees, read from an article's mdast: text nodes and the words inside `<So>`, with
 * Markdown escapes and character references already resolved by the parser (`\<script>` and `&lt;`
 * are the text "<script>" and "<"). Comments, code expressions, props, charts, photos, link targets
 * and refused HTML are not text a reader sees, so a quote can never stand on them.
 */
import { foldText } from "../lib/text.ts";
import type { MdastNode } from "./mdxComponents.ts";

/** HTML elements an article may use (they hold visible words); every other one is refused (mdxSafety.ts). */
export const ALLOWED_HTML: readonly string[] = ["br", "sup", "sub"];

/** Blocks whose children are separate blocks: their words are joined with a space. */
const CONTAINERS = new Set(["blockquote", "list", "listItem", "table", "tableRow"]);

/** Returns the words a reader sees in node `n` (not folded). */
export function visibleText(n: MdastNode): string {
  switch (n.type) {
    case "text":
    case "inlineCode":
    case "code":
      return n.value ?? "";
    case "break":
      return " ";
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement": {
      const name = n.name ?? "";
      if (name === "br") return " ";
      // A fragment (`<>…</>`), `<So>` and the allowed inline HTML show their children; charts,
      // photos (generated or from props) and refused elements show none of the article's words.
      if (name !== "" && name !== "So" && !ALLOWED_HTML.includes(name)) return "";
      return (n.children ?? []).map(visibleText).join("");
    }
    case "mdxFlowExpression":
    case "mdxTextExpression":
    case "mdxjsEsm":
    case "html":
    case "image":
    case "imageReference":
    case "definition":
    case "footnoteReference":
    case "footnoteDefinition":
    case "thematicBreak":
    case "yaml":
    case "toml":
      return "";
    default: {
      const parts = (n.children ?? []).map(visibleText);
      return CONTAINERS.has(n.type) || n.type === "tableCell" ? parts.join(" ") : parts.join("");
    }
  }
}

/** Returns the string value of a JSX attribute written `name="x"` or `name={"x"}`, or undefined. */
export function attributeValue(n: MdastNode, name: string): string | undefined {
  const a = (n.attributes ?? []).find((x) => x.name === name);
  if (!a) return undefined;
  if (typeof a.value === "string") return a.value;
  if (a.value == null) return "";
  const m = /^\s*(["'])([\s\S]*)\1\s*$/.exec(a.value.value);
  return m ? (m[2] ?? "") : undefined;
}

/** One prose block of the article: its visible words folded, its first line, and whether it renders as a top-level `<p>`. */
export interface ProseBlock {
  text: string;
  line: number;
  paragraph: boolean;
}

/** Returns the prose blocks of an article's tree, in order: top-level paragraphs and other top-level nodes with visible words. */
export function proseBlocks(tree: MdastNode): ProseBlock[] {
  const out: ProseBlock[] = [];
  for (const n of tree.children ?? []) {
    const text = foldText(visibleText(n));
    // Only top-level Markdown paragraphs become the `<p>` that paragraphIds.ts numbers; one without
    // words (an image alone) still has its number.
    const paragraph = n.type === "paragraph";
    if (text || paragraph) out.push({ text, line: n.position?.start.line ?? 1, paragraph });
  }
  return out;
}
