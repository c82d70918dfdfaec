/**
 * The build's files are linked, never written into (src/lib/linkFile.ts): giving a name new bytes
 * leaves every other name of the old file as it was.
 */
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { linkOrCopy, placeFile, replaceFile } from "../../src/lib/linkFile.ts";

const dir = mkdtempSync(join(tmpdir(), "cotmoc-link-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file `name` in a fresh folder with `text`, and a second name for it (as the served site's). */
function linkedPair(name: string, text: string): { path: string; other: string } {
  const path = join(dir, name);
  writeFileSync(path, text);
  const other = `${path}.served`;
  linkSync(path, other);
  return { path, other };
}

describe("linked build files", () => {
  it("linkOrCopy makes a second name of the same file", async () => {
    const from = join(dir, "a");
    writeFileSync(from, "trang");
    await linkOrCopy(from, join(dir, "b"));
    expect(statSync(join(dir, "b")).ino).toBe(statSync(from).ino);
    await expect(linkOrCopy(join(dir, "missing"), join(dir, "c"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("linkOrCopy copies across file systems (/dev/shm and the temporary folder, where they are two), and links on one", async () => {
    const shm = "/dev/shm";
    const from = join(existsSync(shm) ? mkdtempSync(join(shm, "cotmoc-link-")) : dir, "x");
    writeFileSync(from, "bản sao");
    const to = join(dir, "x-copy");
    await linkOrCopy(from, to);
    expect(readFileSync(to, "utf8")).toBe("bản sao");
    // A link when both are on one file system, else a copy of its own.
    expect(statSync(to).ino === statSync(from).ino).toBe(statSync(from).dev === statSync(dir).dev);
    rmSync(from);
  });

  it("placeFile and replaceFile give a name new bytes and leave its other names as they were", async () => {
    const drawn = join(dir, "drawn.png");
    writeFileSync(drawn, "PNG mới");
    const placed = linkedPair("placed", "trang cũ");
    await placeFile(drawn, placed.path);
    expect(readFileSync(placed.path, "utf8")).toBe("PNG mới");
    expect(statSync(placed.path).ino).toBe(statSync(drawn).ino);
    expect(readFileSync(placed.other, "utf8")).toBe("trang cũ");

    const replaced = linkedPair("replaced", "trang cũ");
    await replaceFile(replaced.path, "trang mới");
    expect(readFileSync(replaced.path, "utf8")).toBe("trang mới");
    expect(readFileSync(replaced.other, "utf8")).toBe("trang cũ");
    // No temporary file is left beside them.
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
