/**
 * Reads what the checks need from an article's MDX source: its frontmatter, the words a reader sees
 * (the text quotes are checked against), and the charts and figures it names. The body is parsed by
 * the parser Astro's Markdown processor uses (Sätteri), so what is read is what is rendered.
 */
import { mdxToMdast } from "satteri";
import { foldText } from "../lib/text.ts";
import type { MdastNode } from "./mdxComponents.ts";
import { attributeValue, proseBlocks, visibleText, type ProseBlock } from "./mdxText.ts";

export interface MdxReference {
  /** Dataset id (`<Chart id>`) or `dataset.key` (`<So id>`). */
  id: string;
  line: number;
  /** For `<So>…</So>`: the words it wraps, which must state the figure (absent when self-closing). */
  text?: string;
  /** For `<Chart kind>`: the form asked for instead of the dataset's own. */
  kind?: string;
}

export interface MdxScan {
  /** Raw YAML between the `---` fences ("" when there is none). */
  frontmatter: string;
  /** Line where the YAML starts. */
  frontmatterLine: number;
  /** Prose blocks, folded (NFC, single spaces), with their first line; `paragraph` when Markdown makes the block a `<p>`. */
  paragraphs: ProseBlock[];
  /** The visible words of all prose joined by single spaces: what a quote must stand in. */
  text: string;
  charts: MdxReference[];
  figures: MdxReference[];
  /** The body's syntax error, when it does not parse (then there is no prose and no reference). */
  syntaxError?: { line: number | undefined; message: string };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Returns `source` with its frontmatter blanked out, keeping its lines, so reported lines match the file. */
export function mdxBody(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (m) => "\n".repeat(m.split("\n").length - 1));
}

/** Returns the mdast of an article body (from mdxBody), or its syntax error in Vietnamese with its line. */
export function parseMdxBody(body: string): { tree: MdastNode } | { error: { line: number | undefined; message: string } } {
  try {
    return { tree: mdxToMdast(body) as MdastNode };
  } catch (e) {
    const msg = (e as Error).message.split("\n")[0] ?? "";
    const line = /^(\d+):\d+/.exec(msg)?.[1];
    // The parser's notes on `<!-- -->` and `<https://…>`, said in Vietnamese too.
    const hint = msg.includes("create a comment")
      ? " Ghi chú cho biên tập viên viết {/* … */}, không viết <!-- … -->."
      : msg.includes("create a link")
        ? " Liên kết viết [chữ](https://…), không viết <https://…>."
        : "";
    return {
      error: { line: line ? Number(line) : undefined, message: `MDX sai cú pháp: ${msg.replace(/^\d+:\d+:\s*/, "")}${hint}` },
    };
  }
}

/** Returns the `<Chart>` and `<So>` uses of a tree, in document order. */
function references(tree: MdastNode): { charts: MdxReference[]; figures: MdxReference[] } {
  const charts: MdxReference[] = [];
  const figures: MdxReference[] = [];
  const visit = (n: MdastNode) => {
    const line = n.position?.start.line ?? 1;
    if ((n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") && (n.name === "Chart" || n.name === "So")) {
      const id = attributeValue(n, "id") ?? "";
      if (n.name === "Chart") {
        const kind = attributeValue(n, "kind");
        charts.push({ id, line, ...(kind !== undefined ? { kind } : {}) });
      } else {
        const words = n.children?.length ? { text: foldText(visibleText(n)) } : {};
        figures.push({ id, line, ...words });
      }
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(tree);
  return { charts, figures };
}

/** Returns the frontmatter, visible prose and references of an MDX source (normalized to NFC first). */
export function scanMdx(source: string): MdxScan {
  const src = source.normalize("NFC");
  const fm = FRONTMATTER.exec(src);
  const frontmatter = { frontmatter: fm ? (fm[1] ?? "") : "", frontmatterLine: 2 };
  const parsed = parseMdxBody(mdxBody(src));
  if ("error" in parsed) return { ...frontmatter, paragraphs: [], text: "", charts: [], figures: [], syntaxError: parsed.error };
  const paragraphs = proseBlocks(parsed.tree);
  const text = paragraphs
    .map((p) => p.text)
    .filter(Boolean)
    .join(" ");
  return { ...frontmatter, paragraphs, text, ...references(parsed.tree) };
}
