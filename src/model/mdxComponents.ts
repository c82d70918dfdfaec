/**
 * How an article uses MDX beyond text: which components, with which props, and no code. Each mistake
 * here is valid MDX that would only fail while Astro renders the page (`<Khong />`, `{tong}`,
 * `<Chart kind="banh" />`), in an error naming the page rather than the file; checking here names the
 * file and line before anything is built. A component's name typed in lower case (`<chart />`) is
 * named as a typo; other HTML, unsafe links and import/export are refused by mdxSafety.ts.
 */
import { safetyProblems } from "./mdxSafety.ts";
import type { Problem } from "./problems.ts";
import { chartKindSchema } from "./schemas/dataset.ts";

/** The components src/pages/bai-viet/[slug].astro passes to every article; keep the two in step. */
export const ARTICLE_COMPONENTS: readonly string[] = ["Chart", "So", "Photo"];

/** Props each component cannot do without (`<Chart>` and `<So>` ids are checked against the data). */
const REQUIRED: Record<string, string[]> = { Chart: ["id"], So: ["id"], Photo: ["caption"] };

interface Attribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}

/** An mdast node, as far as these checks read it. */
export interface MdastNode {
  type: string;
  name?: string | null;
  value?: string;
  /** Link and image target. */
  url?: string;
  attributes?: Attribute[];
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/** Returns true for code that is only comments (`{/* ghi chú *\/}`): MDX drops it. */
function onlyComments(code: string): boolean {
  return (
    code
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "")
      .trim() === ""
  );
}

/** Returns true for an attribute expression that is plain data: a string or a list of strings. */
function isLiteral(code: string): boolean {
  const str = `\\s*(?:"[^"]*"|'[^']*')\\s*`;
  return new RegExp(`^${str}$|^\\s*\\[(?:${str},)*(?:${str})?\\]\\s*$`).test(code);
}

/** Returns code shortened for a message. */
function snippet(code: string): string {
  const s = code.replace(/\s+/g, " ").trim();
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** Returns the problems of one component use, or of an expression, at node `n`. */
function nodeProblems(n: MdastNode, known: string): string[] {
  if (n.type === "mdxFlowExpression" || n.type === "mdxTextExpression") {
    const code = n.value ?? "";
    if (onlyComments(code)) return [];
    return [
      `{${snippet(code)}} là mã, không phải chữ: bài viết không dùng biểu thức. Nếu đó là chữ của bài, viết \\{ thay cho {.`,
    ];
  }
  if (n.type !== "mdxJsxFlowElement" && n.type !== "mdxJsxTextElement") return [];
  const name = n.name ?? "";
  if (!name) return [];
  if (!/^[A-Z]/.test(name)) {
    const typo = ARTICLE_COMPONENTS.find((c) => c.toLowerCase() === name.toLowerCase());
    return typo ? [`không có thành phần <${name}>; ${known} (kiểm tra chính tả, chữ hoa, chữ thường).`] : [];
  }
  if (!ARTICLE_COMPONENTS.includes(name))
    return [`không có thành phần <${name}>; ${known} (kiểm tra chính tả, chữ hoa, chữ thường).`];

  const out: string[] = [];
  const attrs = new Map((n.attributes ?? []).filter((a) => a.name).map((a) => [a.name ?? "", a.value]));
  for (const prop of REQUIRED[name] ?? []) {
    if (!attrs.has(prop)) out.push(`<${name}> cần thuộc tính ${prop}="…".`);
  }
  for (const [prop, value] of attrs) {
    if (value && typeof value === "object" && !isLiteral(value.value)) {
      out.push(`<${name} ${prop}={${snippet(value.value)}}>: giá trị là mã; viết ${prop}="…".`);
    }
  }
  const kind = attrs.get("kind");
  if (name === "Chart" && typeof kind === "string" && !chartKindSchema.safeParse(kind).success) {
    out.push(
      `<Chart kind="${kind}">: kiểu biểu đồ phải là một trong ${chartKindSchema.options.map((k) => `"${k}"`).join(", ")}.`,
    );
  }
  return out;
}

const KNOWN = `bài viết chỉ dùng được ${ARTICLE_COMPONENTS.map((c) => `<${c}>`).join(", ")}`;

/**
 * Returns a problem for each unknown component, missing, unknown or malformed prop, code expression,
 * refused HTML element or attribute, unsafe link and import/export in an article's mdast.
 */
export function componentProblems(file: string, tree: MdastNode): Problem[] {
  const out: Problem[] = [];
  const visit = (n: MdastNode) => {
    for (const message of [...nodeProblems(n, KNOWN), ...safetyProblems(n, ARTICLE_COMPONENTS)])
      out.push({ file, line: n.position?.start.line, message });
    for (const c of n.children ?? []) visit(c);
  };
  visit(tree);
  return out;
}
