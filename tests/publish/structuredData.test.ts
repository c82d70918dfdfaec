/** src/publish/structuredData.ts: schema.org JSON-LD for articles (NewsArticle) and datasets (Dataset). */
import { describe, expect, it } from "vitest";
import { articleJsonLd, datasetJsonLd, jsonLdText } from "../../src/publish/structuredData.ts";
import { articleFixture, dongGop } from "../charts/fixtures.ts";

const urls = { page: "https://x.vn/bai-viet/bai-mau/", image: "https://x.vn/anh/bai-viet/bai-mau.png", home: "https://x.vn/" };
const website = { "@type": "WebSite", name: "Cột Mốc", url: "https://x.vn/", inLanguage: "vi" };

describe("articleJsonLd", () => {
  it("describes the article as its publisher printed it, based on the original when it has an address", () => {
    expect(articleJsonLd(articleFixture(), urls)).toMatchObject({
      "@type": "NewsArticle",
      headline: "Bài mẫu về Đồn Biên phòng",
      description: "Bài mẫu dùng trong kiểm thử.",
      datePublished: "2020-02-05T01:24:09.000Z",
      author: [{ "@type": "Person", name: "Phóng viên" }],
      publisher: { "@type": "Organization", name: "Báo Lạng Sơn", url: "http://baolangson.vn/" },
      image: [urls.image],
      inLanguage: "vi",
      url: urls.page,
      mainEntityOfPage: urls.page,
      isBasedOn: "http://baolangson.vn/bai-mau.html",
      isPartOf: website,
    });
    expect(articleJsonLd(articleFixture("", { sourceUrl: undefined, sourceNote: "Bản lưu." }), urls)).not.toHaveProperty(
      "isBasedOn",
    );
  });
});

describe("datasetJsonLd", () => {
  const d = dongGop();
  const a = articleFixture();
  const dsUrls = { ...urls, page: "https://x.vn/bieu-do/dong-gop-vat-chat/", article: "https://x.vn/bai-viet/bai-mau/" };

  it("describes the dataset, free, made by Cột Mốc from the article, measuring each figure", () => {
    expect(datasetJsonLd(d, a, dsUrls)).toMatchObject({
      "@type": "Dataset",
      name: d.title,
      description: d.description,
      url: dsUrls.page,
      image: urls.image,
      isAccessibleForFree: true,
      creator: { "@type": "Organization", name: "Cột Mốc", url: urls.home },
      isBasedOn: {
        "@type": "NewsArticle",
        headline: a.data.title,
        url: dsUrls.article,
        datePublished: "2020-02-05T01:24:09.000Z",
      },
      variableMeasured: [
        "Hỗ trợ vật chất",
        "Thăm hỏi, tặng quà",
        "Ngày công giúp đỡ các hộ gia đình",
        "Tổng giá trị hỗ trợ và quà tặng",
      ],
      isPartOf: website,
    });
  });

  it("lists its downloads, and has no distribution without any", () => {
    expect(datasetJsonLd(d, a, dsUrls)).not.toHaveProperty("distribution");
    expect(
      datasetJsonLd(d, a, dsUrls, [{ url: "https://x.vn/bieu-do/dong-gop-vat-chat.csv", format: "text/csv" }]),
    ).toMatchObject({
      distribution: [
        { "@type": "DataDownload", contentUrl: "https://x.vn/bieu-do/dong-gop-vat-chat.csv", encodingFormat: "text/csv" },
      ],
    });
  });
});

describe("jsonLdText", () => {
  it("adds the schema.org context first, and writes every < so no text can end the script element", () => {
    const text = jsonLdText({ "@type": "Thing", name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({
      "@context": "https://schema.org",
      "@type": "Thing",
      name: "</script><script>alert(1)</script>",
    });
    expect(text.startsWith('{"@context":"https://schema.org",')).toBe(true);
  });
});
