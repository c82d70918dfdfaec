/**
 * The marks' tooltips (ChartMarks.astro) in Debian's Chromium on the built site: in an article, each
 * mark of a chart is one tab stop, in reading order; focused, hovered or tapped, it shows the
 * figure's hedged value and the article's words (or how a derived figure was computed) inside the
 * screen at 360 and 1280 px, with JavaScript on and off; print leaves the tooltips out.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { datasetById } from "../../src/model/lookups.ts";
import { getSite } from "../../src/model/siteStore.ts";
import { siteInBrowser } from "../helpers/browser.ts";
import { DIST, ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
/** A sum drawn as a split bar, with hedged values, and a fact box with a derived figure. */
const CHARTS = ["dong-gop-vat-chat", "dang-vien-bien-phong"].map((id) => datasetById(site, id));

const web = siteInBrowser(DIST);

/** What the tooltip of each figure must say: its value as the article hedges it, and its source. */
function expectedTips(id: string): Map<string, string[]> {
  const d = datasetById(site, id);
  return new Map([...d.figures, ...d.derived].map((f) => [f.label, [f.text, f.quote ? `“${f.quote}”` : (f.derived ?? "?")]]));
}

interface Tip {
  label: string;
  text: string;
  shown: boolean;
  left: number;
  right: number;
  top: number;
  bottom: number;
  figureLeft: number;
  figureRight: number;
  vw: number;
  vh: number;
}

/** Returns the tooltip of the focused element (or of `.cm-mark:hover`), scrolled into view. */
const readTip = (p: Page, hovered = false) =>
  p.evaluate((hovered): Tip | undefined => {
    const mark = hovered ? document.querySelector(".cm-mark:hover") : document.activeElement;
    const tip = mark?.querySelector<HTMLElement>(".cm-tip");
    if (!mark?.classList.contains("cm-mark") || !tip) return undefined;
    tip.scrollIntoView({ block: "nearest" });
    const r = tip.getBoundingClientRect();
    const f = mark.closest("figure, main")!.getBoundingClientRect();
    return {
      label: tip.querySelector(".cm-tip-label")?.textContent?.replace(/:\s*$/, "") ?? "",
      text: tip.innerText,
      shown: r.width > 100 && getComputedStyle(tip).clipPath === "none",
      ...{ left: r.left, right: r.right, top: r.top, bottom: r.bottom },
      ...{ figureLeft: f.left, figureRight: f.right, vw: innerWidth, vh: innerHeight },
    };
  }, hovered);

/** Returns what is wrong with a shown tooltip: missing words, or a box outside the screen or the figure. */
function tipProblems(tip: Tip | undefined, expected: Map<string, string[]>): string[] {
  if (!tip) return ["no mark focused"];
  const want = expected.get(tip.label);
  if (!want) return [`tooltip names no figure: ${tip.label}`];
  const out = want.filter((w) => !tip.text.includes(w)).map((w) => `${tip.label}: “${w}” missing from “${tip.text}”`);
  if (!tip.shown) out.push(`${tip.label}: tooltip not shown`);
  if (tip.left < 0 || tip.right > tip.vw) out.push(`${tip.label}: ${tip.left}–${tip.right} outside a ${tip.vw} px screen`);
  if (tip.top < 0 || tip.bottom > tip.vh) out.push(`${tip.label}: ${tip.top}–${tip.bottom} outside a ${tip.vh} px screen`);
  if (tip.left < tip.figureLeft - 0.5 || tip.right > tip.figureRight + 0.5) out.push(`${tip.label}: wider than its figure`);
  return out;
}

/** Opens the chart's article in `context` and returns the page and the chart's visible marks. */
async function openChart(context: BrowserContext, id: string) {
  const p = await context.newPage();
  await p.goto(`${web.server.url}bai-viet/${datasetById(site, id).article}/`, { waitUntil: "load" });
  await p.evaluate(() => document.fonts.ready.then(() => undefined));
  const all = p.locator(`figure[data-chart="${id}"] .cm-mark`);
  const visible = p.locator(`figure[data-chart="${id}"] .cm-mark:visible`);
  return { p, all, visible };
}

describe.each([360, 1280])("at %i px", (width) => {
  describe.each([true, false])("JavaScript on: %s", (javaScriptEnabled) => {
    for (const d of CHARTS) {
      it(`${d.id}: Tab stops once on each mark, in order; each tooltip shows value and source inside the screen`, async () => {
        const context = await web.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
        const { p, all, visible } = await openChart(context, d.id);
        const count = await visible.count();
        // Both drawings carry one button per mark; only the shown drawing's can be reached.
        expect(count).toBeGreaterThanOrEqual(2);
        expect(await all.count()).toBe(2 * count);
        const expected = expectedTips(d.id);
        const problems: string[] = [];
        const before = await readTip(p);
        expect(before).toBeUndefined();
        expect(
          await visible.first().evaluate((b) => b.querySelector(".cm-tip")!.getBoundingClientRect().width),
        ).toBeLessThanOrEqual(1);
        const labels: string[] = [];
        await visible.first().focus();
        for (let i = 0; i < count; i++) {
          if (i > 0) await p.keyboard.press("Tab");
          expect(await visible.nth(i).evaluate((b) => b === document.activeElement), `mark ${i} focused`).toBe(true);
          const tip = await readTip(p);
          labels.push(tip?.label ?? "");
          problems.push(...tipProblems(tip, expected));
        }
        // The next Tab leaves the chart's marks: no trap, no hidden drawing's buttons.
        await p.keyboard.press("Tab");
        expect(await p.evaluate(() => !!document.activeElement?.closest(".cm-marks"))).toBe(false);
        expect(problems).toEqual([]);
        // Reading order: the drawing's figures as its marks are laid out, each once.
        expect(new Set(labels).size).toBe(count);
        await context.close();
      });
    }

    it(`${CHARTS[0]!.id}: hovering a mark shows its tooltip inside the screen`, async () => {
      const context = await web.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
      const { p, visible } = await openChart(context, CHARTS[0]!.id);
      await visible.last().hover();
      expect(tipProblems(await readTip(p, true), expectedTips(CHARTS[0]!.id))).toEqual([]);
      await context.close();
    });
  });
});

describe("on a touch screen, 360 px, without JavaScript", () => {
  it("tapping a mark shows its tooltip inside the screen", async () => {
    const context = await web.browser.newContext({
      viewport: { width: 360, height: 800 },
      hasTouch: true,
      isMobile: true,
      javaScriptEnabled: false,
    });
    const { p, visible } = await openChart(context, CHARTS[0]!.id);
    await visible.first().tap();
    expect(tipProblems(await readTip(p), expectedTips(CHARTS[0]!.id))).toEqual([]);
    await context.close();
  });
});

describe("print", () => {
  it("shows no tooltip and no button, even on a focused mark", async () => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { p, visible } = await openChart(context, CHARTS[0]!.id);
    await visible.first().focus();
    await p.emulateMedia({ media: "print" });
    const shown = await p.evaluate(
      () => [...document.querySelectorAll(".cm-mark, .cm-tip")].filter((e) => e.getClientRects().length > 0).length,
    );
    expect(await p.locator(".cm-mark").count()).toBeGreaterThan(0);
    expect(shown).toBe(0);
    await context.close();
  });
});

describe("the embed page at 360 px, without JavaScript", () => {
  it("shows each mark's tooltip inside the frame", async () => {
    const d = CHARTS[1]!;
    const context = await web.browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${web.server.url}bieu-do/${d.id}/nhung/`, { waitUntil: "load" });
    const marks = p.locator(".cm-mark:visible");
    const problems: string[] = [];
    for (let i = 0; i < (await marks.count()); i++) {
      await marks.nth(i).focus();
      problems.push(...tipProblems(await readTip(p), expectedTips(d.id)));
    }
    expect(await marks.count()).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
    await context.close();
  });
});
