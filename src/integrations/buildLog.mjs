// The build's log: Astro's own console output, less one warning that describes our intent, with one
// line per page it renders even though pages render side by side (astro.config.mjs: build.concurrency).
// The files it reuses from the last build are counted in one line (116,000 lines at 2,000 articles);
// COTMOC_BUILD_LOG=all lists each, with "(restored)" or "(cached)".
import node from "astro/logger/node";

// Astro notes that `style-src-attr 'unsafe-inline'` shadows `style-src 'self'` for style attributes:
// that is the policy wanted (chart colours are style attributes; no attribute loads a stylesheet).
const INTENDED = [/`style-src-attr` override `style-src` for their scope/];

/** A page's line as Astro starts it ("  ├─ /bai-viet/x/index.html"), before its outcome. */
const PAGE_START = /^\s*[├└]─ /;
/** The outcome Astro writes right after a page's start when it reuses the page. */
const REUSED = /^\s*\((cached|restored)\)/;
/** The render time Astro writes once a page is rendered: with pages side by side it may follow another page's start. */
const RENDER_TIME = /^\s*\(\+[\d.]+m?s\)/;

/** @param {Record<string, unknown>} [options] */
export default function buildLog(options) {
  const dest = node(options);
  const listReused = process.env.COTMOC_BUILD_LOG === "all";
  /** @type {{ level: string; message: string; newLine?: boolean } | undefined} */
  let held;
  let reused = 0;
  const flushHeld = () => {
    if (held) dest.write({ ...held, newLine: true });
    held = undefined;
  };
  // After the pages: the count of those reused.
  const flush = () => {
    flushHeld();
    if (!reused) return;
    const n = new Intl.NumberFormat("vi-VN").format(reused);
    dest.write({ level: "info", label: null, message: `  ${n} tệp dùng lại từ lần dựng trước.`, newLine: true });
    reused = 0;
  };
  return {
    /** @param {{ level: string; label?: string | null; message: string; newLine?: boolean }} event */
    write(event) {
      if (event.level === "warn" && INTENDED.some((r) => r.test(event.message))) return;
      if (event.newLine === false && PAGE_START.test(event.message)) {
        flushHeld();
        held = event;
        return;
      }
      if (event.label === "SKIP_FORMAT" && REUSED.test(event.message) && held) {
        if (listReused) dest.write({ ...held, message: `${held.message}${event.message}`, newLine: true });
        else reused++;
        held = undefined;
        return;
      }
      // A rendered page's time cannot be matched with its line once pages render side by side.
      if (event.label === "SKIP_FORMAT" && RENDER_TIME.test(event.message)) return;
      flush();
      dest.write(event);
    },
  };
}
