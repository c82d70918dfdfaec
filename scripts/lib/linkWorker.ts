/**
 * The worker thread of scripts/lib/linkedRestore.ts: lists the stored copies when asked (`list`), and
 * links each stored copy it is sent at its place in the staging folder, while Astro's thread goes on
 * to the next page. Answers `done` with the files it could not place.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { parentPort } from "node:worker_threads";
import { filesUnder } from "../../src/lib/folders.ts";
import { linkOrCopySync } from "../../src/lib/linkFile.ts";

const madeDirs = new Set<string>();
const failed: string[] = [];
parentPort?.on("message", (m: { list?: string; id?: number; pairs?: [from: string, to: string][]; done?: boolean }) => {
  if (m.list !== undefined) parentPort?.postMessage({ listed: existsSync(m.list) ? filesUnder(m.list) : [], id: m.id });
  for (const [from, to] of m.pairs ?? [])
    try {
      const dir = dirname(to);
      if (!madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        madeDirs.add(dir);
      }
      linkOrCopySync(from, to);
    } catch (e) {
      failed.push(`${to}: ${(e as Error).message}`);
    }
  if (m.done) parentPort?.postMessage({ failed });
});
