/** Removing a folder that a build's detached deleter (scripts/lib/publish.ts) may still be emptying. */
import { rmSync } from "node:fs";

/** Removes `path` and everything in it; an attempt that meets another deletion is tried again (up to 10 s). */
export function removeTree(path: string): void {
  for (let attempt = 1; ; attempt++)
    try {
      rmSync(path, { recursive: true, force: true });
      return;
    } catch (e) {
      if (attempt >= 50) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
}
