/** src/lib/text.ts: the text normalization the checks and the pages share. */
import { describe, expect, it } from "vitest";
import { escapeXml, foldText, isNfc, lineAt } from "../../src/lib/text.ts";

describe("foldText", () => {
  it("gives NFC text with runs of white space folded to one space, trimmed", () => {
    expect(foldText("  Đồn\u00a0biên\n\tphòng  ".normalize("NFD"))).toBe("Đồn biên phòng");
    expect(foldText("")).toBe("");
  });
});

describe("isNfc", () => {
  it("tells composed text from decomposed", () => {
    expect(isNfc("Biên phòng")).toBe(true);
    expect(isNfc("Biên phòng".normalize("NFD"))).toBe(false);
    expect(isNfc("ascii")).toBe(true);
  });
});

describe("lineAt", () => {
  it("gives the 1-based line of an offset", () => {
    const s = "một\nhai\n\nbốn";
    expect(lineAt(s, 0)).toBe(1);
    expect(lineAt(s, 3)).toBe(1);
    expect(lineAt(s, 4)).toBe(2);
    expect(lineAt(s, s.indexOf("bốn"))).toBe(4);
    expect(lineAt(s, 1000)).toBe(4);
  });
});

describe("escapeXml", () => {
  it("escapes what could end text or a double-quoted attribute", () => {
    expect(escapeXml(`<a href="x">Hộ A & B 'đơn'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Hộ A &amp; B 'đơn'&lt;/a&gt;");
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });
});
