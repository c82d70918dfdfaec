/** src/lib/fileCache.ts: files kept across builds, named by a hash of what their bytes depend on. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cacheRoot, cachedFile, packageVersion, readEntry, sha256, writeEntry } from "../../src/lib/fileCache.ts";
import { ROOT } from "../helpers/dist.ts";

const tmp = mkdtempSync(join(tmpdir(), "cotmoc-file-cache-test-"));
const ENV = ["COTMOC_CACHE_DIR", "COTMOC_CHART_CACHE"] as const;
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
let run = 0;

beforeEach(() => {
  // A fresh cache per test.
  run++;
  process.env.COTMOC_CACHE_DIR = join(tmp, `cache-${run}`);
  delete process.env.COTMOC_CHART_CACHE;
});

afterAll(() => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  rmSync(tmp, { recursive: true, force: true });
});

describe("sha256", () => {
  it("is the hex SHA-256 of a string", () => {
    expect(sha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256("Cột Mốc")).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256("Cột Mốc")).not.toBe(sha256("Cot Moc"));
  });
});

describe("packageVersion", () => {
  it("reads an installed package's version, and says ? for one that is not installed", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "node_modules/papaparse/package.json"), "utf8")) as { version: string };
    expect(packageVersion("papaparse")).toBe(pkg.version);
    expect(packageVersion("cot-moc-khong-co-goi-nay")).toBe("?");
  });
});

describe("cacheRoot", () => {
  it("is COTMOC_CACHE_DIR, else node_modules/.cache/cot-moc, and nothing when the cache is off", () => {
    expect(cacheRoot()).toBe(process.env.COTMOC_CACHE_DIR);
    delete process.env.COTMOC_CACHE_DIR;
    expect(cacheRoot()).toBe(join(process.cwd(), "node_modules/.cache/cot-moc"));
    process.env.COTMOC_CHART_CACHE = "off";
    expect(cacheRoot()).toBeUndefined();
  });
});

describe("readEntry and writeEntry", () => {
  it("write a file, its folder made as needed, and read it back", () => {
    const file = join(process.env.COTMOC_CACHE_DIR ?? "", "a/b/entry.json");
    expect(readEntry(file)).toBeUndefined();
    writeEntry(file, "{}");
    expect(readEntry(file)?.toString("utf8")).toBe("{}");
    writeEntry(file, Buffer.from("[1]"));
    expect(readEntry(file)?.toString("utf8")).toBe("[1]");
    expect(readEntry(undefined)).toBeUndefined();
  });

  it("leave no temporary file, and never throw when the file cannot be written", () => {
    const dir = join(process.env.COTMOC_CACHE_DIR ?? "", "x");
    writeEntry(join(dir, "entry"), "x");
    expect(readdirSync(dir)).toEqual(["entry"]);
    const blocked = join(tmp, `not-a-folder-${run}`);
    writeFileSync(blocked, "");
    expect(() => writeEntry(join(blocked, "entry"), "x")).not.toThrow();
    expect(readEntry(join(blocked, "entry"))).toBeUndefined();
  });
});

describe("cached derived files (a chart's PNG, the subset fonts)", () => {
  it("produces once per identity, and again for a changed one", async () => {
    let produced = 0;
    const make = async () => Buffer.from(`png ${++produced}`);
    const first = await cachedFile("png", "svg A at 1280 px", ".png", make);
    expect(first.startsWith(join(process.env.COTMOC_CACHE_DIR ?? "", "png"))).toBe(true);
    expect(first.endsWith(".png")).toBe(true);
    expect(await cachedFile("png", "svg A at 1280 px", ".png", make)).toBe(first);
    expect(produced).toBe(1);
    expect(readFileSync(await cachedFile("png", "svg A at 1200 px", ".png", make), "utf8")).toBe("png 2");
    expect(readFileSync(first, "utf8")).toBe("png 1");
  });

  it("still gives a file when the cache is off or cannot be written: one of this process's own", async () => {
    const cacheDir = process.env.COTMOC_CACHE_DIR ?? "";
    process.env.COTMOC_CHART_CACHE = "off";
    const off = await cachedFile("png", `off ${run}`, ".png", async () => Buffer.from("off"));
    // Not in the cache folder (which is under tmpdir() too), but in this process's own.
    expect(off.startsWith(cacheDir)).toBe(false);
    expect(existsSync(join(cacheDir, "png"))).toBe(false);
    expect(readFileSync(off, "utf8")).toBe("off");
    delete process.env.COTMOC_CHART_CACHE;
    const file = join(tmp, `not-a-folder-png-${run}`);
    writeFileSync(file, "");
    process.env.COTMOC_CACHE_DIR = file;
    const own = await cachedFile("png", `unwritable ${run}`, ".png", async () => Buffer.from("own"));
    expect(dirname(own)).toBe(dirname(off));
    expect(readFileSync(own, "utf8")).toBe("own");
  });
});
