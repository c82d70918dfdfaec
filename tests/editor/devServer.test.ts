/**
 * `npm run dev` shows an edit to a data file or an article without a restart: `astro dev` on a copy
 * of the mini fixture, a page fetched, a file edited, the page fetched again until it shows the edit
 * (bounded polling: the page changes within a second or two; the bound only stops a hung test), and
 * a page open in Chromium reloads itself; a content mistake shows, on every page and in the
 * terminal, the Vietnamese list `npm run check` prints, with no stack trace, until it is fixed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "../helpers/browser.ts";
import { cleanUp, FIXTURES, isolatedProject, runScript, scriptEnv, siteFrom } from "./sandbox.ts";

const WAIT_MS = 30_000;
const START_MS = 120_000;
const POLL_MS = 250;

let server: ChildProcess | undefined;
let base = "";
let site = "";
let project = "";
let log = "";

/** Returns a port that was free a moment ago on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Returns the page's HTML, or "" while the server cannot answer. */
async function fetchPage(path: string): Promise<string> {
  try {
    // A request made while Vite bundles its dependencies can hang for good: give up and ask again.
    const r = await fetch(new URL(path, base), { signal: AbortSignal.timeout(10_000) });
    return r.ok ? await r.text() : "";
  } catch {
    return "";
  }
}

/** Returns the page once `ok` holds for it, polling for up to `waitMs`; throws with the server log after. */
async function waitFor(path: string, ok: (html: string) => boolean, waitMs = WAIT_MS): Promise<string> {
  const deadline = performance.now() + waitMs;
  while (performance.now() < deadline) {
    const html = await fetchPage(path);
    if (ok(html)) return html;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`${path} never showed what was expected within ${waitMs} ms. Server log:\n${log}`);
}

/** Rewrites a file of the site with one replacement, which must apply exactly once. */
function edit(file: string, from: string, to: string): void {
  const path = join(site, file);
  const text = readFileSync(path, "utf8");
  expect(text.split(from)).toHaveLength(2);
  writeFileSync(path, text.replace(from, to));
}

beforeAll(async () => {
  project = isolatedProject();
  site = siteFrom(join(FIXTURES, "mini"));
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  // Its own process group, so stopping it stops Vite's workers with it.
  server = spawn(
    process.execPath,
    [join(project, "node_modules/astro/bin/astro.mjs"), "dev", "--port", String(port), "--host", "127.0.0.1"],
    {
      cwd: project,
      env: scriptEnv(site, { COTMOC_CACHE_DIR: join(project, ".cache") }),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout?.on("data", (d) => (log += String(d)));
  server.stderr?.on("data", (d) => (log += String(d)));
  // The first request waits for Vite to bundle its dependencies: slow on a busy machine.
  await waitFor("/", (html) => html.includes("<html"), START_MS);
}, START_MS + 30_000);

afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((r) => server?.once("exit", r));
    process.kill(-server.pid, "SIGTERM");
    await exited;
  }
  cleanUp();
});

describe("npm run dev", () => {
  it("shows an edited data label on the chart page", async () => {
    const before = await waitFor("/bieu-do/chi-bo/", (html) => html.includes("Giáp biên"));
    expect(before).not.toContain("Thôn giáp biên giới");
    edit("data/chi-bo.json", '"label": "Giáp biên"', '"label": "Thôn giáp biên giới"');
    const after = await waitFor("/bieu-do/chi-bo/", (html) => html.includes("Thôn giáp biên giới"));
    expect(after).toContain("Thôn giáp biên giới: 64 chi bộ");
  }, 60_000);

  it("serves a chart's PNG and its social card, drawn on request (no build copies them in here)", async () => {
    for (const path of ["/bieu-do/chi-bo.png", "/anh/bieu-do/chi-bo.png", "/anh/cot-moc.png"]) {
      const r = await fetch(new URL(path, base), { signal: AbortSignal.timeout(30_000) });
      expect(r.status, path).toBe(200);
      expect(r.headers.get("content-type"), path).toBe("image/png");
      const bytes = Buffer.from(await r.arrayBuffer());
      expect(bytes.subarray(0, 8).toString("hex"), path).toBe("89504e470d0a1a0a");
      expect(bytes.subarray(-8, -4).toString("latin1"), path).toBe("IEND");
    }
  }, 90_000);

  it("shows an edited paragraph on the article page", async () => {
    const before = await waitFor("/bai-viet/bai-mau/", (html) => html.includes("Các đồn hỗ trợ vật chất"));
    expect(before).not.toContain("Các đồn biên phòng hỗ trợ vật chất");
    edit("content/articles/bai-mau.mdx", "Các đồn hỗ trợ vật chất", "Các đồn biên phòng hỗ trợ vật chất");
    await waitFor("/bai-viet/bai-mau/", (html) => html.includes("Các đồn biên phòng hỗ trợ vật chất"));
  }, 60_000);

  it("reloads a page open in a browser by itself, for a data file and for an article", async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      // The page reloads only once Vite's client has its socket to the server: an edit made before
      // that is never announced to it (on a busy machine, the socket can take a few seconds).
      const hmrConnected = () =>
        page.waitForEvent("console", { predicate: (m) => m.text().includes("[vite] connected."), timeout: WAIT_MS });
      let connected = hmrConnected();
      await page.goto(new URL("/bieu-do/chi-bo/", base).href);
      await connected;
      expect(await page.textContent("body")).not.toContain("Thôn phức tạp");
      edit("data/chi-bo.json", '"label": "Phức tạp"', '"label": "Thôn phức tạp"');
      await page.waitForFunction(() => document.body.textContent?.includes("Thôn phức tạp"), undefined, { timeout: WAIT_MS });

      connected = hmrConnected();
      await page.goto(new URL("/bai-viet/bai-mau/", base).href);
      await connected;
      expect(await page.textContent("body")).not.toContain("Đến nay đã có tất cả 97 đảng viên");
      edit("content/articles/bai-mau.mdx", "Đến nay đã có 97 đảng viên", "Đến nay đã có tất cả 97 đảng viên");
      await page.waitForFunction(() => document.body.textContent?.includes("Đến nay đã có tất cả 97 đảng viên"), undefined, {
        timeout: WAIT_MS,
      });
    } finally {
      await browser.close();
    }
  }, 90_000);

  it("shows a content mistake as npm run check's Vietnamese list, on the page and in the terminal, without a stack trace", async () => {
    edit("data/chi-bo.json", '"value": 64,', '"value": 65,');
    const check = runScript("check", site, [], project);
    expect(check.status).toBe(1);
    const listed = check.stderr.trim().split("\n");
    expect(listed[0]).toMatch(/^Có \d+ lỗi, cần sửa trước khi xuất bản:$/);
    expect(listed.length).toBeGreaterThan(1);
    const logged = log.length;

    const browser = await launch();
    try {
      const page = await browser.newPage();
      const connected = page.waitForEvent("console", {
        predicate: (m) => m.text().includes("[vite] connected."),
        timeout: WAIT_MS,
      });
      // The page may render once more before the watcher has read the edit: load it until the list shows.
      let text = "";
      for (const deadline = performance.now() + WAIT_MS; performance.now() < deadline;) {
        const r = await page.goto(new URL("/bieu-do/chi-bo/", base).href);
        text = await page.locator("body").innerText();
        if (r?.status() === 500 && text.includes(listed[0] ?? "\0")) break;
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      await connected;
      // Every line `npm run check` prints, in its order, and nothing of Astro's overlay or a stack.
      const lines = text.split("\n").map((l) => l.trim());
      const at = listed.map((l) => lines.indexOf(l));
      expect(
        at.every((i) => i >= 0),
        `${text}\n---\n${check.stderr}`,
      ).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      expect(await page.locator("vite-error-overlay").count()).toBe(0);
      expect(text).not.toMatch(/Stack|stack trace|An error occurred|\bat \w+ \(/i);
      // Read through a locator, which waits out a reload the watcher may still trigger (page.evaluate
      // failed once in CI: "Execution context was destroyed").
      expect(await page.locator("html").getAttribute("lang")).toBe("vi");
      // The terminal has the same list, and no stack trace either.
      const terminal = log.slice(logged);
      for (const l of listed) expect(terminal).toContain(l);
      expect(terminal).not.toMatch(/Stack trace|\bat \w+ \(/);

      // Fixed: the open page reloads by itself and shows the chart again.
      edit("data/chi-bo.json", '"value": 65,', '"value": 64,');
      await page.waitForFunction(
        () => !document.title.includes("Nội dung có lỗi") && document.querySelector("svg.cm-chart") !== null,
        undefined,
        {
          timeout: WAIT_MS,
        },
      );
      expect(await page.locator("body").innerText()).toContain("64 chi bộ");
    } finally {
      await browser.close();
    }
  }, 120_000);

  it("is still the same server: no restart happened", () => {
    expect(server?.exitCode).toBe(null);
    expect(log.match(/ready in/g)).toHaveLength(1);
    // The lockfile pins Astro: no notice telling a newcomer to upgrade it (astro.config.mjs turns the check off).
    expect(log).not.toMatch(/New version of Astro/);
  });
});
