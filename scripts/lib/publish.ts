/**
 * The publish: a site is built into a staging folder of its own and served only once complete, by
 * one atomic rename. `dist` is a symbolic link to a version folder (`dist.sites/<n>/`); a new version
 * is published by making a new link beside it and renaming it over `dist`, so at every instant `dist`
 * is the old site or the new one, whatever kills the build. One build at a time per output folder
 * (a lock file holding its pid); every build first restores what a killed one left, then says so.
 *
 * Layout, for `--out /p/dist`:
 *   /p/dist                          link to dist.sites/<n> (relative, so the project can move)
 *   /p/dist.sites/<n>/               complete sites; only the one `dist` names is kept
 *   /p/dist.sites/staging-<pid>-<t>/ a build under way (unique to the build)
 *   /p/dist.sites/trash-<n>-<pid>-<t>/ an old version, renamed out of the way and being deleted
 *   /p/dist.sites/lock               the pid of the build holding the folder
 *   /p/dist.sites/inputs.json        the fingerprint of what the served version was built from
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { setPriority } from "node:os";
import { basename, dirname, join } from "node:path";
import type { BuildInputs } from "./buildInputs.ts";

/** The file operations that change the disk, one call a step, so tests can stop a build between any two. */
export interface FsOps {
  mkdir(path: string): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  link(existing: string, path: string): void;
  writeFile(path: string, text: string): void;
  rm(path: string): void;
  /** Deletes a folder nothing reads any more, without the build waiting for it. */
  discard(path: string): void;
}

/** Deletes the folder named by its first argument; run detached, so a build returns before it ends. */
const DISCARD = `require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })`;

/**
 * Deletes `path` in a process of its own at the lowest priority (like `bazel clean --async`): an old
 * version of a large site is tens of thousands of files, seconds of disk work after the new one is
 * served. A deletion cut short leaves the folder to the next build's `removeOld`.
 */
function discardDetached(path: string): void {
  const env = { ...process.env };
  delete env.NODE_OPTIONS; // no preloaded profilers or probes in a process nobody waits for
  const child = spawn(process.execPath, ["-e", DISCARD, path], { detached: true, stdio: "ignore", env });
  child.on("error", () => fs.rmSync(path, { recursive: true, force: true }));
  try {
    if (child.pid) setPriority(child.pid, 19);
  } catch {
    // A deletion at normal priority is still a deletion.
  }
  child.unref();
}

export const realOps: FsOps = {
  mkdir: (p) => fs.mkdirSync(p, { recursive: true }),
  rename: (a, b) => fs.renameSync(a, b),
  symlink: (t, p) => fs.symlinkSync(t, p, "dir"),
  link: (a, b) => fs.linkSync(a, b),
  writeFile: (p, t) => fs.writeFileSync(p, t),
  rm: (p) => fs.rmSync(p, { recursive: true, force: true }),
  discard: discardDetached,
};

/** A failure the build explains itself: its message is printed as it is. */
export class PublishError extends Error {}

export interface PublishOptions {
  /** The served folder (a link once published). */
  out: string;
  /** Builds the site into `staging` (a path that does not exist yet); throws `PublishError` to stop. */
  make: (staging: string) => Promise<void>;
  /** Runs after the new site is served, before the lock is released (the records of what was published). */
  after?: () => void;
  /**
   * The fingerprint of the build's inputs (scripts/lib/buildInputs.ts). When it equals the one the
   * served version was built from, nothing is built: the build says so and exits 0.
   */
  inputs?: () => BuildInputs;
  /** Builds even when the inputs are those of the served version (`--force`); the stamp is still written. */
  always?: boolean;
  /** Seconds to wait for another build of `out` to end; 0 refuses at once. */
  waitSeconds?: number;
  ops?: FsOps;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/** The paths of a publish into `out`. */
export function layout(out: string) {
  const sites = `${out}.sites`;
  return {
    sites,
    lock: join(sites, "lock"),
    stamp: join(sites, "inputs.json"),
    target: (n: number) => `${basename(out)}.sites/${n}`,
  };
}

const NUMBER = /^[1-9]\d*$/;

/** Returns the version numbers in the sites folder, ascending. */
function versions(sites: string): number[] {
  if (!fs.existsSync(sites)) return [];
  return fs
    .readdirSync(sites)
    .filter((n) => NUMBER.test(n) && fs.lstatSync(join(sites, n)).isDirectory())
    .map(Number)
    .sort((a, b) => a - b);
}

/** Returns the version `out` links to when it is a link to a complete one, else undefined. */
export function servedVersion(out: string): number | undefined {
  const st = fs.lstatSync(out, { throwIfNoEntry: false });
  if (!st?.isSymbolicLink()) return undefined;
  const m = /^(?:.*\/)?[^/]+\.sites\/([1-9]\d*)$/.exec(fs.readlinkSync(out));
  return m && fs.existsSync(join(out, "index.html")) ? Number(m[1]) : undefined;
}

/** Returns whether `out` serves a complete site (through its link, or as a folder of the old layout). */
export function hasSite(out: string): boolean {
  return fs.existsSync(join(out, "index.html"));
}

/** Returns whether process `pid` is alive (EPERM: alive, another user's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Waits without blocking the event loop, so Ctrl-C still stops a build that is waiting. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Why an operation failed, in words, with the system's code. */
function why(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const what: Record<string, string> = {
    EPERM: "không được phép",
    EACCES: "không có quyền ghi",
    EBUSY: "thư mục đang được dùng",
    EROFS: "ổ đĩa chỉ đọc",
    ENOSPC: "hết chỗ trên đĩa",
  };
  return err.code ? `${what[err.code] ?? "lỗi hệ thống"} (${err.code})` : String(err.message ?? e);
}

/** Builds and publishes a site into `out`; returns the exit code. */
export async function publish(o: PublishOptions): Promise<number> {
  const ops = o.ops ?? realOps;
  const log = o.log ?? ((l: string) => console.log(l));
  const error = o.error ?? ((l: string) => console.error(l));
  const { sites, lock, stamp, target } = layout(o.out);
  const mine = `${process.pid}`;
  const staging = join(sites, `staging-${mine}-${Date.now().toString(36)}`);
  let locked = false;

  const release = () => {
    if (locked) ops.rm(lock);
    locked = false;
  };
  const truth = () => {
    if (hasSite(o.out)) return `${o.out} vẫn giữ nguyên bản tốt gần nhất.`;
    const kept = [...versions(sites).map((n) => join(sites, String(n))), `${o.out}.previous`].findLast(hasSite);
    return kept
      ? `bản tốt gần nhất nằm ở ${kept}; lần dựng sau sẽ khôi phục nó vào ${o.out}.`
      : `chưa có bản nào trong ${o.out}.`;
  };
  const fail = (message: string, code = 1): number => {
    try {
      ops.rm(staging);
      // A build stopped while waiting leaves no pid file of its own beside the lock.
      if (!locked) ops.rm(`${lock}-${mine}.tmp`);
    } catch (e) {
      message += `\nKhông xóa được ${staging}: ${why(e)}; bản dựng sau sẽ xóa nó.`;
    }
    // A failure inside the recovery or the swap may have left dist without its link: put it back first.
    if (locked && !hasSite(o.out))
      try {
        recover(o.out, ops, log);
      } catch {
        // The message below says where the good copy is.
      }
    error(message);
    error(`Dựng trang thất bại; ${truth()}`);
    try {
      release();
    } catch (e) {
      error(`Không gỡ được khóa ${lock}: ${why(e)}; xóa tệp này bằng tay.`);
    }
    return code;
  };
  // Ctrl-C or kill: the staging folder and the lock go; a kill -9 leaves them for the next build.
  const onSignal = (signal: NodeJS.Signals) => process.exit(fail(`Bản dựng bị dừng (${signal}).`, 130));
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
  try {
    return await publishLocked();
  } finally {
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  }

  async function publishLocked(): Promise<number> {
    try {
      ops.mkdir(sites);
      const waited = await takeLock(lock, mine, ops, o.waitSeconds ?? 1800, log);
      if (waited) return fail(waited, 75);
      locked = true;
      recover(o.out, ops, log);
    } catch (e) {
      return fail(`Không chuẩn bị được ${sites}: ${why(e)}.`);
    }

    let before: BuildInputs | undefined;
    try {
      before = o.inputs?.();
    } catch (e) {
      log(`Không đọc được đủ các tệp đầu vào để so với lần dựng trước (${why(e)}); dựng lại.`);
    }
    const served = servedVersion(o.out);
    const last = stampOf(stamp);
    if (
      before &&
      !o.always &&
      served !== undefined &&
      last?.version === served &&
      last.sources === before.sources &&
      last.records === before.records
    ) {
      log(
        `${o.out} đã được dựng từ đúng nội dung, dữ liệu, mã nguồn và cài đặt này (${target(served)}): không dựng lại. Muốn dựng lại mọi trang: npm run build -- --force.`,
      );
      release();
      return 0;
    }

    try {
      await o.make(staging);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (e instanceof PublishError) return fail(e.message);
      return fail(`Dựng trang dừng: ${err.code ? `${why(e)}, ${err.path ?? err.message}` : (err.stack ?? String(e))}`);
    }
    // Verify the staged site: nothing is served that is not complete.
    if (!fs.existsSync(join(staging, "index.html"))) return fail(`${staging} không có index.html.`);

    // Promote, then serve: the complete folder gets its number, then a new link replaces `dist` in one rename.
    const n = Math.max(0, servedVersion(o.out) ?? 0, ...versions(sites)) + 1;
    const version = join(sites, String(n));
    const link = join(sites, `link-${mine}`);
    try {
      ops.rename(staging, version);
      ops.symlink(target(n), link);
      ops.rename(link, o.out);
    } catch (e) {
      let message = `Không thay được ${o.out} bằng bản mới: ${why(e)}. Kiểm tra quyền ghi vào ${dirname(o.out)} (và chương trình nào đang giữ ${o.out}), rồi dựng lại.`;
      for (const p of [link, version])
        try {
          if (servedVersion(o.out) !== n) ops.rm(p);
        } catch (e2) {
          message += `\nKhông xóa được ${p}: ${why(e2)}.`;
        }
      return fail(message);
    }
    log(`Đã dựng trang vào ${o.out}.`);
    removeOld(o.out, ops, (l) => log(l));
    let code = 0;
    try {
      o.after?.();
    } catch (e) {
      error(`Trang đã được dựng vào ${o.out}, nhưng bước cuối lỗi: ${why(e)}; chạy lại npm run build.`);
      code = 1;
    }
    // Stamped only when no source changed while the site was built (the records are the build's own).
    if (before && code === 0)
      try {
        const now = o.inputs?.();
        if (now?.sources === before.sources) ops.writeFile(stamp, `${JSON.stringify({ version: n, ...now })}\n`);
        else ops.rm(stamp);
      } catch (e) {
        log(`Không ghi được ${stamp}: ${why(e)}; lần dựng sau sẽ dựng lại dù không có gì thay đổi.`);
      }
    try {
      release();
    } catch (e) {
      // A lock whose build has ended is stale: the next build removes it.
      error(`Không gỡ được khóa ${lock}: ${why(e)}; bản dựng sau sẽ gỡ nó.`);
    }
    return code;
  }
}

/** Returns the stamp: the version it was written for and that version's inputs; undefined without a readable one. */
function stampOf(path: string): ({ version: number } & BuildInputs) | undefined {
  try {
    return JSON.parse(fs.readFileSync(path, "utf8")) as { version: number } & BuildInputs;
  } catch {
    return undefined;
  }
}

/** Takes the lock of the sites folder, waiting up to `seconds` for a live holder; returns why it could not. */
async function takeLock(
  lock: string,
  mine: string,
  ops: FsOps,
  seconds: number,
  log: (l: string) => void,
): Promise<string | undefined> {
  // The pid is written to a file of this build first, then linked into place: the lock is never half written.
  const mineFile = `${lock}-${mine}.tmp`;
  ops.writeFile(mineFile, `${mine}\n`);
  let told = false;
  for (let waited = 0; ; waited += 0.2) {
    try {
      // Held from here; the pid file is removed by the recovery that follows, with any other left over.
      ops.link(mineFile, lock);
      return undefined;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = Number.parseInt(fs.readFileSync(lock, "utf8"), 10);
    // Its own pid in the lock can only be a dead build's, reused by the system.
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
      if (waited >= seconds) {
        ops.rm(mineFile);
        return `Một bản dựng khác (pid ${holder}) đang dựng vào thư mục này${told ? " và chưa xong" : ""}; chạy lại khi nó xong (khóa: ${lock}).`;
      }
      if (!told) log(`Một bản dựng khác (pid ${holder}) đang chạy; chờ nó xong rồi dựng (khóa: ${lock})…`);
      told = true;
      await sleep(200);
      continue;
    }
    // A stale lock: moved aside under a name of this build, so two builds cannot both take it over.
    const aside = `${lock}-${mine}.stale`;
    try {
      ops.rename(lock, aside);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw e;
    }
    const moved = Number.parseInt(fs.readFileSync(aside, "utf8"), 10);
    if (moved !== holder && Number.isInteger(moved) && moved !== process.pid && alive(moved)) ops.link(aside, lock);
    else log(`Gỡ khóa cũ của một bản dựng đã dừng giữa chừng (pid ${holder || "?"}).`);
    ops.rm(aside);
  }
}

/** Puts `out` right before anything else happens: a killed build's leftovers go, a lost link is restored. */
function recover(out: string, ops: FsOps, log: (l: string) => void): void {
  const { sites, target } = layout(out);
  // What builds killed part-way left: staging folders, new links, lock files of dead builds.
  // Under the lock no other build has a staging folder or a link; waiting builds' pid files stay.
  for (const name of fs.readdirSync(sites)) {
    const pid = /^(?:staging|link|lock)-(\d+)/.exec(name)?.[1];
    const waiting = name.startsWith("lock-") && pid !== `${process.pid}` && alive(Number(pid));
    if (pid && !waiting) {
      if (name.startsWith("staging-")) log(`Xóa bản dựng dở dang ${join(sites, name)} (một lần dựng bị ngắt).`);
      ops.rm(join(sites, name));
    }
  }
  // The layout before dist was a link: dist.staging (never complete) and dist.previous (the last good site if dist is gone).
  ops.rm(`${out}.staging`);
  const st = fs.lstatSync(out, { throwIfNoEntry: false });
  const previous = `${out}.previous`;
  if (!st && hasSite(previous)) {
    const n = Math.max(0, ...versions(sites)) + 1;
    log(`Khôi phục bản tốt gần nhất từ ${previous} (một lần dựng trước đã bị ngắt).`);
    ops.rename(previous, join(sites, String(n)));
  }
  ops.rm(previous);

  if (st?.isDirectory()) {
    // First build since dist/ became a link: the folder becomes a version, then the link replaces it.
    const n = Math.max(0, ...versions(sites)) + 1;
    log(`Chuyển ${out} sang cách phục vụ mới: thư mục cũ thành ${target(n)}, ${out} thành liên kết tới nó.`);
    ops.rename(out, join(sites, String(n)));
    swapTo(out, n, ops);
  } else if (st && !st.isSymbolicLink()) {
    throw Object.assign(new Error(`${out} là một tệp, không phải thư mục trang`), { code: "ENOTDIR" });
  } else if (servedVersion(out) === undefined) {
    const all = versions(sites).filter((n) => hasSite(join(sites, String(n))));
    const last = all.at(-1);
    if (last !== undefined) {
      log(`${out} không trỏ tới bản nào đầy đủ; khôi phục bản tốt gần nhất (${target(last)}).`);
      swapTo(out, last, ops);
    }
  }
  removeOld(out, ops, log);
}

/** Points `out` at version `n`: a new link, renamed over it. */
function swapTo(out: string, n: number, ops: FsOps): void {
  const { sites, target } = layout(out);
  const link = join(sites, `link-${process.pid}`);
  ops.symlink(target(n), link);
  ops.rename(link, out);
}

/**
 * Removes the versions `out` does not serve: each is renamed aside at once (so it is no longer a
 * version) and deleted without the build waiting; so are folders a cut-short deletion left. A
 * failure is reported and left to the next build.
 */
function removeOld(out: string, ops: FsOps, log: (l: string) => void): void {
  const { sites } = layout(out);
  const served = servedVersion(out);
  if (served === undefined) return;
  for (const n of versions(sites))
    if (n !== served)
      try {
        ops.rename(join(sites, String(n)), join(sites, `trash-${n}-${process.pid}-${Date.now().toString(36)}`));
      } catch (e) {
        log(`Chưa xóa được bản cũ ${join(sites, String(n))}: ${why(e)}; bản dựng sau sẽ xóa lại.`);
      }
  for (const name of fs.readdirSync(sites))
    if (name.startsWith("trash-"))
      try {
        ops.discard(join(sites, name));
      } catch (e) {
        log(`Chưa xóa được bản cũ ${join(sites, name)}: ${why(e)}; bản dựng sau sẽ xóa lại.`);
      }
}
