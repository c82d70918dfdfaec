/**
 * Deployment: a build under a sub-path (BASE_PATH=/cot-moc/, SITE_URL=https://example.org) served
 * from that sub-path, the Content-Security-Policy of every page, and the `_headers` file for
 * static hosts. The sub-path build is the one extra build of this file.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headersFile, MAX_RULES } from "../../src/integrations/staticHeaders.ts";
import { launch } from "../helpers/browser.ts";
import { buildSite, type TestBuild } from "../helpers/build.ts";
import { DIST, htmlPages, page, walk } from "../helpers/dist.ts";
import { brokenLinks } from "../helpers/links.ts";
import { serve, type Served } from "../../scripts/lib/staticServer.ts";

const BASE = "/cot-moc/";
const SITE = "https://example.org";

/** Returns the URL path of a built page under `base` ("bai-viet/x/index.html" → "/cot-moc/bai-viet/x/"). */
const pathOf = (file: string, base = "/") => base + file.replace(/(^|\/)index\.html$/, "$1");
const isEmbed = (file: string) => /\/nhung\/index\.html$/.test(file);

describe("a build under BASE_PATH=/cot-moc/", () => {
  let sub: TestBuild | undefined;
  let browser: Browser | undefined;
  let server: Served | undefined;
  const dist = () => sub?.dist ?? "";
  beforeAll(async () => {
    sub = buildSite("subpath", { BASE_PATH: BASE, SITE_URL: SITE });
    [browser, server] = await Promise.all([launch(), serve(dist(), BASE)]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    sub?.remove();
  });

  it("has no broken internal link (pages, stylesheets, fonts, #fragments)", () => {
    expect(brokenLinks(dist(), { base: BASE, site: SITE })).toEqual([]);
  }, 60_000);

  it("has every PNG the root build has, each a whole PNG (their files are copied in at the build's end)", () => {
    const pngs = walk(dist()).filter((f) => f.endsWith(".png"));
    expect(pngs).toEqual(walk(DIST).filter((f) => f.endsWith(".png")));
    expect(pngs.length).toBeGreaterThan(0);
    for (const f of pngs) {
      const bytes = readFileSync(join(dist(), f));
      expect(bytes.subarray(0, 8).toString("hex"), f).toBe("89504e470d0a1a0a");
      // A PNG ends with its IEND chunk: a placeholder or a cut copy does not.
      expect(bytes.subarray(-8, -4).toString("latin1"), f).toBe("IEND");
    }
  });

  it("credits each chart's SVG and CSV download with its page on the deployed site, and says nothing of SITE_URL", () => {
    expect(sub?.output).not.toContain("SITE_URL");
    const svgs = walk(dist()).filter((f) => /^bieu-do\/[^/]+\.svg$/.test(f));
    expect(svgs.length).toBeGreaterThan(0);
    for (const f of svgs) {
      const page = `${SITE}${BASE}${f.replace(/\.svg$/, "/")}`;
      // A long line wraps into <tspan>s: read them as one line.
      const text = readFileSync(join(dist(), f), "utf8").replace(/<\/tspan><tspan[^>]*>/g, " ");
      expect(text, f).toContain(`Số liệu và biểu đồ: Cột Mốc, ${page}`);
      expect(readFileSync(join(dist(), f.replace(/\.svg$/, ".csv")), "utf8"), f).toContain(`,${page},`);
    }
  });

  it("names the deployed origin and the sub-path in its absolute URLs", () => {
    const wrong: string[] = [];
    for (const file of htmlPages(dist())) {
      const doc = page(file, dist());
      for (const el of doc.querySelectorAll('link[rel="canonical"], meta[property="og:url"], meta[property="og:image"]')) {
        const url = el.getAttribute("href") ?? el.getAttribute("content") ?? "";
        if (!url.startsWith(SITE + BASE)) wrong.push(`${file}: ${url}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(page("index.html", dist()).querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(SITE + BASE);
  });

  it("loads every page from the sub-path with no failed request and no console error", async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    const failures: string[] = [];
    for (const file of htmlPages(dist())) {
      const p = await context.newPage();
      const path = pathOf(file);
      p.on("console", (m) => m.type() === "error" && failures.push(`${path}: console: ${m.text()}`));
      p.on("pageerror", (e) => failures.push(`${path}: ${e.message}`));
      p.on("requestfailed", (r) => failures.push(`${path}: ${r.url()} ${r.failure()?.errorText}`));
      p.on("response", (r) => {
        if (r.status() >= 400 && file !== "404.html") failures.push(`${path}: HTTP ${r.status()} ${r.url()}`);
      });
      await p.goto(server!.url + path.slice(1), { waitUntil: "load" });
      await p.evaluate(() => document.fonts.ready.then(() => undefined));
      await p.close();
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 300_000);

  it("writes its _headers rules under the sub-path", () => {
    const rules = parseHeaders(readFileSync(join(dist(), "_headers"), "utf8"));
    for (const r of rules) expect(r.path.startsWith(BASE), r.path).toBe(true);
    const headers = headersFor(rules, `${BASE}bai-viet/`);
    expect(headersFor(rules, `${BASE}_astro/x.css`).get("cache-control")).toContain("immutable");
    expect(headers.get("cache-control")).toBeUndefined();
  });
});

describe("Content-Security-Policy", () => {
  const pages = htmlPages();
  /** Returns a page's policy, directive by directive. */
  const policy = (doc: Document) =>
    new Map(
      (doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "")
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...sources]) => [name ?? "", sources]),
    );
  const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

  it.each(pages)("%s runs no inline script or style that its policy does not hash", (file) => {
    const doc = page(file);
    const csp = policy(doc);
    const scriptSrc = csp.get("script-src") ?? [];
    const styleSrc = csp.get("style-src") ?? [];
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp.has("script-src-elem") || csp.has("script-src-attr")).toBe(false);
    expect(styleSrc).not.toContain("'unsafe-inline'");
    // JSON-LD is data, not a script: a policy does not apply to it.
    const inlineScripts = [...doc.querySelectorAll("script:not([src])")].filter((s) =>
      ["", "module", "text/javascript"].includes(s.getAttribute("type") ?? ""),
    );
    for (const s of inlineScripts) expect(scriptSrc, "inline script").toContain(sha256(s.textContent ?? ""));
    for (const s of doc.querySelectorAll("style")) expect(styleSrc, "inline style").toContain(sha256(s.textContent ?? ""));
    // Event-handler attributes would need 'unsafe-inline': there are none.
    expect(doc.querySelector("[onload], [onclick], [onerror], [onchange], [oninput], [onsubmit]")).toBeNull();
    // Fonts: the site's own files ('self', from default-src), but an embed page's only from the
    // data: URIs in its style (an opaque-origin frame cannot fetch one).
    if (/\/nhung\/index\.html$/.test(file)) expect(csp.get("font-src")).toEqual(["data:"]);
    else expect(csp.has("font-src")).toBe(false);
  });
});

interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** Returns the rules of a `_headers` file: a path line, then its indented "Name: value" lines. */
function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const [name = "", ...value] = line.trim().split(":");
    rules.at(-1)?.headers.push([name.toLowerCase(), value.join(":").trim()]);
  }
  return rules;
}

/**
 * Returns true when a rule path matches a URL path as Netlify and Cloudflare Pages match them: `*`
 * (a splat) matches anything, `:name` (a placeholder) exactly one non-empty segment.
 */
function ruleMatches(rule: string, path: string): boolean {
  const pattern = rule
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${pattern}$`).test(path);
}

/** Returns the headers a host sends for `path`: every matching rule, values of one name joined by ", " (as Netlify and Cloudflare do). */
function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rules) {
    if (!ruleMatches(r.path, path)) continue;
    for (const [name, value] of r.headers) out.set(name, out.has(name) ? `${out.get(name)}, ${value}` : value);
  }
  return out;
}

describe("_headers", () => {
  const rules = parseHeaders(readFileSync(join(DIST, "_headers"), "utf8"));
  const base = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");
  const pages = htmlPages();
  /** Every URL path a host serves a built .html file at: a folder and its index.html, a file with and without ".html". */
  const servedAt = (file: string) =>
    file.endsWith("index.html") || file === "index.html"
      ? [pathOf(file, base), base + file]
      : [base + file, base + file.replace(/\.html$/, "")];

  it("fits within Cloudflare Pages' limit of rules", () => {
    expect(rules.length).toBeLessThanOrEqual(MAX_RULES);
  });

  it("needs no more rules for a thousand charts, and still frames only their embed pages", () => {
    const many = ["/", "/du-lieu/", "/tim-kiem/", "/dinh-chinh/", "/404.html", "/chu-de/", "/bai-viet/"];
    for (let i = 0; i < 1000; i++)
      many.push(
        `/chu-de/t${i}/`,
        `/bieu-do/c${i}/`,
        `/bieu-do/c${i}/nhung/`,
        `/bai-viet/a${i}/`,
        `/bieu-do/c${i}/v/1/`,
        `/bieu-do/c${i}/v/1/nhung/`,
      );
    const big = parseHeaders(headersFile("/", many));
    expect(big.length).toBe(rules.length);
    for (const path of ["/bieu-do/c7/", "/bai-viet/a999/", "/", "/du-lieu/", "/bai-viet/"]) {
      expect(headersFor(big, path).get("content-security-policy"), path).toBe("frame-ancestors 'none'");
    }
    for (const path of ["/bieu-do/c7/index.html", "/404.html", "/404", "/index.html"]) {
      expect(headersFor(big, path).get("content-security-policy"), path).toBe("frame-ancestors 'none'");
    }
    expect(headersFor(big, "/bieu-do/c7/nhung/index.html").get("content-security-policy")).toBe("frame-ancestors *");
    expect(headersFor(big, "/bieu-do/c7/nhung/").get("content-security-policy")).toBe("frame-ancestors *");
    expect(headersFor(big, "/bieu-do/c7/nhung/").has("x-frame-options")).toBe(false);
    // A pinned version's embed page may be framed too; its chart page may not.
    expect(headersFor(big, "/bieu-do/c7/v/1/nhung/").get("content-security-policy")).toBe("frame-ancestors *");
    expect(headersFor(big, "/bieu-do/c7/v/1/").get("content-security-policy")).toBe("frame-ancestors 'none'");
  });

  it("lets anyone frame the embed pages and no one frame the others, every .html file at every path it is served at", () => {
    const wrong: string[] = [];
    expect(pages).toContain("404.html");
    for (const file of pages)
      for (const path of servedAt(file)) {
        const h = headersFor(rules, path);
        const csp = h.get("content-security-policy");
        const expected = isEmbed(file) ? "frame-ancestors *" : "frame-ancestors 'none'";
        if (csp !== expected) wrong.push(`${path}: ${csp}`);
        if (h.get("x-frame-options") !== (isEmbed(file) ? undefined : "DENY"))
          wrong.push(`${path}: X-Frame-Options ${h.get("x-frame-options")}`);
        if (h.get("x-content-type-options") !== "nosniff") wrong.push(`${path}: nosniff`);
        if (h.has("cache-control")) wrong.push(`${path}: a page must not be cached as immutable`);
      }
    expect(pages.some(isEmbed)).toBe(true);
    expect(wrong).toEqual([]);
  });

  it("caches the hashed assets under _astro/ for a year, as immutable", () => {
    const assets = walk(DIST).filter((f) => f.startsWith("_astro/"));
    expect(assets.length).toBeGreaterThan(0);
    for (const f of assets) {
      // Astro names them name.<hash>.ext: only such names may be immutable.
      expect(f).toMatch(/\.[\w-]{8}\.\w+$/);
      expect(headersFor(rules, base + f).get("cache-control")).toBe("public, max-age=31536000, immutable");
    }
  });
});
