/**
 * One load of one page in Chromium, throttled as Lighthouse's mobile slow 4G with DevTools'
 * throttling (150 ms RTT and 1.6 Mbit/s down, 750 kbit/s up, as DevTools applies them: 562.5 ms
 * per request, 1,474.56 and 675 kbit/s) and 4× CPU, in a fresh browser context (empty cache).
 *
 * What is measured, from the page: FCP (the paint entry); the time each chart is painted (a probe
 * added before any page script: each animation frame it looks for chart SVGs that are laid out,
 * with a size, and records `performance.now()` in the frame that paints them, never before FCP);
 * long tasks (PerformanceObserver 'longtask'). From the DevTools protocol: bytes on the wire and
 * those of scripts (each response's encoded length, headers included).
 */
import type { Browser, CDPSession } from "playwright-core";

/** Lighthouse's mobileSlow4G as its DevTools throttling applies it (constants.js, throttling.devtools). */
export const NETWORK = {
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8,
  uploadThroughput: (750 * 0.9 * 1024) / 8,
} as const;
export const CPU_SLOWDOWN = 4;
/** Lighthouse's mobile screen (a Moto G Power), in CSS px. */
export const VIEWPORT = { width: 412, height: 823 } as const;

/** The chart SVGs: ours in their figure, a peer's in its container (outermost SVGs only). */
export const CHART_SELECTOR = "figure[data-chart] svg, [data-peer-chart] svg";

/** One load's figures; times in ms from navigation start. */
export interface Load {
  bytes: number;
  jsBytes: number;
  requests: number;
  fcp: number;
  /** The first chart painted. */
  chart: number;
  /** Every chart of the page painted. */
  allCharts: number;
  /** Total blocking time after FCP, Lighthouse's way (each long task's part after FCP, less 50 ms). */
  tbt: number;
  /** Long tasks' time before FCP. */
  longBeforeFcp: number;
}

interface ProbeState {
  charts: number[];
  longtasks: Array<[number, number]>;
  fcp: number | null;
  loaded: boolean;
}

/** The probe, run in the page before its own scripts (a string: it runs in the browser). */
function probe(config: { selector: string; expected: number }): void {
  const s: ProbeState = { charts: [], longtasks: [], fcp: null, loaded: false };
  (window as unknown as { __readerBench: ProbeState }).__readerBench = s;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) s.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") s.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  addEventListener("load", () => (s.loaded = true));
  const seen = new WeakSet<Element>();
  const frame = (): void => {
    for (const svg of document.querySelectorAll(config.selector)) {
      if (seen.has(svg) || svg.parentElement?.closest("svg")) continue;
      const box = svg.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) {
        seen.add(svg);
        s.charts.push(performance.now());
      }
    }
    if (s.charts.length < config.expected) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Returns TBT after `fcp` and long-task time before it, from [start, duration] pairs. */
export function blockingTimes(longtasks: ReadonlyArray<readonly [number, number]>, fcp: number): { tbt: number; before: number } {
  let tbt = 0;
  let before = 0;
  for (const [start, duration] of longtasks) {
    const end = start + duration;
    before += Math.max(0, Math.min(end, fcp) - start);
    if (end > fcp) tbt += Math.max(0, end - Math.max(start, fcp) - 50);
  }
  return { tbt, before };
}

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, ...NETWORK });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads `url` once and returns its figures once every one of `expected` charts is painted, the
 * load event has fired, no request is pending and no long task ended for `quietMs` (at most
 * `timeoutMs`). Throws when a chart never appears: a broken peer must not pass for a slow one.
 */
export async function loadOnce(
  browser: Browser,
  url: string,
  expected: number,
  quietMs = 1500,
  timeoutMs = 90_000,
): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    // Nothing but the loopback site: a request to another host would fail slowly, so it fails at once.
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    await context.addInitScript(probe, { selector: CHART_SELECTOR, expected });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    const scripts = new Set<string>();
    const pending = new Set<string>();
    let bytes = 0;
    let jsBytes = 0;
    let requests = 0;
    cdp.on("Network.requestWillBeSent", (e) => pending.add(e.requestId));
    cdp.on("Network.responseReceived", (e) => {
      if (e.type === "Script") scripts.add(e.requestId);
    });
    cdp.on("Network.loadingFailed", (e) => pending.delete(e.requestId));
    cdp.on("Network.loadingFinished", (e) => {
      pending.delete(e.requestId);
      requests++;
      bytes += e.encodedDataLength;
      if (scripts.has(e.requestId)) jsBytes += e.encodedDataLength;
    });
    const started = Date.now();
    await page.goto(url, { waitUntil: "load", timeout: timeoutMs });
    let state: ProbeState;
    let lastChange = Date.now();
    let lastTasks = -1;
    for (;;) {
      state = await page.evaluate(() => (window as unknown as { __readerBench: ProbeState }).__readerBench);
      if (state.longtasks.length !== lastTasks || pending.size) {
        lastTasks = state.longtasks.length;
        lastChange = Date.now();
      }
      const done = state.loaded && state.fcp !== null && state.charts.length >= expected;
      if (done && Date.now() - lastChange >= quietMs) break;
      if (Date.now() - started > timeoutMs) {
        throw new Error(`bench:reader: ${url}: ${state.charts.length}/${expected} biểu đồ, FCP ${state.fcp} sau ${timeoutMs} ms`);
      }
      await sleep(250);
    }
    const fcp = state.fcp ?? NaN;
    const charts = state.charts.map((t) => Math.max(t, fcp));
    const { tbt, before } = blockingTimes(state.longtasks, fcp);
    return {
      bytes,
      jsBytes,
      requests,
      fcp,
      chart: charts[0] ?? NaN,
      allCharts: Math.max(...charts),
      tbt,
      longBeforeFcp: before,
    };
  } finally {
    await context.close();
  }
}
