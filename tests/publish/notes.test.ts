/** src/publish/notes.ts: a chart's source line and notes outside the site. */
import { describe, expect, it } from "vitest";
import { chartNotes, hedgeNote, PROVIDER, sourceText, totalNoteText } from "../../src/publish/notes.ts";
import { articleFixture, chiBo, dongGop, hoGiaDinh } from "../charts/fixtures.ts";
import { site } from "../helpers/site.ts";

describe("hedgeNote", () => {
  it("lists the hedged figures in a note, and only when there are some", () => {
    for (const d of site.datasets) {
      const hedged = d.figures.filter((f) => f.qualifier !== "exact");
      const note = hedgeNote(d);
      if (!hedged.length) expect(note).toBeUndefined();
      for (const f of hedged) expect(note).toContain(f.text);
    }
    expect(site.datasets.some((d) => hedgeNote(d))).toBe(true);
  });
});

describe("sourceText", () => {
  it("names the article, its publisher and its date in Vietnam time", () => {
    expect(sourceText(articleFixture())).toBe("“Bài mẫu về Đồn Biên phòng” (Báo Lạng Sơn, 05/02/2020)");
    expect(PROVIDER).toBe("Cột Mốc");
  });
});

describe("hedgeNote, from fixtures", () => {
  it("lists the hedged figures with their words, and is absent when every figure is exact", () => {
    expect(hedgeNote(dongGop())).toBe(
      "Số ước lượng, giữ nguyên như bài viết: Hỗ trợ vật chất: gần 125 triệu đồng; Thăm hỏi, tặng quà: gần 185 triệu đồng.",
    );
    expect(hedgeNote(chiBo())).toBeUndefined();
  });
});

describe("totalNoteText", () => {
  it("states the article's total, the parts' sum and the dataset's note when they differ", () => {
    expect(totalNoteText(hoGiaDinh())).toBe(
      "Lưu ý về số liệu: tổng theo bài viết là 699 hộ; cộng các nhóm được 700 hộ. Tổng số hộ bài viết nêu khác với tổng của năm nhóm hộ cộng lại.",
    );
  });

  it("is absent without a note or without a total", () => {
    expect(totalNoteText(hoGiaDinh(false))).toBeUndefined();
    expect(totalNoteText(chiBo())).toBeUndefined();
    expect(totalNoteText(dongGop())).toBeUndefined();
  });
});

describe("chartNotes", () => {
  it("gives the total's note, then the hedges', then the dataset's own notes", () => {
    const d = { ...hoGiaDinh(), notes: ["Ghi chú của bộ dữ liệu."] };
    d.figures[1]!.qualifier = "gần";
    expect(chartNotes(d)).toEqual([totalNoteText(d), hedgeNote(d), "Ghi chú của bộ dữ liệu."]);
    expect(chartNotes(chiBo())).toEqual([]);
  });
});
