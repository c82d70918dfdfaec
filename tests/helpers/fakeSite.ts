/**
 * The tiny sites the publish tests build (a few files in folders, their text naming the site), and
 * the file operations of scripts/lib/publish.ts counted, logged, and killed or failed on demand.
 */
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PublishError, realOps, type FsOps } from "../../scripts/lib/publish.ts";

export const FAKE_FILES = (name: string): Record<string, string> => ({
  "index.html": `<!doctype html><title>${name}</title><h1>${name}</h1>\n`,
  "bai-viet/x/index.html": `<p>${name}: bài viết</p>\n`,
  "bieu-do/y/du-lieu.json": `{"site":"${name}"}\n`,
});

export interface Faults {
  /** Kills the process (SIGKILL) after this many operations. */
  killAfter?: number;
  /** Operation `failAt` (counted from 0) throws an error with `failCode` instead of running. */
  failAt?: number;
  failCode?: string;
  /** Receives one line per operation: "N op args". */
  oplog?: string;
}

/** Returns the real operations (an old version deleted at once) wrapped with `faults`, and how many ran. */
export function faultyOps(faults: Faults): { ops: FsOps; done: () => number } {
  let done = 0;
  const wrap =
    (op: string, f: (...a: string[]) => void) =>
    (...a: string[]) => {
      if (done === faults.killAfter) process.kill(process.pid, "SIGKILL");
      if (done === faults.failAt) {
        done++;
        throw Object.assign(new Error(`${faults.failCode}: injected, ${op} '${a[0]}'`), { code: faults.failCode });
      }
      if (faults.oplog) appendFileSync(faults.oplog, `${done} ${op} ${a.join(" ")}\n`);
      f(...a);
      done++;
    };
  // An old version is deleted at once rather than by a detached process, so a test sees the end state.
  const base: FsOps = { ...realOps, discard: realOps.rm };
  const ops = Object.fromEntries(Object.entries(base).map(([op, f]) => [op, wrap(op, f)])) as unknown as FsOps;
  return { ops, done: () => done };
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Returns the fake build of site `name`: the content check (failing when `bad`), then the site's files
 * written one operation each. `started` is written when it starts; `hold` is waited for before it goes on.
 */
export function fakeMake(name: string, ops: FsOps, o: { bad?: boolean; started?: string; hold?: string } = {}) {
  return async (staging: string): Promise<void> => {
    if (o.started) writeFileSync(o.started, `${process.pid}\n`);
    while (o.hold && !existsSync(o.hold)) sleep(20);
    if (o.bad) throw new PublishError("Có 1 lỗi trong nội dung:\ndata/x.json:3: values[0].value: sai.");
    for (const [file, text] of Object.entries(FAKE_FILES(name))) {
      ops.mkdir(join(staging, file, ".."));
      ops.writeFile(join(staging, file), text);
    }
  };
}
