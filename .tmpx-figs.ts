import { launch } from "./scripts/lib/browser.ts";
import { serve } from "./scripts/lib/staticServer.ts";
import { readdirSync } from "node:fs";
const out = process.argv[2] ?? "/tmp/figs";
const widths = (process.argv[3] ?? "360,1280").split(",").map(Number);
const schemes = (process.argv[4] ?? "light").split(",") as ("light" | "dark")[];
const only = process.argv[5];
const [browser, server] = await Promise.all([launch(), serve("dist", "/")]);
const articles = readdirSync("dist/bai-viet");
for (const scheme of schemes) for (const width of widths) {
  const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  for (const a of articles) {
    await page.goto(`${server.url}bai-viet/${a}/`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const figs = await page.$$("figure.cm-figure");
    for (const f of figs) {
      const id = await f.getAttribute("data-chart");
      if (only && !only.split(",").includes(id!)) continue;
      await f.screenshot({ path: `${out}/${id}-${width}-${scheme}.png` });
    }
  }
  await ctx.close();
}
await browser.close(); await server.close();
