/** axe-core in Debian's Chromium over every built page, light and dark: zero violations, no console error. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { htmlPages, DIST } from "../helpers/dist.ts";
import { siteInBrowser } from "../helpers/browser.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const pages = htmlPages().map((f) => f.replace(/index\.html$/, ""));

const web = siteInBrowser(DIST);

describe.each(["light", "dark"] as const)("%s scheme", (scheme) => {
  it("every page has zero axe violations and no console error", async () => {
    const context = await web.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const failures: string[] = [];
    for (const path of pages) {
      const p = await context.newPage();
      p.on("console", (m) => m.type() === "error" && failures.push(`${path}: console: ${m.text()}`));
      p.on("pageerror", (e) => failures.push(`${path}: ${e.message}`));
      const res = await p.goto(web.server.url + path, { waitUntil: "load" });
      if (!res || (res.status() !== 200 && path !== "404.html")) failures.push(`${path}: HTTP ${res?.status()}`);
      // Evaluated by the driver: the page's Content-Security-Policy refuses an injected <script>.
      await p.evaluate(AXE);
      const violations = await p.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map(
          (v: { id: string; nodes: { target: string[] }[] }) => `${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        );
      });
      for (const v of violations) failures.push(`${path}: ${v}`);
      await p.close();
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 300_000);
});
