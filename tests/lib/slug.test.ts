import { describe, expect, it } from "vitest";
import { foldVietnamese, slugFromSourceUrl, slugify, uniqueSlug } from "../../src/lib/slug.ts";

const TITLE_1 = "Đảng ủy Bộ đội Biên phòng tỉnh: Kết quả bước đầu phân công đảng viên sinh hoạt tại các chi bộ thôn";
const URL_1 =
  "http://baolangson.vn/chinh-tri/xay-dung-dang/268308-dang-uy-bo-doi-bien-phong-tinh-ket-qua-buoc-dau-phan-cong-dang-vien-sinh-hoat-tai-cac-chi-bo-thon.html";

describe("slugs", () => {
  it("writes đ as d and drops tones", () => {
    expect(slugify("Đội Cấn")).toBe("doi-can");
    expect(foldVietnamese("Biên phòng")).toBe("bien phong");
  });
  it("gives the same slug for NFD input (as macOS saves it)", () => {
    const nfd = "Đồn Biên phòng Hữu Nghị".normalize("NFD");
    expect(nfd).not.toBe(nfd.normalize("NFC"));
    expect(slugify(nfd)).toBe("don-bien-phong-huu-nghi");
  });
  it("matches the original site's slug for the first article", () => {
    expect(slugFromSourceUrl(URL_1)).toBe(slugify(TITLE_1));
  });
  it("makes slugs unique", () => {
    expect(uniqueSlug("a", new Set(["a", "a-2"]))).toBe("a-3");
    expect(uniqueSlug("b", new Set(["a"]))).toBe("b");
  });
});
