/**
 * Reads what the checks need from an article's MDX source without compiling it: its frontmatter,
 * its prose as plain text (the text quotes are checked against), and the charts and figures it names.
 */
import { foldText, lineAt } from "../lib/text.ts";

export interface MdxReference {
  /** Dataset id (`<Chart id>`) or `dataset.key` (`<So id>`). */
  id: string;
  line: number;
  /** For `<So>…</So>`: the words it wraps, which must state the figure (absent when self-closing). */
  text?: string;
  /** For `<Chart kind>`: the form asked for instead of the dataset's own. */
  kind?: string;
  /** For `<Chart emphasis>`: the keys of the figures drawn emphasised. */
  emphasis?: string[];
}

export interface MdxScan {
  /** Raw YAML between the `---` fences ("" when there is none). */
  frontmatter: string;
  /** Line where the YAML starts. */
  frontmatterLine: number;
  /** Prose blocks, folded (NFC, single spaces), with their first line; `paragraph` when Markdown makes the block a `<p>`. */
  paragraphs: { text: string; line: number; paragraph: boolean }[];
  /** All prose joined by single spaces: what a quote must stand in. */
  text: string;
  charts: MdxReference[];
  figures: MdxReference[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const CHART_TAG = /<Chart\b([^>]*?)\/?>/g;
const FIGURE_TAG = /<So\b((?:[^>/]|\/(?!>))*)>([\s\S]*?)<\/So>/g;
const FIGURE_SELF_CLOSING = /<So\b([^>]*?)\/>/g;
const ID_ATTR = /\bid=(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/;
const KIND_ATTR = /\bkind=(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/;
const EMPHASIS_ATTR = /\bemphasis=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/;

/** Returns the keys of an `emphasis` attribute: "a, b" or {["a", "b"]}, as Chart.astro reads it. */
function emphasisKeys(attrs: string): string[] | undefined {
  const m = EMPHASIS_ATTR.exec(attrs);
  if (!m) return undefined;
  if (m[3] !== undefined) return [...m[3].matchAll(/"([^"]*)"|'([^']*)'/g)].map((k) => k[1] ?? k[2] ?? "");
  return (m[1] ?? m[2] ?? "").split(/\s*,\s*/);
}

function attrOf(re: RegExp, attrs: string): string | undefined {
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : undefined;
}
const attrId = (attrs: string) => attrOf(ID_ATTR, attrs) ?? "";

/** How a prose block starts when Markdown makes it something else than a paragraph: a heading, a quote, a list, code, a table, a rule, HTML. */
const NOT_A_PARAGRAPH = /^(?:#{1,6}(?:\s|$)|>|[-*+]\s|\d{1,9}[.)]\s|```|~~~|\||(?:-{3,}|\*{3,}|_{3,})\s*$|<[a-z])/;

/** Returns the plain text of one markdown block: markup removed, `<So>` replaced by its words. */
function blockText(block: string): string {
  return foldText(
    block
      .replace(FIGURE_TAG, (_m, _a, inner: string) => inner)
      .replace(/<[A-Za-z][^>]*\/>/g, " ")
      .replace(/<\/?[A-Za-z][^>]*>/g, " ")
      .replace(/^\s{0,3}(?:#{1,6}|>)\s*/gm, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/(^|[^\w*])[*_](?!\s)(.+?)[*_](?=[^\w*]|$)/g, "$1$2")
      .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, "$1"),
  );
}

/** Returns the frontmatter, prose and references of an MDX source (normalized to NFC first). */
export function scanMdx(source: string): MdxScan {
  const src = source.normalize("NFC");
  const fm = FRONTMATTER.exec(src);
  const bodyStart = fm ? fm[0].length : 0;
  const body = src.slice(bodyStart);

  const charts: MdxReference[] = [];
  for (const m of body.matchAll(CHART_TAG)) {
    const kind = attrOf(KIND_ATTR, m[1] ?? "");
    const emphasis = emphasisKeys(m[1] ?? "");
    charts.push({
      id: attrId(m[1] ?? ""),
      line: lineAt(src, bodyStart + (m.index ?? 0)),
      ...(kind !== undefined ? { kind } : {}),
      ...(emphasis !== undefined ? { emphasis } : {}),
    });
  }
  const figures: MdxReference[] = [];
  for (const m of body.matchAll(FIGURE_TAG)) {
    figures.push({ id: attrId(m[1] ?? ""), line: lineAt(src, bodyStart + (m.index ?? 0)), text: foldText(m[2] ?? "") });
  }

  for (const m of body.matchAll(FIGURE_SELF_CLOSING)) {
    figures.push({ id: attrId(m[1] ?? ""), line: lineAt(src, bodyStart + (m.index ?? 0)) });
  }
  figures.sort((x, y) => x.line - y.line);

  const paragraphs: MdxScan["paragraphs"] = [];
  let offset = bodyStart;
  // Splitting with a capture group keeps the separators, so offsets stay exact.
  const pieces = body.split(/(\r?\n[ \t]*(?:\r?\n[ \t]*)+)/);
  for (let i = 0; i < pieces.length; i++) {
    const block = pieces[i] ?? "";
    const start = offset;
    offset += block.length;
    if (i % 2 === 1) continue;
    const trimmed = block.trim();
    if (!trimmed) continue;
    if (/^(import|export)\s/.test(trimmed)) continue;
    // A block that is only a component (a chart, a photo) is not prose.
    if (/^<[A-Z][\s\S]*\/>$/.test(trimmed) && !/<So\b/.test(trimmed)) continue;
    const text = blockText(trimmed);
    const line = lineAt(src, start + (block.length - block.trimStart().length));
    if (text) paragraphs.push({ text, line, paragraph: !NOT_A_PARAGRAPH.test(trimmed) });
  }

  return {
    frontmatter: fm ? (fm[1] ?? "") : "",
    frontmatterLine: 2,
    paragraphs,
    text: paragraphs.map((p) => p.text).join(" "),
    charts,
    figures,
  };
}
