/** src/publish/downloads.ts: the one table of a chart's download formats, in the order pages list them. */
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/lib/format.ts";
import { contentType, DOWNLOAD_FORMATS, DOWNLOADS } from "../../src/publish/downloads.ts";
import { PNG_WIDTH } from "../../src/publish/imageSize.ts";

describe("the download formats", () => {
  it("are CSV, JSON, SVG and PNG, in that order", () => {
    expect(DOWNLOADS).toEqual(["csv", "json", "svg", "png"]);
  });

  it("each say their media type and what the file holds", () => {
    expect(Object.fromEntries(DOWNLOADS.map((f) => [f, DOWNLOAD_FORMATS[f].type]))).toEqual({
      csv: "text/csv",
      json: "application/json",
      svg: "image/svg+xml",
      png: "image/png",
    });
    for (const f of DOWNLOADS) expect(DOWNLOAD_FORMATS[f].what.length, f).toBeGreaterThan(10);
    expect(DOWNLOAD_FORMATS.png.what).toContain(`${formatNumber(PNG_WIDTH)} điểm ảnh`);
  });
});

describe("contentType", () => {
  it("says text formats are UTF-8, and gives images their type alone", () => {
    expect(DOWNLOADS.map(contentType)).toEqual([
      "text/csv; charset=utf-8",
      "application/json; charset=utf-8",
      "image/svg+xml",
      "image/png",
    ]);
  });
});
