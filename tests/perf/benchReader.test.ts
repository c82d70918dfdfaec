/**
 * `npm run bench:reader`'s pure parts (scripts/bench/reader/): the peer page keeps our text and
 * swaps our SVGs for a container with the chart's data; the Framework page keeps the text too;
 * medians, ratios and blocking time are worked out by hand. No browser.
 */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { frameworkMarkdown } from "../../scripts/bench/reader/framework.ts";
import { blockingTimes, type Load } from "../../scripts/bench/reader/measure.ts";
import { chartOptionsInMdx, peerPage, type ChartSpec } from "../../scripts/bench/reader/peers.ts";
import { formatSummary, summarize, type Sample } from "../../scripts/bench/reader/summary.ts";

const SVG = (label: string) => `<svg class="cm-chart" viewBox="0 0 640 100"><title>${label}</title><text>322 hộ</text></svg>`;
const PAGE = `<!DOCTYPE html><html lang="vi"><head><title>Bài</title><link rel="stylesheet" href="/_astro/a.css"></head><body><main>
<h1>Đảng viên phụ trách hộ</h1><p>Đoạn một: 699 hộ gia đình.</p>
<figure class="cm-figure" data-chart="ho"><figcaption><h2>Hộ gia đình</h2></figcaption>
<div class="cm-chart-wide"><div class="cm-marks">${SVG("rộng")}<button>322</button></div></div>
<div class="cm-chart-narrow">${SVG("hẹp")}</div><p class="cm-source">Nguồn: Báo Lạng Sơn</p>
<a href="/bieu-do/ho.csv">CSV</a></figure>
<p>Đoạn hai &lt;b&gt; “trích”.</p><figure data-chart="bang"><table><tr><td>1</td></tr></table></figure></main></body></html>`;
const SPECS = new Map<string, ChartSpec>([
  ["ho", { id: "ho", kind: "bars", emphasis: [], dataset: { id: "ho", note: "</script>" } }],
]);

/** The page's text outside its charts' SVGs, white space folded. */
function textOf(html: string): string {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll("svg, script, .cm-marks button")) el.remove();
  return (document.body.textContent ?? "").replace(/\s+/g, " ").trim();
}

describe("peerPage", () => {
  const peer = peerPage(PAGE, SPECS, "/_peer/chart.js");
  const { document } = parseHTML(peer.html);

  it("keeps the page's text, head and the figure's other parts", () => {
    expect(textOf(peer.html)).toBe(textOf(PAGE));
    expect(peer.html).toContain('<link rel="stylesheet" href="/_astro/a.css">');
    expect(peer.html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(document.querySelector("figure[data-chart=ho] .cm-source")?.textContent).toBe("Nguồn: Báo Lạng Sơn");
  });

  it("takes out both drawings and their wrappers, leaving one container in their place", () => {
    expect(document.querySelectorAll("svg")).toHaveLength(0);
    expect(document.querySelectorAll(".cm-chart-wide, .cm-chart-narrow")).toHaveLength(0);
    const figure = document.querySelector("figure[data-chart=ho]");
    const container = figure?.querySelector("[data-peer-chart=ho]");
    expect(container?.previousElementSibling?.tagName).toBe("FIGCAPTION");
    const data = container?.querySelector("script[type='application/json']")?.textContent ?? "";
    expect(data).not.toContain("</script>");
    expect(JSON.parse(data)).toEqual({ dataset: { id: "ho", note: "</script>" }, kind: "bars", emphasis: [] });
    expect(peer.charts).toEqual(["ho"]);
  });

  it("leaves a figure without a drawing alone and loads the module at the end", () => {
    expect(document.querySelector("figure[data-chart=bang] table")).not.toBeNull();
    const last = document.body.lastElementChild;
    expect([last?.tagName, last?.getAttribute("type"), last?.getAttribute("src")]).toEqual([
      "SCRIPT",
      "module",
      "/_peer/chart.js",
    ]);
  });

  it("refuses a drawn chart it has no data for", () => {
    expect(() => peerPage(PAGE, new Map(), "/x.js")).toThrow(/"ho"/);
  });
});

describe("frameworkMarkdown", () => {
  it("keeps the main text in one HTML block and moves the data into the JavaScript block", () => {
    const peer = peerPage(PAGE, SPECS, "/_peer/chart.js").html;
    const md = frameworkMarkdown({ path: "bai/index", title: "Bài", peerHtml: peer });
    const [, html = "", js = ""] = /---\n\n([\s\S]*?)\n\n```js\n([\s\S]*?)```/.exec(md) ?? [];
    expect(html).not.toMatch(/\n\s*\n/);
    expect(textOf(`<!DOCTYPE html><html><body>${html}</body></html>`)).toBe(textOf(PAGE));
    expect(html).toContain('href="#/bieu-do/ho.csv"');
    expect(html).not.toContain("<script");
    expect(js).toContain('"ho":{"dataset":{"id":"ho","note":"\\u003c/script>"}');
  });
});

describe("chartOptionsInMdx", () => {
  it("reads each Chart tag's kind and emphasis", () => {
    const mdx = `Đoạn\n\n<Chart id="a" />\n<Chart id="b" kind="bars" emphasis="x, y" />`;
    expect([...chartOptionsInMdx(mdx)]).toEqual([
      ["a", { emphasis: [] }],
      ["b", { kind: "bars", emphasis: ["x", "y"] }],
    ]);
  });
});

describe("blockingTimes", () => {
  it("counts each long task's part after FCP beyond 50 ms, and the time before FCP", () => {
    // FCP at 1,000: a task 900–1,100 gives 100 before and 100 − 50 after; 1,200–1,230 is short; 1,500–1,620 gives 70.
    expect(
      blockingTimes(
        [
          [900, 200],
          [1200, 30],
          [1500, 120],
          [100, 60],
        ],
        1000,
      ),
    ).toEqual({ tbt: 120, before: 160 });
  });
});

describe("summarize", () => {
  const load = (fcp: number, chart: number): Load => ({
    bytes: 1000,
    jsBytes: 0,
    requests: 5,
    fcp,
    chart,
    allCharts: chart,
    tbt: 0,
    longBeforeFcp: 0,
  });
  const samples: Sample[] = [
    { page: "/a/", variant: "ours", load: load(1000, 1000) },
    { page: "/a/", variant: "plot-shaken", load: load(900, 3000) },
    { page: "/a/", variant: "ours", load: load(1400, 1400) },
    { page: "/a/", variant: "plot-shaken", load: load(1100, 2000) },
    { page: "/a/", variant: "ours", load: load(1200, 1200) },
    { page: "/a/", variant: "plot-shaken", load: load(1000, 2400) },
  ];

  it("takes medians per variant and divides ours by each peer's", () => {
    const [a] = summarize(samples);
    expect(a?.medians.ours).toMatchObject({ fcp: 1200, chart: 1200, loads: 3 });
    expect(a?.medians["plot-shaken"]).toMatchObject({ fcp: 1000, chart: 2400 });
    expect(a?.ratios["plot-shaken"]?.fcp).toBeCloseTo(1.2, 12);
    expect(a?.ratios["plot-shaken"]?.chart).toBeCloseTo(0.5, 12);
    expect(a?.ratios["plot-whole"]).toBeUndefined();
  });

  it("pairs each round's load of ours with the peer's of the same round", () => {
    // FCP ratios by round: 1000/900, 1400/1100, 1200/1000; chart: 1/3, 0.7, 0.5.
    const [a] = summarize(samples);
    expect(a?.pairs["plot-shaken"]?.fcp.median).toBeCloseTo(1.2, 12);
    expect(a?.pairs["plot-shaken"]?.chart).toMatchObject({ pairs: 3, low: 1000 / 3000, high: 0.7, coverage: 0.75 });
    expect(a?.pairs["plot-shaken"]?.chart.median).toBeCloseTo(0.5, 12);
    expect(formatSummary(summarize(samples))).toContain(
      "| plot-shaken | × 1.20 | × 0.50 | × 0.50 | × 1.20 (× 1.11 to × 1.27, 75 %) | × 0.50 (× 0.33 to × 0.70, 75 %) |",
    );
  });
});
