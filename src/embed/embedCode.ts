/** The embed code a journalist pastes, and the oEmbed document that announces it. */
import { escapeXml } from "../lib/text.ts";
import type { Article, Dataset } from "../model/types.ts";
import type { ChartLinks } from "../publish/links.ts";
import { PROVIDER } from "../publish/notes.ts";
import { pngSize } from "../publish/imageSize.ts";
import { standaloneHeight } from "../publish/standalone.ts";
import { embedHeight } from "./embedHeight.ts";
import { EMBED_DESKTOP } from "./layout.ts";

/**
 * Returns the embed code: an iframe sized at build (right without any script), then the optional
 * resize script. `src` may carry `?theme=light|dark`.
 */
export function embedCode(d: Dataset, links: ChartLinks, height: number): string {
  const iframe =
    `<iframe src="${escapeXml(links.embed)}" title="${escapeXml(`Biểu đồ: ${d.title}`)}" loading="lazy" ` +
    `height="${height}" style="width:100%;border:0" data-cot-moc="${escapeXml(d.id)}"></iframe>`;
  return `${iframe}\n<script async src="${escapeXml(links.script)}"></script>`;
}

/** The oEmbed 1.0 document of a chart (https://oembed.com/, type "rich"). */
export interface OEmbed {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** Returns the oEmbed document: the embed code, its size, and the PNG as thumbnail. */
export function oembed(d: Dataset, a: Article, links: ChartLinks): OEmbed {
  const height = embedHeight(d, a);
  const png = pngSize(standaloneHeight(d, a, links));
  return {
    version: "1.0",
    type: "rich",
    title: d.title,
    provider_name: PROVIDER,
    provider_url: links.home,
    html: embedCode(d, links, height),
    width: EMBED_DESKTOP,
    height,
    thumbnail_url: links.png,
    thumbnail_width: png.width,
    thumbnail_height: png.height,
  };
}
