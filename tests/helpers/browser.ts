/** Debian's Chromium and the built site served on loopback, started and stopped around a browser suite. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launch } from "../../scripts/lib/browser.ts";
import { serve, type Served } from "../../scripts/lib/staticServer.ts";

export { launch } from "../../scripts/lib/browser.ts";

/**
 * Registers hooks that start Chromium and serve the built site `dist` (under `base`) for the enclosing
 * suite, and stop both after it. Read `.browser` and `.server` inside tests and later hooks.
 */
export function siteInBrowser(dist: string, base?: string): { browser: Browser; server: Served } {
  const open = {} as { browser: Browser; server: Served };
  beforeAll(async () => {
    [open.browser, open.server] = await Promise.all([launch(), serve(dist, base)]);
  });
  afterAll(async () => {
    await open.browser?.close();
    await open.server?.close();
  });
  return open;
}
