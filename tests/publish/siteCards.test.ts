/** src/publish/siteCards.ts: what each page's social card says, from the site model. */
import { describe, expect, it } from "vitest";
import type { Site } from "../../src/model/types.ts";
import { articleCard, chartCard, headlineFigure, leadFigure, siteCard } from "../../src/publish/siteCards.ts";
import { articleFixture, bienGioi, chiBo, dongGop } from "../charts/fixtures.ts";

const article = articleFixture("Đoạn.");
const datasets = [dongGop(), chiBo()];
const site: Site = { root: "/nowhere", articles: [article], datasets, versions: datasets };

describe("leadFigure and headlineFigure", () => {
  it("lead with a dataset's total, else its first figure", () => {
    expect(leadFigure(chiBo())?.key).toBe("tong");
    expect(leadFigure(bienGioi())?.key).toBe("duong-bien");
  });

  it("give an article's first headline figure: the editor's choice, else its first dataset's lead", () => {
    expect(headlineFigure(site, "bai-mau")?.key).toBe("ho-tro-vat-chat");
    const chosen = { ...article, data: { ...article.data, headline: ["chi-bo-thon-theo-loai.giap-bien"] } };
    expect(headlineFigure({ ...site, articles: [chosen] }, "bai-mau")?.key).toBe("giap-bien");
    expect(() => headlineFigure(site, "khong-co")).toThrow('Không có bài viết "khong-co"');
  });
});

describe("the cards", () => {
  it("show an article's title and headline figure, split into hedge, number and unit", () => {
    expect(articleCard(site, article)).toEqual({
      kicker: "Bài viết",
      title: "Bài mẫu về Đồn Biên phòng",
      figure: { hedge: "gần", number: "125 triệu", unit: "đồng", label: "Hỗ trợ vật chất" },
      footer: "Báo Lạng Sơn · 05/02/2020",
    });
  });

  it("show a chart's title, lead figure and the article it comes from", () => {
    expect(chartCard(site, chiBo())).toEqual({
      kicker: "Biểu đồ",
      title: chiBo().title,
      figure: { hedge: "", number: "81", unit: "chi bộ", label: "Tổng số chi bộ thôn" },
      footer: "Số liệu từ bài: Bài mẫu về Đồn Biên phòng (Báo Lạng Sơn · 05/02/2020)",
    });
  });

  it("show what the site is and how much it holds", () => {
    const card = siteCard(site);
    expect(card.kicker).toBe("Báo chí dữ liệu");
    expect(card.figure).toBeUndefined();
    expect(card.footer).toBe("1 bài viết · 2 bộ dữ liệu");
  });
});
