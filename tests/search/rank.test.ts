/** src/search/rank.ts: the phrase tiers the search page ranks and filters by, its highlights and excerpts, and the đ-words the index adds. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldVietnamese } from "../../src/lib/slug.ts";
import {
  dWords,
  EXACT,
  excerpt,
  FOLDED,
  highlight,
  LOOSE,
  matchTier,
  phraseMatches,
  rankHits,
  type TextPart,
} from "../../src/search/rank.ts";

/** Returns parts as a string with the marked runs in [brackets]. */
const shown = (parts: TextPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");

describe("matchTier", () => {
  it("tells the phrase as typed from the phrase without tones from loose matches", () => {
    const text = "Mô hình giúp dân ở xã Đội Cấn, huyện Tràng Định.";
    expect(matchTier("Đội Cấn", text)).toBe(EXACT);
    expect(matchTier("đội cấn", text)).toBe(EXACT);
    expect(matchTier("doi can", text)).toBe(FOLDED);
    expect(matchTier("đối cần", text)).toBe(FOLDED);
    expect(matchTier("cấn đội", text)).toBe(LOOSE);
  });

  it("matches whole words only, across any white space, in any Unicode form", () => {
    expect(matchTier("bien phong", "Bộ đội Biên\n  phòng tỉnh")).toBe(FOLDED);
    expect(matchTier("biên phòng", "Bộ đội Biên phòng tỉnh".normalize("NFD"))).toBe(EXACT);
    expect(matchTier("can", "cảnh")).toBe(LOOSE);
    expect(matchTier("doi", "đội")).toBe(FOLDED);
  });

  it("treats the reader's punctuation as text, not as a pattern", () => {
    expect(matchTier("227,642", "nhận 227,642 km đường biên")).toBe(EXACT);
    expect(matchTier("(a+", "x (a+ y")).toBe(EXACT);
    expect(matchTier("   ", "anything")).toBe(LOOSE);
  });
});

describe("rankHits", () => {
  const hits = [
    { title: "Bộ đội", content: "Bộ đội rất cần cán bộ." },
    { title: "Mô hình", content: "xã Đội Cấn" },
    { title: "Doi can", content: "" },
    { title: "Khác", content: "cán bộ đời" },
  ];

  it("puts the exact phrase first, then the phrase without tones, and drops pages with only some of the words", () => {
    expect(rankHits("Đội Cấn", hits).map((h) => h.title)).toEqual(["Mô hình", "Doi can"]);
    expect(rankHits("doi can", hits).map((h) => h.title)).toEqual(["Doi can", "Mô hình"]);
  });

  it("drops a page whose only match is a longer word starting with the last word (“can” in “cảnh”)", () => {
    const pages = [
      { title: "A", content: "Bộ đội cảnh giới ở đồn." },
      { title: "B", content: "Đôi cánh" },
      { title: "C", content: "xã Đội Cấn" },
    ];
    expect(rankHits("Đội Cấn", pages).map((h) => h.title)).toEqual(["C"]);
    expect(rankHits("doi can", pages).map((h) => h.title)).toEqual(["C"]);
  });

  it("keeps the engine's order within a tier, and returns nothing when no page has the phrase", () => {
    const same = [
      { title: "2", content: "biên phòng" },
      { title: "1", content: "Biên Phòng" },
    ];
    expect(rankHits("biên phòng", same)).toEqual(same);
    expect(rankHits("xyz", hits)).toEqual([]);
  });
});

describe("phraseMatches", () => {
  it("gives each place the phrase stands, as ranges of the original text, exact or not", () => {
    const text = "Đội Cấn và đội  cấn, doi can; Đội Cấnh.";
    const found = phraseMatches("đội cấn", text);
    expect(found.map((m) => [text.slice(m.start, m.end), m.exact])).toEqual([
      ["Đội Cấn", true],
      ["đội  cấn", true],
      ["doi can", false],
    ]);
  });

  it("maps decomposed text (NFD) back to its own code units", () => {
    const text = "Xã Đội Cấn".normalize("NFD");
    const [m] = phraseMatches("doi can", text);
    expect(text.slice(m?.start, m?.end)).toBe("Đội Cấn".normalize("NFD"));
    expect(m?.exact).toBe(false);
  });
});

describe("highlight", () => {
  it("marks every place the phrase stands, with or without tones, and keeps the rest as text", () => {
    expect(shown(highlight("doi can", "Xã Đội Cấn; doi can."))).toBe("Xã [Đội Cấn]; [doi can].");
    expect(shown(highlight("Đội Cấn", "không có"))).toBe("không có");
    expect(highlight("x", "")).toEqual([{ text: "", mark: false }]);
  });

  it("never marks a part of a word", () => {
    expect(shown(highlight("can", "cảnh cán can"))).toBe("cảnh [cán] [can]");
  });
});

describe("excerpt", () => {
  const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(" ");
  const text = `${words(40, "a")} xã Đội Cấn ${words(40, "b")} doi can`;

  it("shows about the given number of words around the first exact match, cut with “…”", () => {
    const parts = excerpt("Đội Cấn", text, 30);
    const s = shown(parts);
    // 12 words before the phrase ("xã" is one), the phrase, then the rest of the 30.
    expect(s).toMatch(/^…a29 a30 .* a39 xã \[Đội Cấn\] b0 .* b15…$/);
    expect(s.split(" ")).toHaveLength(30);
  });

  it("prefers the phrase as typed to an earlier one without tones", () => {
    const t = `doi can ${words(40, "a")} Đội Cấn`;
    expect(shown(excerpt("Đội Cấn", t, 10))).toMatch(/\[Đội Cấn\]$/);
    expect(shown(excerpt("doi can", t, 10))).toMatch(/^\[doi can\] a0/);
  });

  it("shows the start of the text, unmarked, when the phrase is only in the title", () => {
    expect(shown(excerpt("Đội Cấn", words(40, "a"), 5))).toBe("a0 a1 a2 a3 a4…");
    expect(shown(excerpt("Đội Cấn", "ngắn  gọn", 5))).toBe("ngắn gọn");
  });
});

describe("dWords", () => {
  it("lists the words written with đ as typed without it, once each, sorted", () => {
    expect(dWords("Đội Cấn đóng góp; Đồn biên phòng, đội")).toEqual(["doi", "don", "dong"]);
    expect(dWords("Biên phòng Lạng Sơn")).toEqual([]);
  });

  it("reads decomposed text (NFD) like composed text", () => {
    expect(dWords("Đội Cấn".normalize("NFD"))).toEqual(["doi"]);
  });
});

describe("phraseMatches on any text", () => {
  /** The first implementation, which grew its folded text one character at a time (quadratic on megabytes): the reference. */
  function reference(query: string, text: string) {
    const normalize = (x: string) => x.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
    const typed = normalize(query);
    if (!typed) return [];
    const q = normalize(foldVietnamese(typed));
    const f = { text: "", start: [] as number[], end: [] as number[] };
    let i = 0;
    for (const ch of text) {
      const from = i;
      i += ch.length;
      if (/\s/u.test(ch)) {
        if (f.text.endsWith(" ")) f.end[f.end.length - 1] = i;
        else {
          f.text += " ";
          f.start.push(from);
          f.end.push(i);
        }
        continue;
      }
      const folded = foldVietnamese(ch);
      if (!folded && f.end.length) f.end[f.end.length - 1] = i;
      for (const unit of folded) {
        f.text += unit;
        f.start.push(from);
        f.end.push(i);
      }
    }
    const body = q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, "gu");
    return [...f.text.matchAll(pattern)].map((m) => {
      const start = f.start[m.index] ?? 0;
      const end = f.end[m.index + m[0].length - 1] ?? text.length;
      return { start, end, exact: normalize(text.slice(start, end)) === typed };
    });
  }
  // Words of the seeds' kind, in NFC and NFD, with white space runs and marks that stand alone.
  const word = fc.constantFrom(
    "Đội",
    "đội",
    "Cấn",
    "biên",
    "phòng",
    "Biên",
    "doi",
    "can",
    "bien",
    "mốc",
    "12",
    "\u0301",
    "Phòng".normalize("NFD"),
  );
  const gap = fc.constantFrom(" ", "  ", "\n", "\t ", ", ", "");
  const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((xs) => xs.map(([w, g]) => w + g).join(""));

  it("finds what the reference finds, in the same places", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), text, (words, t) => {
        const query = words.join(" ");
        expect(phraseMatches(query, t)).toEqual(reference(query, t));
      }),
      { seed: 20261205, numRuns: 500 },
    );
  });
});
