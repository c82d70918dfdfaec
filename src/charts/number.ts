/**
 * `number` (facts, plan): a fact box, one figure per row — the number large with its hedge and
 * unit smaller beside it, its label at its right (below it when narrow) — rather than tiles that
 * would invite comparing figures that do not compare. A figure that sets the others' scene
 * ("6 tháng") is the box's heading line; a target is outlined and tagged "Mục tiêu"; a derived
 * figure is marked "tính".
 */
import type { Dataset } from "../model/types.ts";
import { svgElement, textBlock } from "./document.ts";
import { markDerived, numberCards, type Card } from "./shape.ts";
import { measureText, wrapText } from "../design/textMetrics.ts";
import { COLORS, FACT, FONT_SIZE, LINE_HEIGHT, SMALL_FONT_SIZE, STACKED_LABELS_BELOW, WIDTH } from "./theme.ts";

const NBSP = "\u00a0";
const TARGET_TAG = "Mục tiêu";
const PLAN_TAG = "Kế hoạch";
/** Space between a target's (or derived figure's) number and its dashed outline. */
const BOX_PAD = 6;

/** Returns the width of a figure drawn with its number at `size`. */
function figureWidth(card: Card, size: number): number {
  const small = size * FACT.smallRatio;
  return (
    measureText(card.number, size, true) +
    (card.hedge ? measureText(`${card.hedge} `, small) : 0) +
    (card.unit ? measureText(` ${card.unit}`, small) : 0)
  );
}

/** Returns the number's font size at which every figure fits `width` (never above the design size). */
function numberSize(cards: Card[], width: number): number {
  const widest = Math.max(...cards.map((c) => figureWidth(c, FACT.numberSize)));
  const size = widest > width ? (FACT.numberSize * width) / widest : FACT.numberSize;
  return Math.max(FACT.minNumberSize, Math.floor(size));
}

function figureText(card: Card, x: number, baseline: number, size: number, fill: string | undefined): SVGElement {
  const small = Math.max(SMALL_FONT_SIZE, Math.round(size * FACT.smallRatio));
  return svgElement("text", { x, y: baseline, "font-size": size, "font-weight": 700, fill }, [
    // No-break spaces: renderers drop an ordinary space at the edge of a tspan.
    ...(card.hedge ? [svgElement("tspan", { "font-size": small, "font-weight": 400 }, [`${card.hedge}${NBSP}`])] : []),
    card.number,
    ...(card.unit ? [svgElement("tspan", { "font-size": small, "font-weight": 400 }, [`${NBSP}${card.unit}`])] : []),
  ]);
}

/** Returns the raw SVG of a fact box `width` units wide, or undefined when there is no figure. */
export function drawNumber(d: Dataset, width: number = WIDTH): SVGSVGElement | undefined {
  const all = numberCards(d);
  const context = all.filter((c) => c.as === "context");
  const cards = all.filter((c) => c.as !== "context");
  if (!cards.length) return undefined;
  const plan = d.relationship === "plan";
  const tagged = (c: Card) => (c.as === "target" ? TARGET_TAG : plan ? PLAN_TAG : "");
  const narrow = width < STACKED_LABELS_BELOW;
  const size = numberSize(cards, narrow ? width : width * FACT.numberShare);
  const boxed = (c: Card) => c.as === "target" || c.derived;
  const numberColumn = narrow
    ? width
    : Math.min(width * FACT.numberShare, Math.max(...cards.map((c) => figureWidth(c, size) + (boxed(c) ? 2 * BOX_PAD : 0))));
  const labelX = narrow ? 0 : numberColumn + FACT.columnGap;
  const labelWidth = width - labelX;

  const items: SVGElement[] = [];
  let y = 0;
  if (context.length) {
    const heading = context.map((c) => `${c.label}: ${[c.hedge, c.number, c.unit].filter(Boolean).join(" ")}`).join(" · ");
    const lines = wrapText(heading, width, FONT_SIZE, true);
    items.push(
      svgElement("g", { "data-key": context[0]?.key }, [
        textBlock(0, FACT.top, lines, LINE_HEIGHT / FONT_SIZE, { "font-weight": 700 }),
      ]),
    );
    y = FACT.top + lines.length * LINE_HEIGHT + FACT.padY / 2;
  }
  for (const [i, card] of cards.entries()) {
    const tag = tagged(card);
    const lines = wrapText(card.derived ? markDerived(card.label) : card.label, labelWidth, FONT_SIZE);
    const top = y + FACT.padY + (tag ? FACT.tag : 0);
    const numberHeight = size;
    const labelTop = narrow ? top + numberHeight + 6 : top + (numberHeight - LINE_HEIGHT) / 2 + 1;
    const bottom = Math.max(top + numberHeight, labelTop + lines.length * LINE_HEIGHT) + FACT.padY;
    const parts: SVGElement[] = [];
    if (i > 0 || context.length)
      parts.push(svgElement("line", { x1: 0, x2: width, y1: y + 0.5, y2: y + 0.5, stroke: COLORS.rule }));
    if (tag) {
      parts.push(
        svgElement(
          "text",
          { x: 0, y: y + FACT.padY + SMALL_FONT_SIZE, "font-size": SMALL_FONT_SIZE, "font-weight": 700, fill: COLORS.strong },
          [tag.toLocaleUpperCase("vi")],
        ),
      );
    }
    if (boxed(card)) {
      const w = figureWidth(card, size) + 2 * BOX_PAD;
      parts.push(
        svgElement("rect", {
          x: 0.75,
          y: top - 4,
          width: w,
          height: numberHeight + 8,
          rx: 4,
          fill: "none",
          stroke: card.as === "target" ? COLORS.strong : COLORS.bar,
          "stroke-width": 1.5,
          "stroke-dasharray": FACT.dash,
        }),
      );
    }
    const pad = boxed(card) ? BOX_PAD : 0;
    parts.push(
      figureText(card, pad, top + size * 0.8, size, card.as === "target" ? COLORS.strong : undefined),
      textBlock(labelX, labelTop, lines, LINE_HEIGHT / FONT_SIZE),
    );
    items.push(svgElement("g", { "data-key": card.key }, parts));
    y = bottom;
  }
  const height = Math.ceil(y);
  return svgElement(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, fill: "currentColor", "text-anchor": "start" },
    items,
  ) as SVGSVGElement;
}
