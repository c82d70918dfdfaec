/**
 * The embed code as a journalist uses it, in Debian's Chromium: a news page on another origin
 * pastes the published code of two charts (and one of them again inside `sandbox="allow-scripts"`);
 * each iframe fits its content on a phone and on a desktop; messages forged by a third origin, by
 * the host itself, or by a frame navigated away from our site change nothing.
 *
 * Origins: the built site is served on http://127.0.0.1:<p1>, the news page on
 * http://localhost:<p2>, the hostile site on http://127.0.0.1:<p3>. The published code names the
 * origin the site was built for (SITE_URL), so the test rewrites that origin, and only that, to
 * the port it serves the site on (see `retarget`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, ElementHandle, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSite } from "../../src/model/siteStore.ts";
import { launch } from "../helpers/browser.ts";
import { DIST, ROOT } from "../helpers/dist.ts";
import { serve, type Served } from "../../scripts/lib/staticServer.ts";
import { host, htmlPage, retarget, type Host } from "./hosts.ts";

const site = getSite(ROOT);
// Two charts of different kinds: parts of a whole (a split bar, or groups against their total),
// and figures side by side in a fact box.
const WHOLE: readonly string[] = ["stack", "groups", "split"];
const first = site.datasets.find((d) => WHOLE.includes(d.kind)) ?? site.datasets[0];
const second = site.datasets.find((d) => d.kind === "number" && d.id !== first?.id) ?? site.datasets[1];
const ids = [first?.id ?? "", second?.id ?? ""];
const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
/** How far an iframe may end from its content's bottom, in CSS px (sub-pixel layout, rounding). */
const FIT = 3;

function publishedCode(id: string): string {
  const doc = JSON.parse(readFileSync(join(DIST, `bieu-do/${id}/oembed.json`), "utf8")) as { html: string };
  return doc.html;
}

let browser: Browser;
let siteServer: Served;
let news: Host;
let hostile: Host;

beforeAll(async () => {
  const code = publishedCode(ids[0] ?? "");
  // Serve the site under the base path its code names ("/" or "/cot-moc/").
  const script = /<script[^>]*src="([^"]+)"/.exec(code)?.[1] ?? "";
  const base = new URL(script).pathname.replace(/nhung\.js$/, "");
  [browser, siteServer, hostile] = await Promise.all([
    launch(),
    serve(DIST, base),
    host(
      {
        "/": htmlPage(
          "Trang lạ",
          "<p>Trang của bên thứ ba</p><script>window.addEventListener('message',function(){})</script>",
          '<link rel="icon" href="data:,">',
        ),
      },
      "127.0.0.1",
    ),
  ]);
  const [a, b] = ids.map((id) => retarget(publishedCode(id), siteServer.url));
  // The same published code, with the attribute a careful host adds.
  const sandboxed = (a ?? "").replace("<iframe ", '<iframe sandbox="allow-scripts" ');
  const body = [
    "<h1>Báo khác: một bài có biểu đồ nhúng</h1>",
    "<p>Đoạn văn của trang nhúng.</p>",
    `<div id="a">${a}</div>`,
    "<p>Đoạn văn thứ hai.</p>",
    `<div id="b">${b}</div>`,
    `<div id="c">${sandboxed}</div>`,
    `<iframe id="evil" title="Quảng cáo" src="${hostile.url}" style="width:100%;height:60px;border:0"></iframe>`,
    // Test instrumentation, not part of the published code: records every message the page gets.
    "<script>window.seen=[];window.addEventListener('message',function(e){seen.push({origin:e.origin,data:e.data})});</script>",
  ].join("\n");
  news = await host({ "/": htmlPage("Báo khác", body, '<link rel="icon" href="data:,">') }, "localhost");
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([siteServer?.close(), news?.close(), hostile?.close()]);
});

interface Fit {
  /** The iframe's height on the host page. */
  frame: number;
  /** Where the embed page's content ends, measured inside the frame. */
  content: number;
  /** Whether the embed page scrolls inside its frame. */
  scrolls: boolean;
  /** The height the published code writes, used when no script runs. */
  written: number;
}

async function measure(el: ElementHandle<HTMLIFrameElement>): Promise<Fit> {
  const frame = (await el.contentFrame()) as Frame;
  const [outer, written] = await el.evaluate((f) => [f.getBoundingClientRect().height, Number(f.getAttribute("height"))]);
  const inner = await frame.evaluate(() => {
    const main = document.querySelector("main") as HTMLElement;
    const pad = parseFloat(getComputedStyle(document.body).paddingBottom);
    return {
      content: main.getBoundingClientRect().bottom + pad,
      scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
    };
  });
  return { frame: outer, written, ...inner };
}

/** Returns each embed iframe of the news page once it fits its content (or the last measure). */
async function fitted(page: Page): Promise<Fit[]> {
  const out: Fit[] = [];
  for (const sel of ["#a iframe", "#b iframe", "#c iframe"]) {
    const el = (await page.$(sel)) as ElementHandle<HTMLIFrameElement>;
    // Lazy iframes load near the viewport.
    await el.scrollIntoViewIfNeeded();
    await page.waitForFunction((s) => (document.querySelector(s) as HTMLIFrameElement).style.height !== "", sel);
    let fit = await measure(el);
    await expect
      .poll(
        async () => {
          fit = await measure(el);
          return Math.abs(fit.frame - fit.content) <= FIT;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    out.push(fit);
  }
  return out;
}

describe("embedded on another origin", () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const requests: { url: string; frame: Frame }[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: PHONE });
    page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("dialog", (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on("request", (r) => requests.push({ url: r.url(), frame: r.frame() }));
    await page.goto(news.url, { waitUntil: "load" });
  });
  afterAll(async () => context?.close());

  it("fits every iframe to its content on a phone, then on a desktop, without inner scrolling", async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      for (const fit of await fitted(page)) {
        expect(Math.abs(fit.frame - fit.content), `${viewport.width}px: ${JSON.stringify(fit)}`).toBeLessThanOrEqual(FIT);
        expect(fit.scrolls).toBe(false);
        // Without the script the written height shows everything. It is the tallest the page gets
        // at any width (a phone's column, or the narrow drawing at its widest), so a phone has at
        // most 40% to spare and a desktop, whose wide drawing is shorter, up to 2.5 times its content.
        expect(fit.written).toBeGreaterThanOrEqual(Math.ceil(fit.content) - 1);
        expect(fit.written).toBeLessThanOrEqual(fit.content * (viewport === PHONE ? 1.4 : 2.5));
      }
    }
  });

  it("shows the chart in the sandboxed iframe too", async () => {
    const el = (await page.$("#c iframe")) as ElementHandle<HTMLIFrameElement>;
    expect(await el.getAttribute("sandbox")).toBe("allow-scripts");
    const frame = (await el.contentFrame()) as Frame;
    const box = await frame.evaluate(() => {
      // The drawing shown: the other one is display:none, with no box.
      const shown = [...document.querySelectorAll("svg.cm-chart")].filter((s) => s.getClientRects().length > 0);
      const r = shown.length === 1 ? shown[0]?.getBoundingClientRect() : undefined;
      return { width: r?.width ?? 0, height: r?.height ?? 0, origin: window.origin };
    });
    expect(box.origin).toBe("null");
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(50);
  });

  it("loads nothing in the embed pages from any other host", () => {
    const site = new URL(siteServer.url).origin;
    const embeds = page.frames().filter((f) => f.url().startsWith(`${site}/`));
    expect(embeds).toHaveLength(3);
    const fromEmbeds = requests.filter((r) => embeds.includes(r.frame));
    expect(fromEmbeds.length).toBeGreaterThanOrEqual(3);
    expect(fromEmbeds.filter((r) => !r.url.startsWith(`${site}/`))).toEqual([]);
  });

  it("ignores forged, replayed and navigating messages", async () => {
    const heights = () => page.$$eval("#a iframe, #b iframe, #c iframe", (fs) => fs.map((f) => (f as HTMLElement).style.height));
    const before = await heights();
    const url = page.url();
    const [a = "", b = ""] = ids;
    // A genuine message, as a replay: what any script on the host could record and send again.
    const genuine = await page.evaluate(
      (id) => (window as unknown as { seen: { data: { id?: string } }[] }).seen.find((m) => m.data?.id === id)?.data,
      a,
    );
    expect(genuine).toMatchObject({ cotMoc: "height", id: a });
    const forged: unknown[] = [
      { cotMoc: "height", id: a, height: 123 },
      { ...genuine, height: 200 },
      { cotMoc: "height", id: b, height: "javascript:alert(1)" },
      { cotMoc: "height", id: b, height: "300" },
      { cotMoc: "height", id: b, height: 1e9 },
      { cotMoc: "height", id: b, height: Number.NaN },
      { cotMoc: "height", id: b, height: 400, url: "javascript:alert(1)" },
      { cotMoc: "navigate", id: a, url: "javascript:alert(document.domain)" },
      "pym|xPYMx|navigateTo|javascript:alert(document.domain)",
      '{"cotMoc":"height","id":"' + a + '","height":250}',
    ];
    const evil = (await (await page.$("#evil"))?.contentFrame()) as Frame;
    // From a third origin, then from the host page itself; a last marker tells all were handled.
    await evil.evaluate((list) => {
      for (const m of list) parent.postMessage(m, "*");
      parent.postMessage({ marker: "third" }, "*");
    }, forged);
    await page.evaluate((list) => {
      for (const m of list) window.postMessage(m, "*");
      window.postMessage({ marker: "host" }, "*");
    }, forged);
    await page.waitForFunction(() => {
      const seen = (window as unknown as { seen: { data: { marker?: string } }[] }).seen;
      return ["third", "host"].every((k) => seen.some((m) => m.data?.marker === k));
    });
    expect(await heights()).toEqual(before);
    expect(page.url()).toBe(url);
    expect(errors).toEqual([]);
  });

  it("ignores a frame of ours that was navigated to another site", async () => {
    const heights = () => page.$$eval("#a iframe, #b iframe, #c iframe", (fs) => fs.map((f) => (f as HTMLElement).style.height));
    const before = await heights();
    const el = (await page.$("#a iframe")) as ElementHandle<HTMLIFrameElement>;
    const src = await el.getAttribute("src");
    // The parent may navigate its child; the iframe's src attribute still names our page.
    await el.evaluate((f, to) => f.contentWindow?.location.replace(to), hostile.url);
    await expect.poll(async () => (await el.contentFrame())?.url()).toBe(hostile.url);
    expect(await el.getAttribute("src")).toBe(src);
    const frame = (await el.contentFrame()) as Frame;
    await frame.evaluate((id) => {
      parent.postMessage({ cotMoc: "height", id, height: 150 }, "*");
      parent.postMessage({ marker: "navigated" }, "*");
    }, ids[0]);
    await page.waitForFunction(() =>
      (window as unknown as { seen: { data: { marker?: string } }[] }).seen.some((m) => m.data?.marker === "navigated"),
    );
    expect(await heights()).toEqual(before);
  });
});

describe("sandboxed and navigated by a hostile framer", () => {
  it("no longer sets its height: the page it was navigated to does not know the iframe's secret", async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(news.url, { waitUntil: "load" });
      await fitted(page);
      const el = (await page.$("#c iframe")) as ElementHandle<HTMLIFrameElement>;
      const before = await el.evaluate((f) => f.style.height);
      // The iframe's address carries the secret resize.js made for it (the page itself cannot read it).
      expect(await el.getAttribute("src")).toMatch(/#cm=[0-9a-f]{32}$/);
      // A framer of the host page may navigate any frame below it: the sandboxed chart frame goes to its page,
      // which, sandboxed too, speaks with origin "null", like our embed page.
      await el.evaluate((f, to) => f.contentWindow?.location.replace(to), hostile.url);
      await expect.poll(async () => (await el.contentFrame())?.url()).toBe(hostile.url);
      const frame = (await el.contentFrame()) as Frame;
      await frame.evaluate((id) => {
        for (const nonce of [undefined, "", "0".repeat(32), location.hash.slice(4)])
          parent.postMessage({ cotMoc: "height", id, height: 150, nonce }, "*");
        parent.postMessage({ marker: "sandboxed-navigated" }, "*");
      }, ids[0]);
      await page.waitForFunction(() =>
        (window as unknown as { seen: { data: { marker?: string } }[] }).seen.some(
          (m) => m.data?.marker === "sandboxed-navigated",
        ),
      );
      expect(await el.evaluate((f) => f.style.height)).toBe(before);
    } finally {
      await context.close();
    }
  });
});

describe("the embed page on its own", () => {
  it.each([
    ["light", "?theme=dark", "dark", "rgb(21, 24, 28)"],
    ["dark", "?theme=light", "light", "rgb(255, 255, 255)"],
    ["dark", "", null, "rgb(21, 24, 28)"],
    ["light", "?theme=auto", null, "rgb(255, 255, 255)"],
  ] as const)("in a %s scheme with %j follows the theme asked for", async (scheme, query, theme, background) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${siteServer.url}bieu-do/${ids[0]}/nhung/${query}`);
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe(theme);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
    await context.close();
  });

  it("has no console error inside sandbox=allow-scripts, for every chart", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    const frames = site.datasets
      .map((d) => `<iframe sandbox="allow-scripts" title="${d.id}" src="${siteServer.url}bieu-do/${d.id}/nhung/"></iframe>`)
      .join("");
    const sandboxHost = await host({ "/": htmlPage("Hộp cát", frames, '<link rel="icon" href="data:,">') }, "localhost");
    try {
      await page.goto(sandboxHost.url, { waitUntil: "load" });
      for (const el of await page.$$("iframe")) {
        const frame = (await el.contentFrame()) as Frame;
        await frame.waitForLoadState("load");
        // Both drawings, one of them shown.
        expect(await frame.evaluate(() => document.querySelectorAll("svg.cm-chart").length)).toBe(2);
        expect(
          await frame.evaluate(
            () => [...document.querySelectorAll("svg.cm-chart")].filter((s) => s.getClientRects().length).length,
          ),
        ).toBe(1);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await sandboxHost.close();
    }
  });
});

/** Widths the embed page is read at: phones, both sides of the switch of drawings, desktops. */
const WIDTHS = [320, 360, 375, 608, 609, 704, 1280];

describe("without the script, on a machine with or without Noto Sans", () => {
  it.each([PHONE, DESKTOP])("at %o, every chart shows all of its content within the published height", async (viewport) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    // The published code without its script, and without lazy loading so every frame loads now.
    const frames = site.datasets
      .map((d) =>
        publishedCode(d.id)
          .replace(/<script[^>]*><\/script>/, "")
          .replace(' loading="lazy"', ""),
      )
      .map((code) => retarget(code, siteServer.url))
      .join("\n");
    const plain = await host({ "/": htmlPage("Không có script", frames, '<link rel="icon" href="data:,">') }, "localhost");
    try {
      await page.goto(plain.url, { waitUntil: "load" });
      for (const el of await page.$$("iframe")) {
        const frame = (await el.contentFrame()) as Frame;
        const [height, width] = await el.evaluate((f) => [f.clientHeight, f.clientWidth]);
        const inner = await frame.evaluate(async () => {
          await document.fonts.ready;
          const main = document.querySelector("main") as HTMLElement;
          return {
            bottom: main.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).paddingBottom),
            scroll: document.documentElement.scrollHeight,
            // The faces the page declared and used: both weights of its inlined Noto Sans.
            faces: [...document.fonts].map((f) => `${f.family.replace(/"/g, "")} ${f.weight} ${f.status}`).sort(),
          };
        });
        const what = `${await el.getAttribute("data-cot-moc")} at ${width}px`;
        expect(inner.faces, what).toEqual(["Noto Sans 400 loaded", "Noto Sans 700 loaded"]);
        expect(inner.bottom, what).toBeLessThanOrEqual(height);
        expect(inner.scroll, what).toBeLessThanOrEqual(height);
      }
    } finally {
      await context.close();
      await plain.close();
    }
  });

  it("draws its text with the inlined font, not one of the machine's", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${siteServer.url}bieu-do/${ids[0]}/nhung/`);
    await page.evaluate(async () => document.fonts.ready);
    const cdp = await context.newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    // The heading (bold), a sentence, and the shown drawing's text.
    for (const selector of ["h1", ".cm-desc", ".cm-source", ".cm-chart-narrow svg text"]) {
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      expect(fonts.length, selector).toBeGreaterThan(0);
      for (const f of fonts) expect([f.familyName, f.isCustomFont], selector).toEqual(["Noto Sans", true]);
    }
    await context.close();
  });

  it.each(site.datasets.map((d) => d.id))("%s: no text under 12 CSS px at any width from 320 to 1280 px", async (id) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${siteServer.url}bieu-do/${id}/nhung/`);
    const smallest: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const [size, text] = await page.evaluate(() => {
        let min: [number, string] = [Infinity, ""];
        for (const el of document.querySelectorAll("body *")) {
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
          if (!own || el.getClientRects().length === 0 || el.closest("title, desc, script, style")) continue;
          // SVG text is scaled with its drawing: its size on screen is its size times that scale.
          const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
          const px = parseFloat(getComputedStyle(el).fontSize) * scale;
          if (px < min[0]) min = [px, el.textContent?.trim().slice(0, 40) ?? ""];
        }
        return min;
      });
      if (size < 12 - 0.01) smallest.push(`${width}px: ${size.toFixed(1)} px "${text}"`);
    }
    expect(smallest).toEqual([]);
    await context.close();
  });
});
