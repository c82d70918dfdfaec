/** scripts/lib/linkedRestore.ts LinkQueue: restored pages linked by a worker thread, every failure reported. */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LinkQueue } from "../../scripts/lib/linkedRestore.ts";

let tmp: string;
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** A store of `n` files and the staging folder they are restored into. */
function store(n: number): { from: string[]; to: string[] } {
  tmp = mkdtempSync(join(tmpdir(), "cotmoc-links-"));
  const from: string[] = [];
  const to: string[] = [];
  for (let i = 0; i < n; i++) {
    const rel = join("bieu-do", `c${i}`, "index.html");
    mkdirSync(join(tmp, "store", rel, ".."), { recursive: true });
    writeFileSync(join(tmp, "store", rel), `trang ${i}`);
    from.push(join(tmp, "store", rel));
    to.push(join(tmp, "staging", rel));
  }
  return { from, to };
}

describe("LinkQueue", () => {
  it("links every queued file at its place, folders made, in more batches than one", async () => {
    const { from, to } = store(1300);
    const queue = new LinkQueue();
    from.forEach((f, i) => queue.add(f, to[i]!));
    await queue.finish();
    for (const [i, t] of to.entries()) {
      expect(readFileSync(t, "utf8")).toBe(`trang ${i}`);
      expect(statSync(t).ino).toBe(statSync(from[i]!).ino);
    }
    // Nothing queued: nothing to wait for.
    await new LinkQueue().finish();
  });

  it("lists the stored copies before linking, as absolute paths; none for a store not made yet", async () => {
    const { from, to } = store(600);
    const queue = new LinkQueue();
    const listed = queue.listStored(join(tmp, "store"));
    const missing = queue.listStored(join(tmp, "nothing"));
    from.forEach((f, i) => queue.add(f, to[i]!));
    expect([...(await listed)].sort()).toEqual([...from].sort());
    expect((await missing).size).toBe(0);
    await queue.finish();
    expect(statSync(to[599]!).ino).toBe(statSync(from[599]!).ino);
  });

  it("fails, naming the files it could not place and the way out, once all others are placed", async () => {
    const { from, to } = store(3);
    rmSync(from[1]!);
    const queue = new LinkQueue();
    from.forEach((f, i) => queue.add(f, to[i]!));
    await expect(queue.finish()).rejects.toThrow(
      /^1 tệp không khôi phục được từ bộ nhớ dựng \(.*c1\/index\.html: ENOENT.*npm run build -- --force\.$/,
    );
    expect(readFileSync(to[2]!, "utf8")).toBe("trang 2");
  });
});
