/**
 * src/publish/pageQuotes.ts: the build's last provenance check, on the built article page: a quote
 * stands only on the words a reader sees in the `<article>`, not on the chart the site draws from
 * the data (its table and tooltips carry the quotes), nor on hidden text or code.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/model/problems.ts";
import type { Site } from "../../src/model/types.ts";
import { articleVisibleText, missingQuotes, quoteRefs } from "../../src/publish/pageQuotes.ts";
import { missingQuotesBeside } from "../../scripts/lib/quoteWorker.ts";

const PAGE = `<!doctype html><html><head><title>x</title><script>var a = "tuần tra 999 buổi";</script></head><body>
<nav>Trang chủ 777 hộ</nav>
<article class="prose"><header><h1>Tiêu đề</h1></header>
<p id="doan-1">Đồn đã tuần tra <strong>nhiều</strong> buổi<span hidden>, 999 buổi</span>.</p>
<p id="doan-2">Có <data class="so" value="35">35 hộ</data> tham gia.</p><p>Đoạn ba.</p>
<figure class="cm-figure" data-chart="ds"><svg><text>888 hộ</text></svg><table><tr><td>"có 888 hộ dân"</td></tr></table></figure>
<div aria-hidden="true">666 hộ</div><template>555 hộ</template>
</article><footer>444 hộ</footer></body></html>`;

describe("articleVisibleText", () => {
  it("reads the article's visible words, a space between blocks, none inside inline elements", () => {
    expect(articleVisibleText(PAGE)).toBe("Tiêu đề Đồn đã tuần tra nhiều buổi. Có 35 hộ tham gia. Đoạn ba.");
  });
  it("is empty for a page without an <article>, or whose <article> is hidden", () => {
    expect(articleVisibleText("<p>Chữ.</p>")).toBe("");
    expect(articleVisibleText(PAGE.replace('<article class="prose">', '<article hidden class="prose">'))).toBe("");
    expect(articleVisibleText(PAGE.replace('<article class="prose">', '<div aria-hidden="true"><article class="prose">'))).toBe(
      "",
    );
  });
});

describe("missingQuotes", () => {
  const dir = mkdtempSync(join(tmpdir(), "cotmoc-pagequotes-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "bai-viet/bai"), { recursive: true });
  writeFileSync(join(dir, "bai-viet/bai/index.html"), PAGE);
  const site = (quotes: (string | undefined)[], article = "bai") =>
    ({
      datasets: [{ id: "ds", file: "data/ds.json", article, figures: quotes.map((quote) => ({ quote })) }],
    }) as unknown as Site;
  /** What scripts/build.ts checks: the site's quotes, looked for in the pages under `root`. */
  const quotesMissingFromPages = (root: string, s: Site) => missingQuotes(root, quoteRefs(s));

  it("passes quotes a reader sees, across inline markup and white space", () => {
    expect(quotesMissingFromPages(dir, site(["tuần tra nhiều   buổi", "Có 35 hộ tham gia", undefined]))).toEqual([]);
  });

  it("names each quote that stands only on hidden text, a chart, code or outside the article", () => {
    const quotes = ["Có 35 hộ", "999 buổi", "có 888 hộ dân", "666 hộ", "777 hộ", "444 hộ"];
    expect(quotesMissingFromPages(dir, site(quotes)).map(formatProblem)).toEqual(
      quotes
        .slice(1)
        .map(
          (q, i) =>
            `data/ds.json: values[${i + 1}].quote: trích dẫn "${q}" không có trong chữ người đọc thấy trên trang bai-viet/bai/index.html; chép nguyên văn chữ hiện trên trang bài viết.`,
        ),
    );
  });

  it("reads a page again when its bytes change (the kept words are keyed by the page, not its path)", () => {
    const again = mkdtempSync(join(tmpdir(), "cotmoc-pagequotes-"));
    try {
      mkdirSync(join(again, "bai-viet/bai"), { recursive: true });
      writeFileSync(join(again, "bai-viet/bai/index.html"), PAGE);
      expect(quotesMissingFromPages(again, site(["Có 35 hộ tham gia"]))).toEqual([]);
      writeFileSync(join(again, "bai-viet/bai/index.html"), PAGE.replace("35 hộ", "36 hộ"));
      expect(quotesMissingFromPages(again, site(["Có 35 hộ tham gia"]))).toHaveLength(1);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it("gives the same answer from a worker thread (scripts/build.ts runs it beside the search index), and a worker's failure as an error", async () => {
    const quotes = ["Có 35 hộ tham gia", "999 buổi", "có 888 hộ dân"];
    const problems = quotesMissingFromPages(dir, site(quotes));
    expect(problems).toHaveLength(2);
    expect(await missingQuotesBeside(dir, quoteRefs(site(quotes)))).toEqual(problems);
    await expect(missingQuotesBeside(dir, undefined as unknown as [])).rejects.toThrow();
  });

  it("names every quote of an article whose page was not built", () => {
    expect(quotesMissingFromPages(dir, site(["Đoạn ba."], "khac"))).toHaveLength(1);
  });
});
