/**
 * PNG endpoints: outside a build they answer with the PNG's bytes; during one they note which cache
 * file belongs at their path and give Astro an empty placeholder, and the build copies the noted
 * files in at the end (the built site's PNGs are checked in tests/reader/cards.test.ts,
 * tests/embed/built.test.ts, and under a sub-path in tests/reader/deploy.test.ts).
 */
import type { APIContext } from "astro";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  abandonPngOutput,
  beginPngOutput,
  pngEndpoint,
  pngResponse,
  sitePath,
  writePngOutput,
} from "../../src/publish/pngOutput.ts";

let tmp = "";
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "cot-moc-png-"));
});
afterEach(() => {
  abandonPngOutput();
  rmSync(tmp, { recursive: true, force: true });
});

/** Writes a file standing for a cached PNG and returns its path. */
const cached = (name: string, bytes: number[]) => {
  const file = join(tmp, name);
  writeFileSync(file, Buffer.from(bytes));
  return file;
};
const request = (path: string) => ({ url: new URL(path, "http://localhost:4321"), params: {} }) as unknown as APIContext;
const body = async (r: Response) => [...new Uint8Array(await r.arrayBuffer())];

describe("a PNG endpoint", () => {
  it("answers with the file's bytes outside a build", async () => {
    const file = cached("a.png", [137, 80, 78, 71]);
    const response = await pngEndpoint(async () => file)(request("/bieu-do/a.png"));
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(await body(response)).toEqual([137, 80, 78, 71]);
  });

  it("during a build answers with an empty placeholder, and the build copies the file to its path", async () => {
    const a = cached("a.png", [1, 2, 3]);
    const b = cached("b.png", [4, 5]);
    beginPngOutput();
    const chart = await pngEndpoint(async () => a)(request("/bieu-do/a.png"));
    const card = await pngEndpoint(async () => b)(request("/anh/bieu-do/b.png"));
    expect(await body(chart)).toEqual([]);
    expect(await body(card)).toEqual([]);
    const out = join(tmp, "dist");
    expect(await writePngOutput(out)).toEqual(["anh/bieu-do/b.png", "bieu-do/a.png"]);
    expect([...readFileSync(join(out, "bieu-do/a.png"))]).toEqual([1, 2, 3]);
    expect([...readFileSync(join(out, "anh/bieu-do/b.png"))]).toEqual([4, 5]);
    // The notes end with the build: the same endpoint answers with bytes again, and nothing is owed.
    expect(await body(await pngEndpoint(async () => a)(request("/bieu-do/a.png")))).toEqual([1, 2, 3]);
    expect(await writePngOutput(out)).toEqual([]);
  });

  it("overwrites the placeholder Astro wrote", async () => {
    const a = cached("a.png", [9, 9]);
    const out = join(tmp, "dist");
    beginPngOutput();
    await pngEndpoint(async () => a)(request("/bieu-do/a.png"));
    mkdirSync(join(out, "bieu-do"), { recursive: true });
    writeFileSync(join(out, "bieu-do/a.png"), "");
    await writePngOutput(out);
    expect([...readFileSync(join(out, "bieu-do/a.png"))]).toEqual([9, 9]);
  });

  it("overwrites the placeholder Astro's incremental build stored for reuse, and stores nothing Astro did not", async () => {
    const a = cached("a.png", [7, 7]);
    const b = cached("b.png", [8]);
    const out = join(tmp, "dist");
    const stored = join(tmp, "astro-cache/dist");
    beginPngOutput();
    await pngEndpoint(async () => a)(request("/bieu-do/a.png"));
    await pngEndpoint(async () => b)(request("/anh/cot-moc.png"));
    mkdirSync(join(stored, "bieu-do"), { recursive: true });
    writeFileSync(join(stored, "bieu-do/a.png"), "");
    await writePngOutput(out, stored);
    expect([...readFileSync(join(stored, "bieu-do/a.png"))]).toEqual([7, 7]);
    expect(existsSync(join(stored, "anh/cot-moc.png"))).toBe(false);
  });

  it("fails at once, naming the file, when the PNG file is missing", async () => {
    beginPngOutput();
    const missing = join(tmp, "missing.png");
    await expect(pngEndpoint(async () => missing)(request("/bieu-do/a.png"))).rejects.toThrow(missing);
  });

  it("refuses two different files for one path", async () => {
    const a = cached("a.png", [1]);
    const b = cached("b.png", [2]);
    beginPngOutput();
    await pngEndpoint(async () => a)(request("/bieu-do/a.png"));
    await pngEndpoint(async () => a)(request("/bieu-do/a.png"));
    await expect(pngEndpoint(async () => b)(request("/bieu-do/a.png"))).rejects.toThrow(/bieu-do\/a\.png/);
  });

  it("fails the build's end naming both files when a noted file has gone", async () => {
    const a = cached("a.png", [1]);
    beginPngOutput();
    await pngEndpoint(async () => a)(request("/bieu-do/a.png"));
    rmSync(a);
    const out = join(tmp, "dist");
    await expect(writePngOutput(out)).rejects.toThrow(`${a} vào ${join(out, "bieu-do/a.png")}`);
  });
});

describe("a request's path in the site", () => {
  it("is relative to the base, decoded", () => {
    expect(sitePath("/bieu-do/a.png", "/")).toBe("bieu-do/a.png");
    expect(sitePath("/cot-moc/bieu-do/a.png", "/cot-moc/")).toBe("bieu-do/a.png");
    expect(sitePath("/cot-moc/anh/cot-moc.png", "/cot-moc")).toBe("anh/cot-moc.png");
    expect(sitePath("/anh/b%C3%A0i.png", "/")).toBe("anh/bài.png");
  });

  it("never leaves the site's folder", () => {
    expect(() => sitePath("/other/a.png", "/cot-moc/")).toThrow(/ngoài gốc/);
    expect(() => sitePath("/cot-moc/../a.png", "/cot-moc/")).toThrow();
    expect(() => sitePath("/%2e%2e/a.png", "/")).toThrow(/không phải một tệp/);
    expect(() => sitePath("/", "/")).toThrow(/không phải một tệp/);
  });
});

describe("a PNG's response", () => {
  it("serves exactly the PNG's bytes, also when they are a slice of a larger buffer", async () => {
    const png = Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]).subarray(2, 6);
    const response = pngResponse(png);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([2, 3, 4, 5]);
  });
});
