/** src/publish/links.ts: the absolute addresses of everything a chart publishes. */
import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../src/lib/urls.ts";
import { DOWNLOADS } from "../../src/publish/downloads.ts";
import { chartLinks, creditUrl } from "../../src/publish/links.ts";
import { chiBo } from "../charts/fixtures.ts";

describe("chartLinks", () => {
  const d = chiBo();
  const links = chartLinks(d);

  it("gives the chart's page, embed page, article, oEmbed document and the resizer script", () => {
    expect(links).toMatchObject({
      home: absoluteUrl(),
      page: absoluteUrl("bieu-do/chi-bo-thon-theo-loai/"),
      embed: absoluteUrl("bieu-do/chi-bo-thon-theo-loai/nhung/"),
      article: absoluteUrl("bai-viet/bai-mau/"),
      oembed: absoluteUrl("bieu-do/chi-bo-thon-theo-loai/oembed.json"),
      script: absoluteUrl("nhung.js"),
    });
  });

  it("gives one download per format of the download table", () => {
    for (const f of DOWNLOADS) expect(links[f]).toBe(absoluteUrl(`bieu-do/chi-bo-thon-theo-loai.${f}`));
  });

  it("gives absolute addresses, all on the site", () => {
    for (const url of Object.values(links)) expect(url.startsWith(links.home), url).toBe(true);
    expect(links.home).toMatch(/^https?:\/\/[^/]+\/(.+\/)?$/);
  });
});

describe("creditUrl", () => {
  it("is the chart's page on a real host, and nothing when the build names localhost (SITE_URL unset)", () => {
    expect(creditUrl({ page: "https://example.org/bieu-do/x/" })).toBe("https://example.org/bieu-do/x/");
    expect(creditUrl({ page: "http://localhost:4321/bieu-do/x/" })).toBeUndefined();
  });
});
