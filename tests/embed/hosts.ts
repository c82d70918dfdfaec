/**
 * Test pages on other origins for the embed tests: a news site that pastes the published embed
 * code, and a hostile third site. Each is a tiny HTTP server on loopback with its own port, so
 * each has its own origin, as far from the chart site as a real newsroom is.
 */
import { createServer, type Server } from "node:http";

export interface Host {
  /** Origin and path of the served page, e.g. "http://localhost:40123/". */
  url: string;
  close: () => Promise<void>;
}

/** Serves `pages` (path → HTML) on loopback; `hostname` names it in the URL ("localhost", "127.0.0.1"). */
export async function host(pages: Record<string, string>, hostname: string): Promise<Host> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const body = pages[path];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    url: `http://${hostname}:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Returns the published embed code pointed at the test server: the code names the site it was
 * built for (SITE_URL, http://localhost:4321 by default), which is not where the test serves it.
 * Only that origin is rewritten; paths, attributes and script are the published bytes.
 */
export function retarget(code: string, siteUrl: string): string {
  const src = /src="([^"]+)"/.exec(code)?.[1];
  if (!src) throw new Error(`no src in embed code: ${code}`);
  const from = new URL(src).origin;
  return code.split(`${from}/`).join(`${new URL(siteUrl).origin}/`);
}

/** Returns a plain HTML page around `body` (the host's own page; not ours to validate). */
export function htmlPage(title: string, body: string, head = ""): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body style="margin:0;padding:8px">${body}</body></html>`;
}
