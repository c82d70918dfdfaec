/**
 * What `astro dev` shows while content/ or data/ has problems: instead of Astro's error overlay (in
 * English, with a stack trace), every page answers with the list `npm run check` prints, in
 * Vietnamese, and reloads itself once the files are fixed (Vite's client is on the page).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { escapeXml } from "../lib/text.ts";
import { formatProblem, problemsHeading, type Problem } from "../model/problems.ts";

/** Returns the dev server's page listing `problems`; `base` is the site's base path ("/" or "/cot-moc/"). */
export function problemsPage(problems: readonly Problem[], base: string): string {
  const items = problems.map((p) => `<li><code>${escapeXml(formatProblem(p))}</code></li>`).join("\n");
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nội dung có lỗi · Cột Mốc</title>
<script type="module" src="${escapeXml(base)}@vite/client"></script>
<style>
:root { color-scheme: light dark; --fg: #1a1a1a; --bg: #ffffff; --muted: #555; --err: #a4161a; --box: #f4f4f2; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececec; --bg: #16181c; --muted: #b0b0b0; --err: #ff8a80; --box: #23262b; } }
body { margin: 0; padding: 1.5rem 1rem; font: 1.0625rem/1.6 "Noto Sans", system-ui, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 46rem; margin: 0 auto; }
h1 { font-size: 1.5rem; line-height: 1.3; color: var(--err); margin: 0 0 0.75rem; }
ol { padding-left: 1.5rem; }
li { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; background: var(--box); border-radius: 4px; overflow-wrap: anywhere; }
code { font: inherit; }
p { color: var(--muted); }
</style>
</head>
<body>
<main>
<h1>Nội dung có lỗi, chưa thể hiển thị trang</h1>
<p><strong>${escapeXml(problemsHeading(problems))}</strong></p>
<ol>
${items}
</ol>
<p>Đây cũng là danh sách mà <code>npm run check</code> in ra. Sửa các tệp trên và lưu lại: trang này tự tải lại khi hết lỗi.</p>
</main>
</body>
</html>
`;
}

/** Returns true for a request a browser makes to show a page (not a script, style, image or Vite's own). */
export function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const path = (req.url ?? "").split("?")[0] ?? "";
  if (/\/@|\/node_modules\/|\/src\//.test(path)) return false;
  return /\.html?$/.test(path) || !/\.[a-z0-9]+$/i.test(path);
}

/** Returns a Connect middleware that answers page requests with the problems page while `problems()` lists any. */
export function problemsMiddleware(problems: () => readonly Problem[], base: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const now = problems();
    if (!now.length || !isPageRequest(req)) return next();
    res.statusCode = 500;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.end(req.method === "HEAD" ? undefined : problemsPage(now, base));
  };
}
