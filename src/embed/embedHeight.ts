/** The embed page's height, estimated at build from its layout constants and the chart's own size. */
import { chartImages, NARROW_UP_TO } from "../charts/index.ts";
import { wrapText } from "../design/textMetrics.ts";
import { formatDate } from "../lib/format.ts";
import type { Article, Dataset } from "../model/types.ts";
import { DOWNLOADS } from "../publish/downloads.ts";
import { embedCorrectionText } from "../publish/corrections.ts";
import { chartNotes, PROVIDER } from "../publish/notes.ts";
import { EMBED, EMBED_WIDTHS } from "./layout.ts";

/** Returns the height in px of wrapped text at `width`, in the embed page's body text. */
function textHeight(text: string, width: number, size: number, line: number, bold = false): number {
  return wrapText(text, width, size, bold).length * size * line;
}

/** The text of the embed page's source line and download line (what `nhung.astro` prints). */
export function embedFooter(a: Article): { source: string; links: string } {
  return {
    source: `Nguồn: ${a.data.title} (${a.data.publisher}, ${formatDate(a.data.date)}). Số liệu, trích dẫn và biểu đồ: ${PROVIDER}`,
    links: `Tải về: ${DOWNLOADS.map((f) => f.toUpperCase()).join(" · ")}`,
  };
}

/** Returns the embed page's estimated content height, in px, in an iframe `frameWidth` px wide. */
export function embedHeightAt(d: Dataset, a: Article, frameWidth: number): number {
  const e = EMBED;
  const w = Math.min(frameWidth - 2 * e.padX, e.maxWidth);
  const text = (s: string) => textHeight(s, w, e.textSize, e.textLine);
  // The drawing the page shows at this column width (its container query).
  const { wide, narrow } = chartImages(d);
  const chart = w <= NARROW_UP_TO ? narrow : wide;
  const footer = embedFooter(a);
  let h = 2 * e.padY;
  h += textHeight(d.headline, w, e.titleSize, e.titleLine, true) + e.titleGap;
  h += text(d.description) + e.gap;
  h += (chart.height * w) / chart.width;
  const correction = embedCorrectionText(d);
  if (correction) h += e.gap + textHeight(correction, w, e.textSize, e.textLine, true);
  for (const note of chartNotes(d))
    h += e.gap + 2 * e.notePadY + textHeight(note, w - 2 * e.notePadX - e.noteBorder, e.textSize, e.textLine);
  h += e.gap + 1 + e.sourcePad + text(footer.source);
  h += e.linksGap + text(footer.links);
  return Math.ceil(h);
}

/** Spare pixels under the estimate: a line of text, since fonts differ from the estimate. */
const HEIGHT_SLACK = 16;

/**
 * Returns the iframe height written in the embed code: the tallest estimate over a phone and a
 * desktop width, plus a line to spare, so that without any script nothing is cut off.
 */
export function embedHeight(d: Dataset, a: Article): number {
  return Math.max(...EMBED_WIDTHS.map((w) => embedHeightAt(d, a, w))) + HEIGHT_SLACK;
}
