/** src/integrations/devProblems.ts: the page `astro dev` shows while the content has problems. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { isPageRequest, problemsMiddleware, problemsPage } from "../../src/integrations/devProblems.ts";
import { formatProblem, problemsReport, type Problem } from "../../src/model/problems.ts";

const problems: Problem[] = [
  { file: "data/x.json", line: 10, field: "values[1].value", message: 'số liệu 65 không có trong trích dẫn "<b>64</b> & hơn".' },
  { file: "content/articles/a.mdx", message: "thiếu tiêu đề." },
];

describe("problemsPage", () => {
  const doc = new JSDOM(problemsPage(problems, "/cot-moc/")).window.document;

  it("lists every problem as `npm run check` prints it, in Vietnamese, as text (markup in a message stays text)", () => {
    expect(doc.documentElement.lang).toBe("vi");
    const lines = [
      doc.querySelector("main > p strong")?.textContent,
      ...[...doc.querySelectorAll("li")].map((li) => li.textContent),
    ];
    expect(lines.join("\n")).toBe(problemsReport(problems));
    expect(doc.querySelectorAll("li b")).toHaveLength(0);
    expect(doc.querySelector("li")?.textContent).toBe(formatProblem(problems[0] as Problem));
  });

  it("loads Vite's client under the base, so that the page reloads once the files are fixed", () => {
    expect(doc.querySelector('script[type="module"]')?.getAttribute("src")).toBe("/cot-moc/@vite/client");
  });
});

describe("isPageRequest", () => {
  const req = (url: string, method = "GET") => ({ url, method }) as IncomingMessage;
  it("is a page for a path without an extension or with .html, and not for files, Vite's modules or a POST", () => {
    for (const url of ["/", "/bieu-do/chi-bo/", "/bai-viet/x/?q=1", "/404.html"]) expect(isPageRequest(req(url)), url).toBe(true);
    for (const url of [
      "/favicon.svg",
      "/@vite/client",
      "/src/styles/global.css",
      "/node_modules/.vite/x.js",
      "/bieu-do/chi-bo.png",
    ])
      expect(isPageRequest(req(url)), url).toBe(false);
    expect(isPageRequest(req("/", "POST"))).toBe(false);
  });
});

describe("problemsMiddleware", () => {
  /** Runs the middleware on a GET of `url`; returns what it answered, or "next" when it passed the request on. */
  function answer(list: Problem[], url: string): { status: number; body: string } | "next" {
    const res = { statusCode: 200, body: "", setHeader: () => undefined, end: (b?: string) => void (res.body = b ?? "") };
    let passed = false;
    problemsMiddleware(() => list, "/")(
      { url, method: "GET" } as IncomingMessage,
      res as unknown as ServerResponse,
      () => (passed = true),
    );
    return passed ? "next" : { status: res.statusCode, body: res.body };
  }

  it("answers pages with the list while there are problems, and lets everything through once there are none", () => {
    const shown = answer(problems, "/bieu-do/chi-bo/");
    expect(shown).not.toBe("next");
    if (shown !== "next") {
      expect(shown.status).toBe(500);
      expect(shown.body).toContain("Có 2 lỗi, cần sửa trước khi xuất bản:");
    }
    expect(answer(problems, "/favicon.svg")).toBe("next");
    expect(answer([], "/bieu-do/chi-bo/")).toBe("next");
  });
});
