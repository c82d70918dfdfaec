/**
 * Serves the compared sites on loopback as a static host would: each file from the first of
 * `roots` that holds it (a peer's pages over our built site), text gzipped (level 9, made once and
 * kept), with its length. Every variant is served alike, so bytes on the wire compare.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { TYPES, type Served } from "../../lib/staticServer.ts";

const COMPRESSED = new Set([".html", ".css", ".js", ".json", ".svg", ".xml", ".csv"]);

/** Returns the file `path` names in the first root holding it (a folder's index.html), or undefined. */
function find(roots: readonly string[], path: string): string | undefined {
  for (const root of roots) {
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Serves `roots` (the first that holds a file wins) at "/" on 127.0.0.1, on a free port. */
export async function serveLayers(roots: readonly string[]): Promise<Served> {
  const bodies = new Map<string, { body: Buffer; gzip: boolean }>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = find(roots, path);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    let entry = bodies.get(file);
    if (!entry) {
      const raw = readFileSync(file);
      const gzip = COMPRESSED.has(ext);
      bodies.set(file, (entry = { body: gzip ? gzipSync(raw, { level: 9 }) : raw, gzip }));
    }
    const accepts = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = entry.gzip && !accepts ? readFileSync(file) : entry.body;
    res.writeHead(200, {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "content-length": body.length,
      ...(entry.gzip && accepts ? { "content-encoding": "gzip" } : {}),
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
