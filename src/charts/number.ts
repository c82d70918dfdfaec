/**
 * `number`: big-number cards, one per figure, in a grid: the hedge and unit small beside the
 * number ("hơn 240 lần", "227,642 km"), the label below. Drawn by hand (no scale to share), then
 * finished like every other chart. Derived figures get a dashed card and the word "tính".
 */
import type { Dataset } from "../model/types.ts";
import { svgElement, textBlock } from "./document.ts";
import { markDerived, numberCards, type Card } from "./shape.ts";
import { measureText, wrapText } from "../design/textMetrics.ts";
import { CARD, COLORS, FONT_SIZE, LINE_HEIGHT, STACKED_LABELS_BELOW, WIDTH } from "./theme.ts";

const LABEL_TOP = 10;
const DASH = "5,3";
const NBSP = "\u00a0";

/** Returns the font size at which a card's figure fits its width (never above the design size). */
function bigFontSize(card: Card, width: number): number {
  const at = (size: number) =>
    measureText(card.number, size, true) +
    (card.hedge ? measureText(`${card.hedge} `, size * CARD.smallRatio) : 0) +
    (card.unit ? measureText(` ${card.unit}`, size * CARD.smallRatio) : 0);
  const natural = at(CARD.bigFontSize);
  const size = natural > width ? (CARD.bigFontSize * width) / natural : CARD.bigFontSize;
  return Math.max(CARD.minBigFontSize, Math.floor(size));
}

function cardHeight(size: number, lines: number): number {
  return 2 * CARD.padding + size + LABEL_TOP + lines * LINE_HEIGHT;
}

function drawCard(card: Card, x: number, y: number, width: number, height: number, size: number, lines: string[]): SVGElement {
  const inner = x + CARD.padding;
  const small = Math.round(size * CARD.smallRatio * 10) / 10;
  const baseline = y + CARD.padding + size * 0.8;
  const figure = svgElement("text", { x: inner, y: baseline, "font-size": size, "font-weight": 700 }, [
    // No-break spaces: renderers drop an ordinary space at the edge of a tspan.
    ...(card.hedge ? [svgElement("tspan", { "font-size": small, "font-weight": 400 }, [`${card.hedge}${NBSP}`])] : []),
    card.number,
    ...(card.unit ? [svgElement("tspan", { "font-size": small, "font-weight": 400 }, [`${NBSP}${card.unit}`])] : []),
  ]);
  const labelTop = y + CARD.padding + size + LABEL_TOP;
  const label = textBlock(inner, labelTop, lines, LINE_HEIGHT / FONT_SIZE, { "font-size": FONT_SIZE });
  const frame = svgElement("rect", {
    x: x + 0.5,
    y: y + 0.5,
    width: width - 1,
    height: height - 1,
    rx: CARD.radius,
    fill: "none",
    stroke: card.derived ? COLORS.bar : COLORS.rule,
    "stroke-dasharray": card.derived ? DASH : undefined,
  });
  return svgElement("g", {}, [frame, figure, label]);
}

/** Returns the raw SVG of a grid of big-number cards `width` units wide, or undefined when there is no figure. */
export function drawNumber(d: Dataset, width: number = WIDTH): SVGSVGElement | undefined {
  const cards = numberCards(d);
  if (!cards.length) return undefined;
  // A narrow chart stacks the cards: two columns would squeeze the big figures below their minimum.
  const columns = Math.min(width < STACKED_LABELS_BELOW ? 1 : CARD.columns, cards.length);
  const cardWidth = (width - (columns - 1) * CARD.gap) / columns;
  const innerWidth = cardWidth - 2 * CARD.padding;
  const laid = cards.map((card) => {
    const size = bigFontSize(card, innerWidth);
    const lines = wrapText(card.derived ? markDerived(card.label) : card.label, innerWidth, FONT_SIZE);
    return { card, size, lines };
  });
  const rows: (typeof laid)[] = [];
  for (let i = 0; i < laid.length; i += columns) rows.push(laid.slice(i, i + columns));

  const groups: SVGElement[] = [];
  let y = 0;
  for (const row of rows) {
    // Cards in a row share a height and a figure size, so the numbers line up.
    const size = Math.min(...row.map((c) => c.size));
    const height = Math.max(...row.map((c) => cardHeight(size, c.lines.length)));
    row.forEach((c, i) => groups.push(drawCard(c.card, i * (cardWidth + CARD.gap), y, cardWidth, height, size, c.lines)));
    y += height + CARD.gap;
  }
  const height = Math.ceil(y - CARD.gap);
  return svgElement(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, fill: "currentColor", "text-anchor": "start" },
    groups,
  ) as SVGSVGElement;
}
