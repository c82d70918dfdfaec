/**
 * `npm run bench:search -- --site A --site B`: how soon a reader gets search results on built sites, side
 * by side, in alternating rounds: the search page opened with a query (`tim-kiem/?q=`) in a fresh
 * browser context, until its status line says what it found, then a second query typed on the same
 * page. The server holds every answer back `--rtt` ms (default 150, a 4G round trip; Pagefind fetches
 * its index from a worker, which DevTools' throttling of the page does not reach) over HTTP/1.1 (six
 * connections per host), and Chromium's CPU runs 4× slower unless `--fast` (no delay, full speed).
 * Prints medians, requests and bytes per site and the ratios of each site to the first. A script,
 * not a test: nothing here is asserted.
 *
 *   npm run bench:search -- --site DIR [--site DIR …] [--rounds 5] [--rtt MS] [--fast] [--query Q …]
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { launch } from "../lib/browser.ts";
import { serve, type Served } from "../lib/staticServer.ts";
import { CPU_SLOWDOWN, VIEWPORT } from "./reader/measure.ts";
import { median } from "./stats.ts";

const { values: args } = parseArgs({
  options: {
    site: { type: "string", multiple: true, default: [] },
    rounds: { type: "string", default: "5" },
    fast: { type: "boolean", default: false },
    rtt: { type: "string", default: "150" },
    query: { type: "string", multiple: true, default: ["bien phong", "cot moc", "ho gia dinh"] },
  },
});
const sites = args.site.map((s) => resolve(s));
const rounds = Number(args.rounds);
if (!sites.length || !Number.isInteger(rounds) || rounds < 1)
  throw new Error("Cần ít nhất một --site THƯ_MỤC (một trang đã dựng) và --rounds là số nguyên dương.");
const [first, second] = args.query;
if (!first || !second) throw new Error("Cần ít nhất hai --query: câu đầu mở trang, câu sau gõ trên trang đã mở.");

/** The search page's status line once it has answered. */
const ANSWERED = /^(Tìm thấy|Không tìm thấy)/;

interface Sample {
  /** ms from navigation start to the first query's answer (engine and index loaded on the way). */
  opened: number;
  /** ms from typing the second query (Enter) to its answer. */
  typed: number;
  requests: number;
  bytes: number;
  results: number;
}

/** One round on one site: a fresh context (empty cache), the page opened with `first`, then `second` typed. */
async function once(browser: Awaited<ReturnType<typeof launch>>, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (!args.fast) await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    // Requests of the page and of its workers, as Playwright reports them.
    const sizes: Promise<number>[] = [];
    page.on("requestfinished", (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
    const status = page.locator("[data-search-status]");
    await page.goto(`${url}tim-kiem/?q=${encodeURIComponent(first!)}`);
    await page.waitForFunction(
      (re) => new RegExp(re).test(document.querySelector("[data-search-status]")?.textContent ?? ""),
      ANSWERED.source,
      {
        timeout: 120_000,
      },
    );
    const opened = await page.evaluate(() => performance.now());
    const before = (await status.textContent()) ?? "";
    const input = page.locator("input[name=q]");
    await input.fill(second!);
    const start = await page.evaluate(() => performance.now());
    await input.press("Enter");
    await page.waitForFunction(
      ([re, old]) => {
        const text = document.querySelector("[data-search-status]")?.textContent ?? "";
        return text !== old && new RegExp(re).test(text);
      },
      [ANSWERED.source, before] as const,
      { timeout: 120_000 },
    );
    const typed = (await page.evaluate(() => performance.now())) - start;
    const results = await page.locator("[data-search-results] > li").count();
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { opened, typed, requests: sizes.length, bytes, results };
  } finally {
    await context.close();
  }
}

const served: Served[] = [];
const browser = await launch();
try {
  const rtt = args.fast ? 0 : Number(args.rtt);
  for (const dir of sites) served.push(await serve(dir, "/", rtt));
  const samples: Sample[][] = sites.map(() => []);
  // Alternating rounds: a slower spell of the machine falls on every site alike.
  for (let r = 0; r < rounds; r++) for (const [i, s] of served.entries()) samples[i]!.push(await once(browser, s.url));
  console.log(
    `${rounds} rounds, queries “${first}” (page opened) and “${second}” (typed), ${args.fast ? "no delay, full CPU" : `${rtt} ms per request, 4× slower CPU`}`,
  );
  const base = samples[0]!;
  for (const [i, dir] of sites.entries()) {
    const s = samples[i]!;
    const m = (f: (x: Sample) => number) => median(s.map(f));
    const ratio = (f: (x: Sample) => number) => (i === 0 ? "" : ` (× ${(m(f) / median(base.map(f))).toFixed(2)})`);
    console.log(
      `${dir}\n  opened to results ${m((x) => x.opened).toFixed(0)} ms${ratio((x) => x.opened)}, typed to results ${m((x) => x.typed).toFixed(0)} ms${ratio((x) => x.typed)}, ` +
        `${m((x) => x.requests)} requests, ${(m((x) => x.bytes) / 1024).toFixed(0)} KB${ratio((x) => x.bytes)}, ${m((x) => x.results)} results listed`,
    );
  }
} finally {
  await browser.close();
  for (const s of served) await s.close();
}
