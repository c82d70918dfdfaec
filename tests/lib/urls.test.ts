/** src/lib/urls.ts: the site's one URL table, under the base path, and absolute on the deployed site. */
import { describe, expect, it } from "vitest";
import {
  absoluteUrl,
  articleCardPath,
  articleHref,
  articlePath,
  chartCardPath,
  chartHref,
  chartPath,
  dataHref,
  downloadPath,
  EMBED_SCRIPT_PATH,
  embedHref,
  embedPath,
  href,
  isLocalUrl,
  oembedPath,
  SITE_CARD_PATH,
} from "../../src/lib/urls.ts";

const base = href();

describe("href", () => {
  it("puts a path under the base, which ends in a slash, with or without the path's leading slash", () => {
    expect(base.endsWith("/")).toBe(true);
    expect(base.startsWith("/")).toBe(true);
    expect(href("bieu-do/x/")).toBe(`${base}bieu-do/x/`);
    expect(href("/bieu-do/x/")).toBe(`${base}bieu-do/x/`);
  });
});

describe("the paths", () => {
  it("name every page, file and image the site has", () => {
    expect(articlePath("doi-can")).toBe("bai-viet/doi-can/");
    expect(chartPath("chi-bo")).toBe("bieu-do/chi-bo/");
    expect(embedPath("chi-bo")).toBe("bieu-do/chi-bo/nhung/");
    expect(downloadPath("chi-bo", "csv")).toBe("bieu-do/chi-bo.csv");
    expect(oembedPath("chi-bo")).toBe("bieu-do/chi-bo/oembed.json");
    expect(EMBED_SCRIPT_PATH).toBe("nhung.js");
    expect(articleCardPath("doi-can")).toBe("anh/bai-viet/doi-can.png");
    expect(chartCardPath("chi-bo")).toBe("anh/bieu-do/chi-bo.png");
    expect(SITE_CARD_PATH).toBe("anh/cot-moc.png");
  });

  it("are linked under the base", () => {
    expect(articleHref("doi-can")).toBe(href("bai-viet/doi-can/"));
    expect(chartHref("chi-bo")).toBe(href("bieu-do/chi-bo/"));
    expect(embedHref("chi-bo")).toBe(href("bieu-do/chi-bo/nhung/"));
    expect(dataHref()).toBe(href("du-lieu/"));
  });
});

describe("absoluteUrl", () => {
  it("is the path under the base on the deployed site's origin", () => {
    const home = absoluteUrl();
    expect(home).toMatch(/^https?:\/\//);
    expect(new URL(home).pathname).toBe(base);
    expect(absoluteUrl("bieu-do/chi-bo.csv")).toBe(new URL(href("bieu-do/chi-bo.csv"), home).href);
  });
});

describe("isLocalUrl", () => {
  it("tells an address on this machine (a build without SITE_URL) from one on a real host", () => {
    for (const url of [
      "http://localhost:4321/bieu-do/x/",
      "http://127.0.0.1:8080/",
      "http://[::1]:4321/",
      "http://cot-moc.localhost/",
    ])
      expect(isLocalUrl(url), url).toBe(true);
    for (const url of ["https://example.org/cot-moc/", "https://localhost.example.org/", "http://10.0.0.2/"])
      expect(isLocalUrl(url), url).toBe(false);
  });
});
