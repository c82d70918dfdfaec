/** src/model/lookups.ts: a site model's datasets, figures and articles by name, and an article's headline figures. */
import { describe, expect, it } from "vitest";
import { articleBySlug, datasetById, figureById, headlineFigures } from "../../src/model/lookups.ts";
import type { Site } from "../../src/model/types.ts";
import { articleFixture, bienGioi, bienGioiSource, chiBo, dongGop, fixture } from "../charts/fixtures.ts";

const article = articleFixture("Đoạn.");
const other = articleFixture("Đoạn.", {}, "bai-khac");
const table = fixture({ ...bienGioiSource(), id: "bang", kind: "table" });
const datasets = [table, chiBo(), dongGop(), { ...bienGioi(), article: "bai-khac" }];
const site: Site = { root: "/nowhere", topics: [], articles: [article, other], datasets, versions: datasets };

describe("datasetById, figureById, articleBySlug", () => {
  it("find what they name", () => {
    expect(datasetById(site, "dong-gop-vat-chat")).toBe(site.datasets[2]);
    expect(figureById(site, "chi-bo-thon-theo-loai.giap-bien")).toBe(site.datasets[1]?.figures[1]);
    expect(figureById(site, "dong-gop-vat-chat.tong-gia-tri")).toBe(site.datasets[2]?.derived[0]);
    expect(articleBySlug(site, "bai-khac")).toBe(other);
  });

  it("throw naming what they did not find", () => {
    expect(() => datasetById(site, "khong-co")).toThrow('Không có bộ dữ liệu "khong-co" trong data/.');
    expect(() => figureById(site, "khong-co.a")).toThrow('Không có bộ dữ liệu "khong-co" trong data/.');
    expect(() => figureById(site, "chi-bo-thon-theo-loai.khong-co")).toThrow(
      'Bộ dữ liệu "chi-bo-thon-theo-loai" không có số liệu khóa "khong-co".',
    );
    expect(() => articleBySlug(site, "khong-co")).toThrow('Không có bài viết "khong-co" trong content/articles/.');
  });

  it("look up in a model built after another one: each model has its own index", () => {
    const later: Site = { ...site, datasets: [{ ...chiBo(), title: "Khác" }] };
    expect(datasetById(site, "chi-bo-thon-theo-loai").title).not.toBe("Khác");
    expect(datasetById(later, "chi-bo-thon-theo-loai").title).toBe("Khác");
  });
});

describe("headlineFigures", () => {
  it("without a choice, takes each chart's total, or its first figure, in file order, tables left out", () => {
    const chosen = headlineFigures(site, article);
    expect(chosen.map(({ dataset, figure }) => `${dataset.id}.${figure.key}`)).toEqual([
      "chi-bo-thon-theo-loai.tong",
      "dong-gop-vat-chat.ho-tro-vat-chat",
    ]);
    expect(chosen[0]?.figure).toBe(site.datasets[1]?.total);
  });

  it("takes the editor's choice, in its order, derived figures included, up to `max`", () => {
    const chosen = {
      ...article,
      data: { ...article.data, headline: ["dong-gop-vat-chat.tong-gia-tri", "chi-bo-thon-theo-loai.con-han-che"] },
    };
    expect(headlineFigures(site, chosen).map((h) => h.figure.key)).toEqual(["tong-gia-tri", "con-han-che"]);
    expect(headlineFigures(site, chosen, 1).map((h) => h.figure.key)).toEqual(["tong-gia-tri"]);
  });

  it("finds nothing for an article without charts", () => {
    expect(headlineFigures({ ...site, datasets: [table] }, article)).toEqual([]);
  });
});
