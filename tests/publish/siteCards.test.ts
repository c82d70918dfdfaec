/**
 * src/publish/siteCards.ts: what each page's social card says and shows, from the site model. Built
 * on the real site (content/ and data/), read the way the build reads it.
 */
import { describe, expect, it } from "vitest";
import { chartImage, renderChartSvgs } from "../../src/charts/index.ts";
import { formatDate } from "../../src/lib/format.ts";
import { articleBySlug, datasetById } from "../../src/model/lookups.ts";
import { getSite } from "../../src/model/siteStore.ts";
import type { Site } from "../../src/model/types.ts";
import {
  articleCard,
  articleChart,
  cardDrawings,
  chartCard,
  headlineFigure,
  leadFigure,
  siteCard,
} from "../../src/publish/siteCards.ts";
import { sourceLine } from "../../src/publish/notes.ts";
import { ROOT } from "../helpers/dist.ts";

const site = getSite(ROOT);
const FIRST = "dang-uy-bo-doi-bien-phong-tinh-ket-qua-buoc-dau-phan-cong-dang-vien-sinh-hoat-tai-cac-chi-bo-thon";
const SECOND = "gan-chuyen-mon-voi-xay-dung-dang-net-moi-o-dang-bo-bien-phong-tinh";
const first = articleBySlug(site, FIRST);
const second = articleBySlug(site, SECOND);

describe("leadFigure and headlineFigure", () => {
  it("lead with a dataset's total, else its first figure", () => {
    expect(leadFigure(datasetById(site, "chi-bo-thon-theo-loai"))?.key).toBe("tong");
    expect(leadFigure(datasetById(site, "giao-duong-bien-moc-gioi"))?.key).toBe("duong-bien");
  });

  it("give an article's first headline figure: the editor's choice, else its first dataset's lead", () => {
    expect(headlineFigure(site, FIRST)?.key).toBe("tham-du-sinh-hoat");
    const unchosen: Site = {
      ...site,
      articles: site.articles.map((a) => (a === first ? { ...a, data: { ...a.data, headline: [] } } : a)),
    };
    const own = site.datasets.find((d) => d.article === FIRST && d.kind !== "table");
    expect(headlineFigure(unchosen, FIRST)).toBe(own && leadFigure(own));
    expect(() => headlineFigure(site, "khong-co")).toThrow('Không có bài viết "khong-co"');
  });
});

describe("sourceLine", () => {
  it("names the publisher and date of the article, and Cột Mốc for the data", () => {
    expect(sourceLine(first)).toBe("Nguồn: Báo Lạng Sơn, 05/02/2020 · Số liệu: Cột Mốc");
    expect(sourceLine(second)).toBe(`Nguồn: ${second.data.publisher}, ${formatDate(second.data.date)} · Số liệu: Cột Mốc`);
  });
});

describe("cardDrawings", () => {
  it("are the drawings the site shows of a chart, wide then narrow", () => {
    for (const d of site.datasets.filter((x) => x.kind !== "table")) {
      const { wide, narrow } = renderChartSvgs(d);
      expect(cardDrawings(d), d.id).toEqual([wide, narrow]);
      expect(wide.svg, d.id).not.toBe("");
    }
  });

  it("are the list image of a dataset drawn as a table, which its SVG and PNG files show", () => {
    const documents = datasetById(site, "van-ban-chi-dao");
    expect(documents.kind).toBe("table");
    expect(cardDrawings(documents)).toEqual([chartImage(documents)]);
    expect(chartImage(documents).svg).not.toBe("");
  });
});

describe("a chart's card", () => {
  it.each(site.datasets.map((d) => [d.id, d] as const))("%s shows its finding title, its drawings and its source", (_, d) => {
    const card = chartCard(site, d);
    expect(card.title).toBe(d.headline);
    expect(card.chart?.drawings).toEqual(cardDrawings(d));
    expect(card.chart?.caption).toBeUndefined();
    expect(card.footer).toBe(sourceLine(articleBySlug(site, d.article)));
  });

  it("uses the finding, not the plain title", () => {
    const d = datasetById(site, "chi-bo-thon-theo-loai");
    expect(d.headline).not.toBe(d.title);
    expect(chartCard(site, d).title).toBe(d.headline);
  });

  it("calls a chart a chart, a fact box key figures, a list of documents documents", () => {
    expect(chartCard(site, datasetById(site, "chi-bo-thon-theo-loai")).kicker).toBe("Biểu đồ");
    expect(chartCard(site, datasetById(site, "giao-duong-bien-moc-gioi")).kicker).toBe("Số liệu chính");
    expect(chartCard(site, datasetById(site, "van-ban-chi-dao")).kicker).toBe("Văn bản");
  });
});

describe("an article's card", () => {
  it("shows the first true chart among the datasets of its headline figures, with its finding over it", () => {
    // The first headline figure is in a fact box; the second in a chart.
    expect(datasetById(site, "dang-vien-bien-phong").kind).toBe("number");
    const chart = articleChart(site, first);
    expect(chart?.id).toBe("chi-bo-thon-theo-loai");
    const card = articleCard(site, first);
    expect(card).toMatchObject({ kicker: "Bài viết", title: first.data.title, footer: sourceLine(first) });
    expect(card.chart).toEqual({ drawings: cardDrawings(datasetById(site, "chi-bo-thon-theo-loai")), caption: chart?.headline });
  });

  it("shows a fact box when the article has no true chart: the first of its headline figures'", () => {
    expect(site.datasets.filter((d) => d.article === SECOND).every((d) => d.kind === "number")).toBe(true);
    expect(articleChart(site, second)?.id).toBe(second.data.headline[0]?.split(".")[0]);
  });

  it("follows the charts in its text when the editor chose no headline figures", () => {
    const unchosen = { ...second, data: { ...second.data, headline: [] } };
    expect(articleChart(site, unchosen)?.id).toBe(second.scan.charts[0]?.id);
  });

  it("stays a text card with its headline figure when the article has nothing drawn", () => {
    const bare = { ...first, data: { ...first.data, headline: [] } };
    const onlyList: Site = {
      ...site,
      articles: site.articles.map((a) => (a === first ? bare : a)),
      datasets: site.datasets.filter((d) => d.article !== FIRST || d.kind === "table"),
    };
    expect(articleChart(onlyList, bare)).toBeUndefined();
    const card = articleCard(onlyList, bare);
    expect(card.chart).toBeUndefined();
    expect(card.title).toBe(first.data.title);
    expect(articleCard(site, first).figure?.label).toBe(headlineFigure(site, FIRST)?.label);
  });
});

describe("the site's card", () => {
  it("shows what the site is and how much it holds", () => {
    const card = siteCard(site);
    expect(card.kicker).toBe("Báo chí dữ liệu");
    expect(card.figure).toBeUndefined();
    expect(card.chart).toBeUndefined();
    expect(card.footer).toBe(`${site.articles.length} bài viết · ${site.datasets.length} bộ dữ liệu`);
  });
});
