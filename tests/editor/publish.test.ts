/**
 * The publish cannot be interrupted (scripts/lib/publish.ts, run by tests/helpers/publishDriver.ts on
 * tiny fake sites): killed (SIGKILL) or failed between any two of its file operations, from every
 * starting state, `dist` serves the old site or the new one byte for byte, or the next build restores
 * it before anything else and says so truthfully; two builds of one folder wait or refuse; a `dist`
 * that cannot be replaced gives a Vietnamese message and leaves nothing behind.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildInputs } from "../../scripts/lib/buildInputs.ts";
import { publish, realOps } from "../../scripts/lib/publish.ts";
import { FAKE_FILES, fakeMake, faultyOps, type Faults } from "../helpers/fakeSite.ts";
import { cleanUp, hashTree, tempDir } from "./sandbox.ts";

afterAll(cleanUp);

const DRIVER = join(import.meta.dirname, "../helpers/publishDriver.ts");
type Env = Record<string, string>;

/** Runs a build of fake site `name` in a child process (one that can be killed). */
function run(out: string, name: string, env: Env = {}) {
  const r = spawnSync(process.execPath, [DRIVER, out, name], { env: { ...process.env, ...env }, encoding: "utf8" });
  return { ...r, ops: Number(/ops (\d+)\s*$/.exec(r.stdout)?.[1] ?? NaN) };
}

/** Runs a build of fake site `name` in this process, with its operations failed on demand; `bad` fails its content check. */
async function here(out: string, name: string, faults: Faults & { bad?: boolean } = {}) {
  const { ops, done } = faultyOps(faults);
  const lines = { stdout: "", stderr: "" };
  const status = await publish({
    out,
    ops,
    make: fakeMake(name, ops, { bad: faults.bad ?? false }),
    waitSeconds: 0,
    log: (l) => (lines.stdout += `${l}\n`),
    error: (l) => (lines.stderr += `${l}\n`),
  });
  return { status, ...lines, ops: done() };
}

/** Writes fake site `name` into `dir` as a plain folder (the old layout's dist/). */
function writeSite(dir: string, name: string): void {
  for (const [file, text] of Object.entries(FAKE_FILES(name))) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

const trees: Record<string, Record<string, string>> = {};
for (const name of ["A", "B", "C"]) {
  const dir = tempDir();
  writeSite(dir, name);
  trees[name] = hashTree(dir);
}

/** Returns which fake site `out` serves, byte for byte, or "none"; throws on anything else (a broken site). */
function served(out: string): string {
  if (!existsSync(join(out, "index.html"))) return "none";
  const tree = hashTree(out);
  const name = Object.keys(trees).find((n) => JSON.stringify(trees[n]) === JSON.stringify(tree));
  if (!name) throw new Error(`${out} serves an incomplete or mixed site: ${JSON.stringify(tree)}`);
  return name;
}

/** Asserts nothing but the served site is left: no staging folder, link, lock, old version or old-layout folder. */
function expectClean(out: string): void {
  expect(readdirSync(join(out, "..")).sort()).toEqual(["dist", "dist.sites"]);
  expect(readdirSync(`${out}.sites`)).toEqual([/^dist\.sites\/(\d+)$/.exec(readlinkSync(out))![1]]);
}

/**
 * The states a build can start from: the site served before, and where a kill may leave dist missing
 * (crash points, in order): nowhere; only before B is served; at most two points in a row (moving the
 * old layout's folder aside, then its link); or from the start (the old layout already lost it).
 */
const STATES: Record<
  string,
  { before: string; missing: "never" | "before B" | "two" | "from start"; setUp: (out: string) => Promise<void> | void }
> = {
  "no site yet": { before: "none", missing: "before B", setUp: () => {} },
  "site A served": { before: "A", missing: "never", setUp: async (out) => expect((await here(out, "A")).status).toBe(0) },
  "the old layout: dist/ a folder holding A": { before: "A", missing: "two", setUp: (out) => writeSite(out, "A") },
  "the old layout killed between its renames: A in dist.previous": {
    before: "A",
    missing: "from start",
    setUp: (out) => {
      writeSite(`${out}.previous`, "A");
      writeSite(`${out}.staging`, "C");
      writeFileSync(join(`${out}.staging`, "index.html"), "<p>half</p>");
    },
  },
};

/** Asserts the crash points that left dist missing (`none`, ascending, of `steps`) fit the state's rule. */
function expectMissing(rule: string, none: number[], firstB: number): void {
  const contiguous = none.every((n, i) => i === 0 || n === none[i - 1]! + 1);
  if (rule === "never") expect(none).toEqual([]);
  if (rule === "before B") expect(none.every((n) => n < firstB)).toBe(true);
  if (rule === "two") expect(contiguous && none.length <= 2).toBe(true);
  if (rule === "from start") expect(contiguous && (none[0] ?? 0) === 0).toBe(true);
}

async function fresh(state: string): Promise<string> {
  const out = join(tempDir("cotmoc-publish-"), "dist");
  await STATES[state]!.setUp(out);
  return out;
}

describe.each(Object.keys(STATES))("from %s", (state) => {
  const { before } = STATES[state]!;
  let steps = 0;
  beforeAll(async () => {
    steps = (await here(await fresh(state), "B")).ops;
  });

  it("a build publishes B, in a known number of file operations", async () => {
    const out = await fresh(state);
    const r = await here(out, "B");
    expect(r.status, r.stderr).toBe(0);
    expect(served(out)).toBe("B");
    expectClean(out);
    expect(r.ops).toBe(steps);
    expect(steps).toBeGreaterThan(5);
  });

  it("killed after any number of operations, dist serves A or B, or the next build restores it and says so", async () => {
    const seen = new Set<string>();
    const none: number[] = [];
    let firstB = -1;
    for (let n = 0; n < steps; n++) {
      const out = await fresh(state);
      const killed = run(out, "B", { COTMOC_TEST_KILL_AFTER: String(n) });
      expect(killed.signal, `after ${n}`).toBe("SIGKILL");
      const now = served(out);
      seen.add(now);
      if (now === "none") none.push(n);
      if (now === "B" && firstB < 0) firstB = n;

      // The next build, failing its content check, first restores the site, then tells the truth about it.
      const failed = await here(out, "C", { bad: true });
      expect(failed.status, `after ${n}`).toBe(1);
      const kept = served(out);
      expect(before === "none" ? ["none", "B"] : ["A", "B"], `after ${n}`).toContain(kept);
      expect(failed.stderr).toContain(
        kept === "none" ? `chưa có bản nào trong ${out}.` : `Dựng trang thất bại; ${out} vẫn giữ nguyên bản tốt gần nhất.`,
      );
      if (now !== "none") expect(kept, `after ${n}`).toBe(now);

      const good = await here(out, "C");
      expect(good.status, `after ${n}: ${good.stderr}`).toBe(0);
      expect(served(out)).toBe("C");
      expectClean(out);
    }
    expect(seen.has("B")).toBe(true);
    expect(seen.has(before)).toBe(true);
    expectMissing(STATES[state]!.missing, none, firstB);
  }, 120_000);

  it("an operation failing (EIO) at any step: a Vietnamese message, no staging left, dist serves A or B", async () => {
    for (let n = 0; n < steps; n++) {
      const out = await fresh(state);
      const r = await here(out, "B", { failAt: n, failCode: "EIO" });
      const now = served(out);
      // Only where dist was missing before this build (the old layout's window) may it stay so, and then the message says where the site is.
      if (now === "none" && before !== "none")
        expect(r.stderr).toMatch(/bản tốt gần nhất nằm ở \S+\.previous; lần dựng sau sẽ khôi phục nó vào/);
      else expect(before === "none" ? ["none", "B"] : ["A", "B"], `at ${n}`).toContain(now);
      expect(r.stderr, `at ${n}`).not.toMatch(/^\s+at /m);
      if (r.status !== 0) {
        expect(r.stderr, `at ${n}`).toMatch(/lỗi hệ thống \(EIO\)/);
        expect(r.stderr, `at ${n}`).toMatch(/Dựng trang thất bại; /);
        if (existsSync(`${out}.sites`))
          expect(
            readdirSync(`${out}.sites`).filter((f) => f.startsWith("staging-")),
            `at ${n}`,
          ).toEqual([]);
      }
      const good = await here(out, "C");
      expect(good.status, `at ${n}: ${good.stderr}`).toBe(0);
      expect(served(out)).toBe("C");
      expectClean(out);
    }
  }, 120_000);
});

describe("a dist that cannot be replaced", () => {
  it.each(["EPERM", "EACCES", "EBUSY"])("%s: a Vietnamese message, the old site served, nothing left behind", async (code) => {
    const out = await fresh("site A served");
    const log = join(tempDir(), "ops.log");
    await here(out, "B", { oplog: log });
    // The operation that replaces dist: the rename of the new link over it.
    const swap = readFileSync(log, "utf8")
      .split("\n")
      .find((l) => l.includes(" rename ") && l.endsWith(` ${out}`))!;
    expect(swap).toBeDefined();
    const out2 = await fresh("site A served");
    const r = await here(out2, "B", { failAt: Number(swap.split(" ")[0]), failCode: code });
    expect(r.status).toBe(1);
    const what = { EPERM: "không được phép", EACCES: "không có quyền ghi", EBUSY: "thư mục đang được dùng" }[code];
    expect(r.stderr).toContain(`Không thay được ${out2} bằng bản mới: ${what} (${code}).`);
    expect(r.stderr).toContain(`Dựng trang thất bại; ${out2} vẫn giữ nguyên bản tốt gần nhất.`);
    expect(served(out2)).toBe("A");
    expectClean(out2);
  });
});

/** Starts a build in the background; resolves with its exit code and output. */
function start(out: string, name: string, env: Env) {
  const child = spawn(process.execPath, [DRIVER, out, name], { env: { ...process.env, ...env } });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  return { child, done, output: () => output };
}

async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((r) => setTimeout(r, 20));
}

describe("two builds of one folder", () => {
  it("the second waits for the first, then publishes; neither corrupts the other", async () => {
    const out = await fresh("site A served");
    const dir = tempDir();
    const first = start(out, "B", { COTMOC_TEST_STARTED: join(dir, "started"), COTMOC_TEST_HOLD: join(dir, "go") });
    await until(() => existsSync(join(dir, "started")));
    const second = start(out, "C", {});
    await until(() => second.output().includes("chờ nó xong"));
    expect(served(out)).toBe("A");
    writeFileSync(join(dir, "go"), "");
    expect((await first.done).code).toBe(0);
    expect((await second.done).code).toBe(0);
    expect(second.output()).toMatch(/Một bản dựng khác \(pid \d+\) đang chạy; chờ nó xong rồi dựng/);
    expect(served(out)).toBe("C");
    expectClean(out);
  }, 60_000);

  it("with COTMOC_BUILD_WAIT_S=0 the second refuses at once with a clear message", async () => {
    const out = await fresh("site A served");
    const dir = tempDir();
    const first = start(out, "B", { COTMOC_TEST_STARTED: join(dir, "started"), COTMOC_TEST_HOLD: join(dir, "go") });
    await until(() => existsSync(join(dir, "started")));
    const second = await here(out, "C");
    expect(second.status).toBe(75);
    expect(second.stderr).toContain(`Một bản dựng khác (pid ${first.child.pid}) đang dựng vào thư mục này; chạy lại khi nó xong`);
    expect(second.stderr).toContain(`Dựng trang thất bại; ${out} vẫn giữ nguyên bản tốt gần nhất.`);
    writeFileSync(join(dir, "go"), "");
    expect((await first.done).code).toBe(0);
    expect(served(out)).toBe("B");
    expectClean(out);
  }, 60_000);

  it("a build waiting for another stops on Ctrl-C (SIGINT), and the other goes on undisturbed", async () => {
    const out = await fresh("site A served");
    const dir = tempDir();
    const first = start(out, "B", { COTMOC_TEST_STARTED: join(dir, "started"), COTMOC_TEST_HOLD: join(dir, "go") });
    await until(() => existsSync(join(dir, "started")));
    const second = start(out, "C", {});
    await until(() => second.output().includes("chờ nó xong"));
    second.child.kill("SIGINT");
    expect((await second.done).code).toBe(130);
    expect(second.output()).toContain("Bản dựng bị dừng (SIGINT).");
    writeFileSync(join(dir, "go"), "");
    expect((await first.done).code).toBe(0);
    expect(served(out)).toBe("B");
    expectClean(out);
  }, 60_000);

  it("a lock left by a killed build is removed with a message", async () => {
    const out = await fresh("site A served");
    const dir = tempDir();
    const first = start(out, "B", { COTMOC_TEST_STARTED: join(dir, "started"), COTMOC_TEST_HOLD: join(dir, "go") });
    await until(() => existsSync(join(dir, "started")));
    first.child.kill("SIGKILL");
    await first.done;
    const r = await here(out, "C");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Gỡ khóa cũ của một bản dựng đã dừng giữa chừng (pid ${first.child.pid}).`);
    expect(served(out)).toBe("C");
    expectClean(out);
  }, 60_000);
});

describe("a build with nothing changed since the served version", () => {
  /** Publishes fake site `name` with the given inputs fingerprint; `during` runs inside make, `after` after the swap. */
  async function stamped(
    out: string,
    name: string,
    inputs: () => BuildInputs,
    o: { always?: boolean; during?: () => void; after?: () => void } = {},
  ) {
    const { ops } = faultyOps({});
    let made = 0;
    const make = fakeMake(name, ops, { bad: false });
    const lines = { stdout: "", stderr: "" };
    const status = await publish({
      out,
      ops,
      make: async (staging) => {
        made++;
        o.during?.();
        await make(staging);
      },
      inputs,
      always: o.always ?? false,
      after: o.after,
      waitSeconds: 0,
      log: (l) => (lines.stdout += `${l}\n`),
      error: (l) => (lines.stderr += `${l}\n`),
    });
    return { status, made, ...lines, link: readlinkSync(out) };
  }
  const fixed =
    (sources: string, records = "r") =>
    () => ({ sources, records });

  it("is not built again: dist stays the same version, and the build says why and how to force it", async () => {
    const out = join(tempDir("cotmoc-publish-"), "dist");
    const first = await stamped(out, "A", fixed("s1"));
    expect(first.made).toBe(1);
    const again = await stamped(out, "B", fixed("s1"));
    expect(again.status).toBe(0);
    expect(again.made).toBe(0);
    expect(again.link).toBe(first.link);
    expect(served(out)).toBe("A");
    expect(again.stdout).toContain("không dựng lại");
    expect(again.stdout).toContain("npm run build -- --force");
    expect(readdirSync(`${out}.sites`).sort()).toEqual([first.link.split("/")[1], "inputs.json"].sort());
  });

  it("is built when a source or a setting changed, or with --force", async () => {
    const out = join(tempDir("cotmoc-publish-"), "dist");
    await stamped(out, "A", fixed("s1"));
    expect((await stamped(out, "B", fixed("s2"))).made).toBe(1);
    expect(served(out)).toBe("B");
    const forced = await stamped(out, "C", fixed("s2"), { always: true });
    expect(forced.made).toBe(1);
    expect(served(out)).toBe("C");
    // --force writes the stamp too: the next plain build is skipped.
    expect((await stamped(out, "A", fixed("s2"))).made).toBe(0);
  });

  it("the records the build writes after publishing are part of the stamp, so the next build is skipped", async () => {
    const out = join(tempDir("cotmoc-publish-"), "dist");
    let records = "before";
    const inputs = () => ({ sources: "s1", records });
    await stamped(out, "A", inputs, { after: () => void (records = "written") });
    expect((await stamped(out, "B", inputs)).made).toBe(0);
    records = "edited by hand";
    expect((await stamped(out, "B", inputs)).made).toBe(1);
  });

  it("a source edited while the site was built leaves no stamp: the next build builds", async () => {
    const out = join(tempDir("cotmoc-publish-"), "dist");
    let sources = "s1";
    const inputs = () => ({ sources, records: "r" });
    await stamped(out, "A", inputs);
    sources = "s2";
    const during = await stamped(out, "B", inputs, { during: () => void (sources = "s3") });
    expect(during.made).toBe(1);
    expect(existsSync(join(`${out}.sites`, "inputs.json"))).toBe(false);
    expect((await stamped(out, "C", inputs)).made).toBe(1);
    expect((await stamped(out, "A", inputs)).made).toBe(0);
  });

  it("a stamp of another version (dist moved back by hand) does not skip the build", async () => {
    const out = join(tempDir("cotmoc-publish-"), "dist");
    await stamped(out, "A", fixed("s1"));
    const stamp = join(`${out}.sites`, "inputs.json");
    writeFileSync(stamp, JSON.stringify({ ...JSON.parse(readFileSync(stamp, "utf8")), version: 99 }));
    expect((await stamped(out, "B", fixed("s1"))).made).toBe(1);
  });
});

describe("the old version", () => {
  /** Publishes fake site `name` with the real file operations: the old version deleted by a detached process. */
  async function real(out: string, name: string): Promise<number> {
    return publish({ out, make: fakeMake(name, realOps), waitSeconds: 0, log: () => undefined });
  }

  /** Waits until no old version is left being deleted in `out`'s sites folder (at most 20 s). */
  async function trashGone(out: string): Promise<void> {
    for (let i = 0; i < 200 && readdirSync(`${out}.sites`).some((n) => n.startsWith("trash-")); i++)
      await new Promise((r) => setTimeout(r, 100));
  }

  it("is renamed aside and handed to `discard` (the real one a detached process); either way it ends deleted", async () => {
    const out = join(tempDir("cotmoc-publish-"), "dist");
    expect(await real(out, "A")).toBe(0);
    const first = /(\d+)$/.exec(readlinkSync(out))![1];
    const oplog = join(tempDir(), "ops.log");
    const { ops } = faultyOps({ oplog });
    expect(await publish({ out, ops, make: fakeMake("B", ops), waitSeconds: 0, log: () => undefined })).toBe(0);
    const steps = readFileSync(oplog, "utf8").split("\n");
    const renamed = steps.find((l) => l.includes(` rename ${out}.sites/${first} `));
    const trash = /rename \S+ (\S+)$/.exec(renamed ?? "")?.[1] ?? "";
    expect(trash).toMatch(new RegExp(`/dist\\.sites/trash-${first}-\\d+-\\w+$`));
    expect(steps.some((l) => l.endsWith(` discard ${trash}`))).toBe(true);
    expectClean(out);
    // With the real operations, a detached process deletes it: the build returns with the new version served.
    expect(await real(out, "C")).toBe(0);
    expect(served(out)).toBe("C");
    await trashGone(out);
    expectClean(out);
  });

  it("a deletion cut short (a leftover folder) is finished by the next build, and is never served", async () => {
    const out = join(tempDir("cotmoc-publish-"), "dist");
    expect(await real(out, "A")).toBe(0);
    const left = join(`${out}.sites`, "trash-1-99999-x");
    writeSite(left, "C");
    expect(await real(out, "B")).toBe(0);
    expect(served(out)).toBe("B");
    await trashGone(out);
    expect(existsSync(left)).toBe(false);
    expectClean(out);
  });
});
