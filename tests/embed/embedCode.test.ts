/** src/embed/embedCode.ts: the embed code a journalist pastes, and the oEmbed document that announces it. */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { embedCode, oembed } from "../../src/embed/embedCode.ts";
import { embedHeight } from "../../src/embed/embedHeight.ts";
import { chartLinks, type ChartLinks } from "../../src/publish/links.ts";
import { hostileCells } from "../charts/fixtures.ts";
import { cases } from "../helpers/site.ts";

describe("embed code and oEmbed", () => {
  const links: ChartLinks = chartLinks(hostileCells());

  it("is an iframe with a title, lazy, full width, a build-time height, then the optional script", () => {
    const d = hostileCells();
    const code = embedCode(d, links, 432);
    const doc = new JSDOM(`<body>${code}</body>`).window.document;
    const iframe = doc.querySelector("iframe") as HTMLIFrameElement;
    expect(doc.body.children).toHaveLength(2);
    expect(iframe.getAttribute("src")).toBe(links.embed);
    expect(iframe.getAttribute("title")).toBe(`Biểu đồ: ${d.title}`);
    expect(iframe.getAttribute("loading")).toBe("lazy");
    expect(iframe.getAttribute("height")).toBe("432");
    expect(iframe.getAttribute("style")).toBe("width:100%;border:0");
    expect(iframe.hasAttribute("width")).toBe(false);
    const script = doc.querySelector("script") as HTMLScriptElement;
    expect(script.getAttribute("src")).toBe(links.script);
    expect(script.hasAttribute("async")).toBe(true);
    expect(script.textContent).toBe("");
  });

  it.each(cases)("%s: oEmbed 1.0 rich, with the embed code, size, provider and PNG thumbnail", (_, d, a) => {
    const l = chartLinks(d);
    const o = oembed(d, a, l);
    expect(o).toMatchObject({ version: "1.0", type: "rich", title: d.title, provider_name: "Cột Mốc", thumbnail_url: l.png });
    expect(o.html).toBe(embedCode(d, l, embedHeight(d, a)));
    expect(o.height).toBe(embedHeight(d, a));
    expect(o.width).toBeGreaterThan(0);
  });
});
