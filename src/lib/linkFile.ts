/**
 * The build's files are written once and then only linked: a page Astro keeps, a PNG drawn into the
 * cache, and the served site's copy are one file under several names. So nothing writes into an
 * existing file; a name gets new bytes by renaming a new file over it, which leaves the other names
 * (a page of the served site) as they were.
 */
import { randomBytes } from "node:crypto";
import { copyFileSync, linkSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { copyFile, link, rename, rm, writeFile } from "node:fs/promises";

/** Errors that mean "no link here", where a copy does the same job: another file system, a link limit. */
const NO_LINK = new Set(["EXDEV", "EMLINK", "EPERM", "ENOTSUP", "EOPNOTSUPP"]);

/** A name beside `path` that no other writer uses. */
const temporary = (path: string): string => `${path}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;

/** Links `from` at `to` (which must not exist), or copies it where no link can be made. */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (e) {
    if (!NO_LINK.has((e as NodeJS.ErrnoException).code ?? "")) throw e;
    await copyFile(from, to);
  }
}

/** `linkOrCopy`, in the calling thread. */
export function linkOrCopySync(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (e) {
    if (!NO_LINK.has((e as NodeJS.ErrnoException).code ?? "")) throw e;
    copyFileSync(from, to);
  }
}

/** Makes the new file of `to` beside it with `make`, then renames it over `to`. */
async function renameOver(to: string, make: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = temporary(to);
  try {
    await make(tmp);
    await rename(tmp, to);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Gives `to` the file `from` (a link, or a copy), replacing whatever `to` was by rename. */
export function placeFile(from: string, to: string): Promise<void> {
  return renameOver(to, (tmp) => linkOrCopy(from, tmp));
}

/** Writes `body` to `path` by renaming a new file over it. */
export function replaceFile(path: string, body: string | Uint8Array): Promise<void> {
  return renameOver(path, (tmp) => writeFile(tmp, body));
}

/** `replaceFile`, in the calling thread. */
export function replaceFileSync(path: string, body: string | Uint8Array): void {
  const tmp = temporary(path);
  try {
    writeFileSync(tmp, body);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
