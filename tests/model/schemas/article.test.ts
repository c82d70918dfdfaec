/** src/model/schemas/article.ts: an article's frontmatter, its real dates read in Vietnam time and its web addresses. */
import { describe, expect, it } from "vitest";
import { articleSchema, isRealIsoDate } from "../../../src/model/schemas/article.ts";
import { SAMPLE_FRONTMATTER } from "../../charts/fixtures.ts";

const messages = (value: unknown) =>
  (articleSchema.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

describe("isRealIsoDate", () => {
  it("accepts a real day, with or without a time and its offset", () => {
    const days = ["2020-02-05", "2020-02-29", "2020-02-05T08:24:09+07:00", "2020-02-05T08:24Z", "2020-02-05T08:24:09.5-05:00"];
    for (const s of [...days, "2020-02-05T08:24", "2020-02-05T08:24:09"]) expect(isRealIsoDate(s), s).toBe(true);
  });

  it("refuses a day that does not exist and what is not ISO 8601", () => {
    for (const s of ["2020-02-30", "2019-02-29", "2020-13-01", "2020-2-5", "05/02/2020", "2020-02-05T24:00Z", "2020-02-05T8:24"])
      expect(isRealIsoDate(s), s).toBe(false);
  });
});

describe("articleSchema", () => {
  it("reads a day as midnight in Vietnam, a date-time at its offset, and a YAML date as it is", () => {
    expect(articleSchema.parse({ ...SAMPLE_FRONTMATTER, date: "2020-09-27" }).date.toISOString()).toBe(
      "2020-09-26T17:00:00.000Z",
    );
    expect(articleSchema.parse(SAMPLE_FRONTMATTER).date.toISOString()).toBe("2020-02-05T01:24:09.000Z");
    // A time without its zone is a real date too: Vietnam time, like a bare day.
    expect(articleSchema.parse({ ...SAMPLE_FRONTMATTER, date: "2020-02-05T08:24:09" }).date.toISOString()).toBe(
      "2020-02-05T01:24:09.000Z",
    );
    const yamlDate = new Date("2020-02-05T01:24:09Z");
    expect(articleSchema.parse({ ...SAMPLE_FRONTMATTER, date: yamlDate }).date.getTime()).toBe(yamlDate.getTime());
  });

  it("refuses a date that does not exist, saying how to write one", () => {
    expect(messages({ ...SAMPLE_FRONTMATTER, date: "2020-02-31" })).toEqual([
      "date: ngày đăng phải là một ngày có thật, dạng 2020-02-05, 2020-02-05T08:24:09 (giờ Việt Nam) hoặc 2020-02-05T08:24:09+07:00",
    ]);
  });

  it("accepts only http and https addresses", () => {
    expect(messages({ ...SAMPLE_FRONTMATTER, sourceUrl: "javascript:alert(1)" })).toEqual([
      "sourceUrl: địa chỉ phải bắt đầu bằng http:// hoặc https://",
    ]);
    expect(messages({ ...SAMPLE_FRONTMATTER, publisherUrl: "baolangson.vn" })[0]).toMatch(/^publisherUrl: /);
  });

  it("needs a title, a description and an author, and defaults the headline to none", () => {
    expect(messages({ ...SAMPLE_FRONTMATTER, title: "", author: "" })).toEqual([
      "title: tiêu đề không được để trống",
      "author: tên tác giả không được để trống",
    ]);
    expect(articleSchema.parse(SAMPLE_FRONTMATTER).headline).toEqual([]);
  });
});
