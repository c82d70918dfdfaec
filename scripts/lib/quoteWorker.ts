/**
 * The build's last check of provenance (src/publish/pageQuotes.ts), run in a worker thread: every
 * quote must be in the words a reader sees on its built article page. scripts/build.ts runs it beside
 * the search index, which keeps this thread and Pagefind's process busy meanwhile.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { Problem } from "../../src/model/problems.ts";
import { missingQuotes, type QuoteRef } from "../../src/publish/pageQuotes.ts";

interface Job {
  dir: string;
  refs: QuoteRef[];
}

/** Returns the quotes of `refs` missing from the built pages under `dir`, read in a worker thread. */
export function missingQuotesBeside(dir: string, refs: QuoteRef[]): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { dir, refs } satisfies Job });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`luồng kiểm tra trích dẫn dừng (mã ${code}) mà không trả lời`)));
  });
}

if (!isMainThread && parentPort) {
  const { dir, refs } = workerData as Job;
  parentPort.postMessage(missingQuotes(dir, refs));
}
