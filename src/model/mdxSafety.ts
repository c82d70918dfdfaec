/**
 * Articles hold Markdown and our components only. Raw HTML would reach the page as written (a script,
 * a meta refresh, an iframe) or hide words that a quote could then stand on; a `javascript:` link runs
 * code when clicked. Each refused construct is named with what to write instead. Decided on the mdast
 * the MDX parser gives, never on the source text.
 */
import type { MdastNode } from "./mdxComponents.ts";
import { ALLOWED_HTML, attributeValue } from "./mdxText.ts";

/** Props each component takes in an article (the rest of Chart's props are the site's own). */
export const COMPONENT_PROPS: Readonly<Record<string, readonly string[]>> = {
  Chart: ["id", "kind", "emphasis"],
  So: ["id"],
  Photo: ["caption", "src", "alt"],
};

/** Link schemes an article may use; a link with no scheme is a path on the site or an #anchor. */
const SAFE_SCHEMES: readonly string[] = ["http", "https", "mailto"];

/** Elements that run code, load another page or restyle the page: nothing of them belongs in an article. */
const ACTIVE = new Set(
  "script style iframe frame frameset meta link base object embed applet form input button textarea select option template noscript svg math canvas video audio source track portal dialog".split(
    " ",
  ),
);

/** What to write in Markdown instead of an HTML element. */
const INSTEAD: Record<string, string> = {
  a: "liên kết viết [chữ](https://…)",
  img: 'ảnh dùng <Photo caption="…" src="…" />',
  b: "chữ đậm viết **chữ**",
  strong: "chữ đậm viết **chữ**",
  i: "chữ nghiêng viết *chữ*",
  em: "chữ nghiêng viết *chữ*",
  u: "chữ nhấn mạnh viết *chữ* hoặc **chữ**",
  s: "chữ gạch bỏ viết ~~chữ~~",
  del: "chữ gạch bỏ viết ~~chữ~~",
  p: "mỗi đoạn cách đoạn trước một dòng trống",
  ul: "danh sách viết mỗi mục một dòng, mở đầu bằng - ",
  ol: "danh sách đánh số viết 1. , 2. ở đầu dòng",
  li: "mỗi mục danh sách một dòng, mở đầu bằng - ",
  blockquote: "đoạn trích viết > ở đầu dòng",
  code: "mã viết giữa hai dấu `",
  pre: "khối mã viết giữa hai dòng ```",
  hr: "đường kẻ ngang viết --- trên một dòng riêng",
  table: "bảng viết bằng Markdown (| cột | cột |)",
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`h${n}`, "tiêu đề viết ## Tiêu đề ở đầu dòng"])),
};

const HIDDEN_TEXT =
  "chữ bị giấu khỏi người đọc, nên không số liệu nào được dựa vào nó: để chữ hiện ra như mọi đoạn khác, hoặc xóa đoạn đó (ghi chú cho biên tập viên viết {/* … */}).";

/** Returns the scheme of a URL as a browser reads it (control characters and spaces ignored), or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Returns url shortened for a message. */
function shortUrl(url: string): string {
  return url.length > 40 ? `${url.slice(0, 39)}…` : url;
}

/** Returns a problem when `url` (a link target or image source) uses a scheme other than http(s) or mailto. */
export function urlProblem(what: string, url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || SAFE_SCHEMES.includes(scheme)) return undefined;
  return `${what} "${shortUrl(url)}" dùng "${scheme}:", không được có trong bài; chỉ dùng địa chỉ https://…, http://…, mailto:…, đường dẫn trong trang (/bai-viet/…) hoặc #muc.`;
}

/**
 * Returns a problem when an image's path is relative to the article file: the site serves images
 * from public/, and articles are not modules whose images a bundler would copy alongside.
 */
function relativeImageProblem(url: string): string | undefined {
  if (url === "" || urlScheme(url) !== undefined || url.startsWith("/")) return undefined;
  return `ảnh "${shortUrl(url)}" là đường dẫn tính từ tệp bài viết, trang không có ảnh đó; đặt ảnh trong public/anh/ rồi viết ![mô tả](/anh/ten-anh.jpg) hoặc <Photo caption="…" src="/anh/ten-anh.jpg" />.`;
}

/** Returns the problems of the attributes of element `n` that run code, hide words or point to unsafe URLs, by attribute. */
function attributeProblems(n: MdastNode, tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of n.attributes ?? []) {
    const name = a.name ?? "";
    const lower = name.toLowerCase();
    if (a.type === "mdxJsxExpressionAttribute") {
      out.set("{…}", `${tag}: {${String(a.value ?? "").trim()}} trong thẻ là mã; viết từng thuộc tính dạng ten="…".`);
    } else if (lower.startsWith("on")) {
      out.set(name, `${tag}: thuộc tính ${name} là mã chạy trên máy người đọc; bài viết không có mã, xóa thuộc tính này.`);
    } else if (lower === "style") {
      out.set(
        name,
        `${tag}: thuộc tính style không dùng được (kiểu chữ do trang quyết định, và style có thể giấu chữ); xóa thuộc tính này.`,
      );
    } else if (lower === "hidden" || lower === "aria-hidden") {
      out.set(name, `${tag}: thuộc tính ${name}: ${HIDDEN_TEXT}`);
    } else if (["href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset"].includes(lower)) {
      const problem = urlProblem(`${tag}: ${name}`, attributeValue(n, name) ?? "");
      if (problem) out.set(name, problem);
    }
  }
  return out;
}

/** Returns the problems of a JSX element: refused HTML, and attributes that run code, hide words or are unknown. */
function elementProblems(n: MdastNode, components: readonly string[]): string[] {
  const name = n.name ?? "";
  if (!name) return [];
  const tag = `<${name}>`;
  const flagged = attributeProblems(n, tag);
  const attrs = [...flagged.values()];
  if (components.includes(name)) {
    // A component's own props: anything else is refused (style, hidden, handlers have their message).
    const known = COMPONENT_PROPS[name] ?? [];
    const unknown = (n.attributes ?? [])
      .filter((a) => a.name && !known.includes(a.name) && !flagged.has(a.name))
      .map((a) => `${tag} không có thuộc tính ${a.name}; dùng ${known.map((k) => `${k}="…"`).join(", ")}.`);
    return [...attrs, ...unknown];
  }
  // Unknown components and a component's name in lower case have their message in mdxComponents.ts.
  if (/^[A-Z]/.test(name) || components.some((c) => c.toLowerCase() === name.toLowerCase())) return attrs;
  if (ALLOWED_HTML.includes(name)) {
    if (attrs.length || !(n.attributes ?? []).length) return attrs;
    return [`${tag} không nhận thuộc tính; viết ${tag}…</${name}> không kèm gì.`];
  }
  const element = ACTIVE.has(name.toLowerCase())
    ? `thẻ ${tag} không được có trong bài: bài viết chỉ gồm chữ Markdown và ${components.map((c) => `<${c}>`).join(", ")}, không chạy mã, không nhúng trang khác, không đổi kiểu trang. Xóa thẻ này (biểu đồ thì dùng <Chart id="…" />).`
    : `thẻ HTML ${tag} không dùng được trong bài; ${INSTEAD[name.toLowerCase()] ?? "viết chữ trực tiếp, không bọc trong thẻ"}.`;
  return [element, ...attrs];
}

/** Returns the safety problems of one mdast node: refused HTML, unsafe links, import/export. */
export function safetyProblems(n: MdastNode, components: readonly string[]): string[] {
  switch (n.type) {
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      return elementProblems(n, components);
    case "link":
    case "definition":
      return [urlProblem("liên kết", n.url ?? "")].filter((m) => m !== undefined);
    case "image":
      return [urlProblem("ảnh", n.url ?? ""), relativeImageProblem(n.url ?? "")].filter((m) => m !== undefined);
    case "mdxjsEsm":
      return [
        `"${(n.value ?? "").split("\n")[0]?.slice(0, 40)}" là mã (import/export); bài viết không có mã: xóa dòng này, các thành phần ${components.map((c) => `<${c}>`).join(", ")} dùng được ngay.`,
      ];
    case "footnoteDefinition":
    case "footnoteReference":
      // GFM drops a note nothing refers to (its words would back a quote no reader sees) and titles the notes in English.
      return ["chú thích cuối trang ([^…]) không dùng được trong bài; viết lời chú thích thành một đoạn riêng ở cuối bài."];
    case "html":
      return ["HTML không dùng được trong bài; viết bằng Markdown."];
    default:
      return [];
  }
}
