/**
 * The build under test without SITE_URL (npm test's default): its absolute URLs name localhost, right
 * for `npm start`, but no downloaded file's credit gives that address: the SVG, PNG and CSV name the
 * site. tests/reader/deploy.test.ts checks a build with SITE_URL, whose credits give the page's address.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CSV_HEADERS } from "../../src/publish/csv.ts";
import { PNG_WIDTH } from "../../src/publish/imageSize.ts";
import { rasterFontFiles, rasterize } from "../../src/publish/raster.ts";
import { DIST, walk } from "../helpers/dist.ts";

describe.skipIf(process.env.SITE_URL)("a build without SITE_URL", () => {
  const files = walk(DIST);
  const charts = files.filter((f) => /^bieu-do\/[^/]+\.svg$/.test(f)).map((f) => f.slice(0, -".svg".length));

  it("writes no localhost address into a chart's SVG or CSV download, and credits Cột Mốc", () => {
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      const svg = readFileSync(join(DIST, `${c}.svg`), "utf8");
      expect(svg, c).not.toMatch(/localhost|127\.0\.0\.1/);
      expect(svg, c).toMatch(/>Số liệu và biểu đồ: Cột Mốc</);
      const csv = readFileSync(join(DIST, `${c}.csv`), "utf8");
      expect(csv, c).not.toMatch(/localhost|127\.0\.0\.1/);
      const header = csv.slice(1).split("\r\n")[0]?.split(",") ?? [];
      const column = header.indexOf(CSV_HEADERS.url);
      const rows = csv.slice(1).trim().split("\r\n").slice(1);
      expect(rows.length, c).toBeGreaterThan(0);
      // The cells before the URL column may hold quoted commas: read it from the row's end instead.
      for (const row of rows) expect(row.split(",").at(column - header.length), c).toBe("Cột Mốc");
    }
  });

  it("draws a chart's PNG from that SVG, credit line included (the PNG cache is keyed by the SVG's text)", async () => {
    const c = charts[0] ?? "";
    const svg = readFileSync(join(DIST, `${c}.svg`), "utf8");
    // Drawn afresh, without the cache: a PNG kept from an SVG with another credit line would differ.
    const png = rasterize(svg, PNG_WIDTH, "#ffffff", await rasterFontFiles(svg));
    expect(png.equals(readFileSync(join(DIST, `${c}.png`))), c).toBe(true);
  }, 60_000);
});
