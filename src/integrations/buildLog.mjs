// The build's log: Astro's own console output, less one warning that describes our intent.
import node from "astro/logger/node";

// Astro notes that `style-src-attr 'unsafe-inline'` shadows `style-src 'self'` for style attributes:
// that is the policy wanted (chart colours are style attributes; no attribute loads a stylesheet).
const INTENDED = [/`style-src-attr` override `style-src` for their scope/];

/** @param {Record<string, unknown>} [options] */
export default function buildLog(options) {
  const dest = node(options);
  return {
    /** @param {{ level: string; message: string }} event */
    write(event) {
      if (event.level === "warn" && INTENDED.some((r) => r.test(event.message))) return;
      dest.write(event);
    },
  };
}
