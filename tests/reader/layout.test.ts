/**
 * Reading comfort, measured in Debian's Chromium on the built site: no sideways scrolling at
 * 360 px, chart text a phone can read, line length and line height for long Vietnamese text at
 * 1280 px, the web font that carries Vietnamese, the colour scheme switch without JavaScript,
 * print, and the skip link.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { THEME_SCRIPT } from "../../src/lib/themeScript.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { siteInBrowser } from "../helpers/browser.ts";
import { DIST, htmlPages, page, ROOT } from "../helpers/dist.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const site = getSite(ROOT);
const files = htmlPages();
const paths = files.map((f) => f.replace(/index\.html$/, ""));
/** Pages of the site layout (not the embed pages, which are a chart for other sites' columns). */
const reading = files.filter((f) => page(f).querySelector(".site-header")).map((f) => f.replace(/index\.html$/, ""));
const article = `bai-viet/${site.articles[0]?.slug}/`;
const chart = `bieu-do/${site.datasets.find((d) => d.kind !== "table")?.id}/`;

/** Smallest legible chart text on a phone, in CSS px. */
const MIN_CHART_TEXT_PX = 11;
/** Longest line of running text, in characters ("0" widths), and the least line height. */
const MAX_MEASURE_CH = 75;
const MIN_LINE_HEIGHT = 1.6;

const web = siteInBrowser(DIST);

/** Runs `check` on each path in a fresh page of `context` and returns its complaints, prefixed with the path. */
async function onEach(context: BrowserContext, list: string[], check: (p: Page) => Promise<string[]>): Promise<string[]> {
  const out: string[] = [];
  for (const path of list) {
    const p = await context.newPage();
    await p.goto(web.server.url + path, { waitUntil: "load" });
    await p.evaluate(() => document.fonts.ready.then(() => undefined));
    out.push(...(await check(p)).map((m) => `${path || "/"}: ${m}`));
    await p.close();
  }
  return out;
}

/** Returns the computed colours that make a scheme: page, text, links, a chart bar. */
const schemeColours = (p: Page) =>
  p.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const body = getComputedStyle(document.body);
    return {
      bg: body.backgroundColor,
      fg: body.color,
      accent: root.getPropertyValue("--cm-accent").trim(),
      muted: root.getPropertyValue("--cm-muted").trim(),
      chart: root.getPropertyValue("--cm-chart-1").trim(),
      series: root.getPropertyValue("--cm-chart-s2").trim(),
    };
  });

describe("at 360 px", () => {
  it("no page scrolls sideways", async () => {
    const context = await web.browser.newContext({ viewport: { width: 360, height: 800 } });
    const failures = await onEach(context, paths, async (p) => {
      const { scroll, inner, wide } = await p.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
        wide: [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest(".cm-table-wrap, pre"))
          .slice(0, 3)
          .map((e) => `${e.localName}.${e.getAttribute("class") ?? ""}`),
      }));
      return scroll > inner ? [`${scroll} px wide for a ${inner} px screen (${wide.join(", ")})`] : [];
    });
    await context.close();
    expect(failures).toEqual([]);
  }, 300_000);

  it(`chart text is at least ${MIN_CHART_TEXT_PX} px on every page of the site`, async () => {
    const context = await web.browser.newContext({ viewport: { width: 360, height: 800 } });
    let measured = 0;
    const failures = await onEach(context, reading, async (p) => {
      const sizes = await p.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>("svg.cm-chart")]
          .filter((svg) => svg.getClientRects().length > 0)
          .map((svg) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const texts = [...svg.querySelectorAll("text, tspan")].filter((t) => t.textContent?.trim());
            return Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
          }),
      );
      measured += sizes.length;
      return sizes.filter((s) => s < MIN_CHART_TEXT_PX).map((s) => `chart text ${s.toFixed(1)} px`);
    });
    await context.close();
    expect(failures).toEqual([]);
    expect(measured).toBeGreaterThanOrEqual(site.datasets.filter((d) => d.kind !== "table").length);
  }, 300_000);

  it("shows one drawing of each chart, the narrow one, and exposes only it", async () => {
    const context = await web.browser.newContext({ viewport: { width: 360, height: 800 } });
    const failures = await onEach(context, [article], async (p) =>
      p.evaluate(() =>
        [...document.querySelectorAll("figure[data-chart]")].flatMap((f) => {
          const shown = [...f.querySelectorAll("svg.cm-chart")].filter((s) => s.getClientRects().length > 0);
          if (!f.querySelector("svg.cm-chart")) return [];
          return shown.length === 1 && shown[0]?.closest(".cm-chart-narrow")
            ? []
            : [`${f.getAttribute("data-chart")}: ${shown.length} shown`];
        }),
      ),
    );
    await context.close();
    expect(failures).toEqual([]);
  }, 60_000);
});

describe("at 1280 px", () => {
  it(`running text is at most ${MAX_MEASURE_CH} characters wide, with line height at least ${MIN_LINE_HEIGHT}`, async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 900 } });
    let measured = 0;
    const failures = await onEach(context, reading, async (p) => {
      const paras = await p.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("main p")]
          .filter((el) => el.getClientRects().length > 0 && (el.textContent ?? "").trim().length > 0)
          .map((el) => {
            const probe = document.createElement("span");
            probe.style.cssText = "display:inline-block;width:1ch;padding:0;border:0";
            el.append(probe);
            const ch = probe.getBoundingClientRect().width;
            probe.remove();
            const style = getComputedStyle(el);
            return {
              text: (el.textContent ?? "").trim().slice(0, 40),
              chars: el.getBoundingClientRect().width / ch,
              lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
            };
          }),
      );
      measured += paras.length;
      return paras.flatMap((x) => [
        ...(x.chars > MAX_MEASURE_CH ? [`${x.chars.toFixed(0)}ch: “${x.text}”`] : []),
        ...(x.lineHeight < MIN_LINE_HEIGHT ? [`line height ${x.lineHeight.toFixed(2)}: “${x.text}”`] : []),
      ]);
    });
    await context.close();
    expect(failures).toEqual([]);
    expect(measured).toBeGreaterThan(reading.length);
  }, 300_000);

  it("sets text in Noto Sans, with its Vietnamese face fetched from the site itself", async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    const fonts: string[] = [];
    p.on("response", (r) => r.url().endsWith(".woff2") && r.status() === 200 && fonts.push(r.url()));
    await p.goto(web.server.url + article, { waitUntil: "load" });
    const faces = await p.evaluate(async () => {
      await document.fonts.ready;
      return {
        family: getComputedStyle(document.querySelector("main p") as Element).fontFamily,
        vietnamese: [...document.fonts].filter((f) => f.status === "loaded" && /1EA0/i.test(f.unicodeRange)).map((f) => f.family),
        renders: document.fonts.check('1rem "Noto Sans"', "Đảng ủy Bộ đội Biên phòng tỉnh Lạng Sơn"),
      };
    });
    await context.close();
    expect(faces.family).toMatch(/^"?Noto Sans"?,/);
    expect(faces.vietnamese.some((f) => f.includes("Noto Sans"))).toBe(true);
    expect(faces.renders).toBe(true);
    expect(fonts.some((u) => u.startsWith(web.server.url) && /\/phong-chu\/noto-sans-400\.\w+\.woff2$/.test(u))).toBe(true);
  }, 60_000);
});

describe("the reading column", () => {
  /** Returns the left and right edges of the text column (paragraphs and list items outside figures and tables) and of each figure. */
  const columns = (p: Page) =>
    p.evaluate(() => {
      const text = [...document.querySelectorAll("main :is(p, li)")]
        .filter((e) => e.getClientRects().length > 0 && !e.closest("figure, table, .cm-code"))
        .map((e) => e.getBoundingClientRect());
      return {
        left: Math.min(...text.map((r) => r.left)),
        right: Math.max(...text.map((r) => r.right)),
        viewport: document.documentElement.clientWidth,
        figures: [...document.querySelectorAll("main figure.cm-figure")].map((f) => {
          const r = f.getBoundingClientRect();
          return { id: f.getAttribute("data-chart"), left: r.left, right: r.right };
        }),
        wideShown: [...document.querySelectorAll("figure[data-chart]")].filter((f) =>
          [...f.querySelectorAll("svg.cm-chart")].some((s) => s.getClientRects().length > 0 && s.closest(".cm-chart-wide")),
        ).length,
      };
    });

  it("at 1280 px is centred: equal margins on an article, a chart page and the data page", async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const failures = await onEach(context, [article, chart, "du-lieu/"], async (p) => {
      const c = await columns(p);
      const [left, right] = [c.left, c.viewport - c.right];
      return Math.abs(left - right) <= 2 ? [] : [`margins ${left.toFixed(0)} px left, ${right.toFixed(0)} px right`];
    });
    await context.close();
    expect(failures).toEqual([]);
  }, 60_000);

  it("lets an article's figures out wider than the text at 1280 px (on its axis, wide drawing), not at 360 px", async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const failures = await onEach(context, [article], async (p) => {
      const c = await columns(p);
      const axis = (c.left + c.right) / 2;
      return [
        ...(c.figures.length > 0 ? [] : ["no figure"]),
        ...(c.wideShown === c.figures.length ? [] : [`${c.wideShown} of ${c.figures.length} figures in their wide drawing`]),
        ...c.figures.flatMap((f) => [
          ...(f.right - f.left > c.right - c.left + 40 ? [] : [`${f.id}: ${f.right - f.left} px, text ${c.right - c.left} px`]),
          ...(Math.abs((f.left + f.right) / 2 - axis) <= 2 ? [] : [`${f.id}: off the text's axis`]),
          ...(f.left >= 0 && f.right <= c.viewport ? [] : [`${f.id}: outside the screen`]),
        ]),
      ];
    });
    // On a phone they stay in the column, within the screen.
    const phone = await web.browser.newContext({ viewport: { width: 360, height: 800 } });
    failures.push(
      ...(await onEach(phone, [article], async (p) => {
        const c = await columns(p);
        return c.figures.flatMap((f) =>
          f.left >= 0 && f.right <= c.viewport && f.left >= c.left - 0.5 && f.right <= c.right + 0.5
            ? []
            : [
                `360 px: ${f.id}: ${f.left.toFixed(0)}–${f.right.toFixed(0)} px, text ${c.left.toFixed(0)}–${c.right.toFixed(0)} px`,
              ],
        );
      })),
    );
    await Promise.all([context.close(), phone.close()]);
    expect(failures).toEqual([]);
  }, 60_000);

  it("the data page at 360 px: no cell narrower than 18 characters, nothing to scroll sideways", async () => {
    const context = await web.browser.newContext({ viewport: { width: 360, height: 800 } });
    const failures = await onEach(context, ["du-lieu/"], (p) =>
      p.evaluate(() => {
        const cells = [...document.querySelectorAll<HTMLElement>("main :is(th, td, caption)")].filter(
          (e) => e.getClientRects().length > 0 && (e.textContent ?? "").trim().length > 0,
        );
        const narrow = cells.flatMap((e) => {
          const probe = document.createElement("span");
          probe.style.cssText = "display:inline-block;width:1ch;padding:0;border:0";
          e.append(probe);
          const chars = e.getBoundingClientRect().width / probe.getBoundingClientRect().width;
          probe.remove();
          return chars < 18 ? [`“${(e.textContent ?? "").trim().slice(0, 20)}”: ${chars.toFixed(0)}ch`] : [];
        });
        const scrolls = [document.documentElement, ...document.querySelectorAll(".cm-table-wrap")].filter(
          (e) => e.scrollWidth > e.clientWidth,
        );
        return [
          ...(cells.length > 0 ? [] : ["no dataset shown"]),
          ...narrow.slice(0, 5),
          ...scrolls.map((e) => `${e.localName}.${e.getAttribute("class") ?? ""} scrolls sideways`),
        ];
      }),
    );
    await context.close();
    expect(failures).toEqual([]);
  }, 60_000);
});

describe("the colour scheme switch (radio buttons and CSS, no script)", () => {
  const contextFor = (scheme: "light" | "dark") =>
    web.browser.newContext({ colorScheme: scheme, javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

  it.each([
    ["light", "dark"],
    ["dark", "light"],
  ] as const)(
    "on a %s system, choosing %s gives that scheme's own colours",
    async (system, chosen) => {
      const [switched, reference] = await Promise.all([contextFor(system), contextFor(chosen)]);
      const p = await switched.newPage();
      await p.goto(web.server.url + chart, { waitUntil: "load" });
      const before = await schemeColours(p);
      await p.click(`label[for="cm-theme-${chosen}"]`);
      expect(await p.isChecked(`#cm-theme-${chosen}`)).toBe(true);
      const after = await schemeColours(p);
      const r = await reference.newPage();
      await r.goto(web.server.url + chart, { waitUntil: "load" });
      const expected = await schemeColours(r);
      await Promise.all([switched.close(), reference.close()]);
      expect(after).toEqual(expected);
      expect(after.bg).not.toBe(before.bg);
    },
    60_000,
  );

  it.each(["light", "dark"] as const)(
    "on a %s system, the switched page has zero axe violations",
    async (system) => {
      const chosen = system === "light" ? "dark" : "light";
      const context = await web.browser.newContext({ colorScheme: system, viewport: { width: 1280, height: 900 } });
      const failures = await onEach(context, [article, chart, ""], async (p) => {
        await p.click(`label[for="cm-theme-${chosen}"]`);
        // Evaluated by the test driver: the page's Content-Security-Policy rightly refuses an injected <script>.
        await p.evaluate(AXE);
        return p.evaluate(async () => {
          // @ts-expect-error axe is injected above
          const r = await window.axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map(
            (v: { id: string; nodes: { target: string[] }[] }) => `${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          );
        });
      });
      await context.close();
      expect(failures).toEqual([]);
    },
    120_000,
  );

  it("an article reads in full, charts included, with JavaScript off", async () => {
    const context = await contextFor("light");
    const p = await context.newPage();
    await p.goto(web.server.url + article, { waitUntil: "load" });
    const text = await p.locator("article").innerText();
    const charts = await p.locator("figure[data-chart] svg.cm-chart:visible").count();
    await context.close();
    expect(text.length).toBeGreaterThan(2000);
    expect(charts).toBe(
      site.articles[0]?.scan.charts.filter((c) => site.datasets.find((d) => d.id === c.id)?.kind !== "table").length,
    );
  }, 60_000);
});

describe("print", () => {
  it("keeps text, charts (the wide drawing), tables and sources, and drops navigation and the switch", async () => {
    const context = await web.browser.newContext({ viewport: { width: 360, height: 800 } });
    const failures = await onEach(context, [article, chart], async (p) => {
      await p.emulateMedia({ media: "print", colorScheme: "dark" });
      return p.evaluate(() => {
        // What is marked .no-print (links to other pages) is meant to go.
        const kept = (sel: string) => [...document.querySelectorAll(sel)].filter((e) => !e.closest(".no-print"));
        // checkVisibility: a closed <details> keeps boxes for its content but does not paint it.
        const shown = (sel: string) => kept(sel).filter((e) => e.getClientRects().length > 0 && e.checkVisibility()).length;
        const all = (sel: string) => kept(sel).length;
        const problems: string[] = [];
        for (const sel of [".site-header", ".site-nav", ".theme-switch", ".skip-link", ".cm-chart-narrow svg", ".no-print"]) {
          if ([...document.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0)) problems.push(`${sel} printed`);
        }
        for (const sel of ["main h1", "main p", ".cm-chart-wide svg", "figure[data-chart] table", ".cm-note"]) {
          if (all(sel) > 0 && shown(sel) < all(sel)) problems.push(`${sel}: ${shown(sel)} of ${all(sel)} printed`);
        }
        if (document.querySelector(".sources") && shown(".sources li") !== all(".sources li"))
          problems.push("sources not printed");
        if (getComputedStyle(document.body).backgroundColor !== "rgb(255, 255, 255)") problems.push("background not white");
        return problems;
      });
    });
    await context.close();
    expect(failures).toEqual([]);
  }, 60_000);
});

describe("keyboard", () => {
  it("the first Tab shows a skip link to the main content, with a visible focus ring", async () => {
    const context = await web.browser.newContext({ viewport: { width: 360, height: 800 } });
    const failures = await onEach(context, [article, ""], async (p) => {
      await p.keyboard.press("Tab");
      const focus = await p.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return {
          href: el.getAttribute("href"),
          visible: box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0,
          outline: parseFloat(style.outlineWidth),
          target: Boolean(document.getElementById((el.getAttribute("href") ?? "#").slice(1))?.matches("main")),
        };
      });
      return [
        ...(focus.href === "#noi-dung" && focus.target ? [] : [`first Tab lands on ${focus.href}`]),
        ...(focus.visible ? [] : ["skip link off screen when focused"]),
        ...(focus.outline >= 2 ? [] : [`focus outline ${focus.outline} px`]),
      ];
    });
    await context.close();
    expect(failures).toEqual([]);
  }, 60_000);

  it("the switch is reachable and usable from the keyboard", async () => {
    const context = await web.browser.newContext({
      colorScheme: "light",
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const p = await context.newPage();
    await p.goto(web.server.url + article, { waitUntil: "load" });
    await p.focus("#cm-theme-auto");
    await p.keyboard.press("ArrowRight");
    await p.keyboard.press("ArrowRight");
    const checked = await p.isChecked("#cm-theme-dark");
    const bg = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await context.close();
    expect(checked).toBe(true);
    expect(bg).toBe("rgb(21, 24, 28)");
  }, 60_000);
});

describe("the colour scheme switch, with its small script", () => {
  it("is the page's only script, under 700 bytes, listed by the Content-Security-Policy", () => {
    const doc = page(article.replace(/\/?$/, "/index.html"));
    const scripts = [...doc.querySelectorAll("script")].filter((s) => s.getAttribute("type") !== "application/ld+json");
    expect(scripts.map((s) => s.getAttribute("src") ?? "inline")).toEqual(["inline"]);
    expect(Buffer.byteLength(scripts[0]?.textContent ?? "")).toBeLessThan(700);
    expect(scripts[0]?.textContent).toBe(THEME_SCRIPT);
  });

  it("remembers the choice across pages and visits, and forgets it for “Theo máy”", async () => {
    const context = await web.browser.newContext({ colorScheme: "light", viewport: { width: 360, height: 760 } });
    const p = await context.newPage();
    const state = () =>
      p.evaluate(() => ({
        theme: document.documentElement.getAttribute("data-theme"),
        checked: (document.querySelector('input[name="cm-theme"]:checked') as HTMLInputElement | null)?.value,
        bg: getComputedStyle(document.body).backgroundColor,
      }));
    await p.goto(web.server.url + article, { waitUntil: "load" });
    await p.click('label[for="cm-theme-dark"]');
    await p.goto(web.server.url + chart, { waitUntil: "load" });
    const otherPage = await state();
    await p.reload({ waitUntil: "load" });
    const nextVisit = await state();
    await p.click('label[for="cm-theme-auto"]');
    const forgotten = await state();
    await p.goto(web.server.url, { waitUntil: "load" });
    const afterAuto = await state();
    await context.close();
    const dark = { theme: "dark", checked: "dark", bg: "rgb(21, 24, 28)" };
    expect(otherPage).toEqual(dark);
    expect(nextVisit).toEqual(dark);
    expect(forgotten).toEqual({ theme: null, checked: "auto", bg: "rgb(255, 255, 255)" });
    expect(afterAuto).toEqual({ theme: null, checked: "auto", bg: "rgb(255, 255, 255)" });
  }, 60_000);

  it("at 360 px shares the brand's row, each choice a target of at least 44 × 44 px", async () => {
    const context = await web.browser.newContext({ viewport: { width: 360, height: 760 } });
    const p = await context.newPage();
    await p.goto(web.server.url + article, { waitUntil: "load" });
    const boxes = await p.evaluate(() => {
      const box = (el: Element | null) => el?.getBoundingClientRect() ?? new DOMRect();
      const brand = box(document.querySelector(".brand"));
      const targets = [...document.querySelectorAll(".theme-choice label")].map((l) => box(l));
      return {
        brand: { top: brand.top, bottom: brand.bottom },
        targets: targets.map((t) => ({ w: t.width, h: t.height, top: t.top, bottom: t.bottom })),
      };
    });
    await context.close();
    expect(boxes.targets).toHaveLength(3);
    for (const t of boxes.targets) {
      expect(t.w).toBeGreaterThanOrEqual(44);
      expect(t.h).toBeGreaterThanOrEqual(44);
      // Same row as the brand: their boxes overlap vertically.
      expect(t.top).toBeLessThan(boxes.brand.bottom);
      expect(t.bottom).toBeGreaterThan(boxes.brand.top);
    }
  }, 60_000);
});
