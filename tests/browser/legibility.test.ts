/**
 * Every chart as readers get it, in Debian's Chromium with the site's own web font: each displayed
 * chart drawing on every article, chart page and embed page (pinned versions too), at 320, 360 and
 * 1280 px, light and dark, is held to the rules of tests/helpers/legibility.ts, and its text must be
 * drawn in the Noto Sans the site serves (the machine has no Noto Sans of its own).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { siteInBrowser } from "../helpers/browser.ts";
import { DIST, htmlPages } from "../helpers/dist.ts";
import { formatProblems, legibilityProblems, measureCharts, pageName, type Kind, type Seen } from "../helpers/legibility.ts";

const WIDTHS = [320, 360, 1280] as const;
const SCHEMES = ["light", "dark"] as const;
const FONT = "Noto Sans";

/** Returns the chart drawings of a built page ("bieu-do/x/index.html"), as markup. */
const drawingsOf = (file: string) => readFileSync(join(DIST, file), "utf8").match(/<svg[^>]*class="cm-chart".*?<\/svg>/gs) ?? [];

/**
 * Pages that carry a chart drawing, as paths ("bieu-do/x/nhung/"). A pinned version ("bieu-do/x/v/1/")
 * whose drawings are the current page's, byte for byte, is measured once, as the current page.
 */
const pages = htmlPages()
  .filter((f) => drawingsOf(f).length > 0)
  .filter((f) => {
    const current = f.replace(/v\/\d+\/(?=(nhung\/)?index\.html$)/, "");
    return current === f || drawingsOf(current).join("") !== drawingsOf(f).join("");
  })
  .map((f) => f.replace(/index\.html$/, ""));

const web = siteInBrowser(DIST);
const seen: Seen[] = [];
/** Pages where a width showed no chart drawing at all. */
const blank: string[] = [];

/** Returns, for each `data-legible` mark and the page's h1, the fonts other than Noto Sans that drew it. */
async function fallbacks(cdp: CDPSession): Promise<Map<string, string[]>> {
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "h1, [data-legible]" });
  const out = new Map<string, string[]>();
  for (const nodeId of nodeIds) {
    const { attributes } = await cdp.send("DOM.getAttributes", { nodeId });
    const mark = attributes[attributes.indexOf("data-legible") + 1] ?? "h1";
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    const other = fonts.filter((f) => f.familyName !== FONT || !f.isCustomFont).map((f) => f.familyName);
    if (other.length) out.set(attributes.includes("data-legible") ? mark : "h1", other);
  }
  return out;
}

/** Measures every chart of `path` in `page` and records what breaks a rule; asks `cdp` for fonts. */
async function visit(page: Page, cdp: CDPSession | undefined, path: string, width: number, scheme: string): Promise<void> {
  const res = await page.goto(web.server.url + path, { waitUntil: "load" });
  expect(res?.status(), path).toBe(200);
  const charts = await page.evaluate(measureCharts);
  if (!charts.length) blank.push(`${pageName(path)} (${path}) at ${width} px ${scheme}`);
  const fonts = cdp ? await fallbacks(cdp) : new Map<string, string[]>();
  const at = { path, width, scheme };
  // Fonts are asked in the light scheme only and stand for both.
  const both = { ...at, scheme: SCHEMES.join(", ") };
  for (const c of charts) {
    for (const p of legibilityProblems(c)) seen.push({ ...p, ...at, drawing: c.drawing });
    const runs = c.labels.flatMap((l) => l.runs);
    const fell = runs.filter((r) => fonts.has(String(r.mark)));
    const families = (rs: typeof runs) => [...new Set(rs.flatMap((r) => fonts.get(String(r.mark)) ?? []))].join(", ");
    const font = (text: string, measure: string) =>
      seen.push({ kind: "font", chart: c.chart, text, measure, ...both, drawing: c.drawing });
    if (fell.length > 1 && fell.length === runs.length) font(`every text of the drawing (${runs.length})`, families(fell));
    else for (const r of fell) font(`“${r.text}”`, families([r]));
  }
  const h1 = fonts.get("h1");
  if (h1)
    seen.push({ kind: "font", chart: "(page title, h1)", text: path, measure: [...new Set(h1)].join(", "), ...both, drawing: 0 });
}

beforeAll(async () => {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      // One context a width and scheme, one tab reused for every page.
      const context = await web.browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      // Which font drew the text does not depend on the scheme: asked in the light one.
      const cdp = scheme === "light" ? await context.newCDPSession(page) : undefined;
      for (const path of pages) await visit(page, cdp, path, width, scheme);
      await context.close();
    }
  }
}, 600_000);

describe("chart legibility in Chromium at 320, 360 and 1280 px, light and dark", () => {
  it("visits every article, chart page and embed page, and each shows a chart drawing at every width", () => {
    expect(pages.some((p) => p.startsWith("bai-viet/"))).toBe(true);
    expect(pages.some((p) => /^bieu-do\/[^/]+\/$/.test(p))).toBe(true);
    expect(pages.some((p) => /^bieu-do\/[^/]+\/nhung\/$/.test(p))).toBe(true);
    expect(blank).toEqual([]);
  });

  const only = (kind: Kind) => seen.filter((s) => s.kind === kind);
  it.each([
    ["no chart text is under 12 CSS px", "small"],
    ["no two texts of a chart overlap", "overlap"],
    ["no text lies outside its chart", "outside"],
    ["no text lies across a rule, an axis line or a grid line", "rule"],
    ["chart text and page titles are drawn in the served Noto Sans, not a fallback font", "font"],
  ] as const)("%s", (_, kind) => {
    const found = only(kind);
    expect(found.length, `\n${formatProblems(found)}\n`).toBe(0);
  });
});
