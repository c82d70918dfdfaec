/**
 * `npm run screenshots`: photographs the built site so a reviewer can look at it without serving
 * it. Renders the home page, one article and one chart page at 360 px and 1280 px wide, in the
 * light and the dark scheme, full page, to PNG files. Builds nothing: it reads dist/ (or --dist).
 *
 * Options: --dist DIR (default dist), --out DIR (default screenshots). The base path the site was
 * built for (BASE_PATH) is read from the built home page.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launch } from "./lib/browser.ts";
import { serve } from "./lib/staticServer.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return resolve(i >= 0 ? (args[i + 1] ?? fallback) : fallback);
};
const dist = option("--dist", "dist");
const out = option("--out", "screenshots");

if (!existsSync(join(dist, "index.html"))) {
  console.error(`${dist} chưa có trang nào: hãy chạy \`npm run build\` trước.`);
  process.exit(1);
}

/** Returns the base path the site was built for, from where the home page finds its icon (its CSS is inline). */
function builtBase(): string {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  return /<link rel="icon" href="([^"]*\/)favicon\.svg"/.exec(html)?.[1] ?? "/";
}

/** Returns the first page folder under `dir` (sorted), preferring `preferred` when it exists. */
function firstPage(dir: string, preferred?: string): string | undefined {
  const folder = join(dist, dir);
  if (!existsSync(folder)) return undefined;
  const names = readdirSync(folder)
    .filter((n) => existsSync(join(folder, n, "index.html")))
    .sort();
  const name = preferred && names.includes(preferred) ? preferred : names[0];
  return name && `${dir}/${name}/`;
}

// The households chart: the one with a note, a stack and a long key, the hardest to fit on a phone.
const pages: [string, string | undefined][] = [
  ["trang-chu", ""],
  ["bai-viet", firstPage("bai-viet")],
  ["bieu-do", firstPage("bieu-do", "ho-gia-dinh-theo-dien")],
];
const WIDTHS = [360, 1280] as const;
const SCHEMES = ["light", "dark"] as const;

mkdirSync(out, { recursive: true });
const [browser, server] = await Promise.all([launch(), serve(dist, builtBase())]);
const written: string[] = [];
try {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 800 } });
      for (const [name, path] of pages) {
        if (path === undefined) continue;
        const page = await context.newPage();
        await page.goto(server.url + path, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        // Charts off screen are not drawn (content-visibility): the whole page is put on screen first.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width, height });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const file = join(out, `${name}-${width}-${scheme === "light" ? "sang" : "toi"}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written.push(file);
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Đã chụp ${written.length} ảnh vào ${out}:\n${written.map((f) => `  ${f}`).join("\n")}`);
