import { launch } from "./lib/browser.ts";
const url = process.argv[2] ?? "http://127.0.0.1:4399/bieu-do/chi-bo/";
const out = process.argv[3] ?? "/tmp/sdshots/dev";
const browser = await launch();
for (const width of [360, 1280])
  for (const scheme of ["light", "dark"] as const) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const p = await ctx.newPage();
    const r = await p.goto(url, { waitUntil: "load", timeout: 120_000 });
    await p.waitForTimeout(2500);
    await p.screenshot({ path: `${out}-${width}-${scheme}.png` });
    if (width === 1280 && scheme === "light") {
      console.log("status", r?.status());
      console.log(await p.evaluate(() => {
        const o = document.querySelector("vite-error-overlay");
        return (o?.shadowRoot?.textContent ?? document.body.innerText).slice(0, 3000);
      }));
    }
    await ctx.close();
  }
await browser.close();
