/** Launches Debian's Chromium with playwright-core (test tools cannot download browsers here). */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { serve, type Served } from "./staticServer.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a headless Chromium, run as root on a closed network, that makes no request of its own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
] as const;

/** Returns a headless Chromium that makes no network request of its own. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (.ci/run does).`);
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

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
