/**
 * `npm run build`'s command line (scripts/build.ts): a mistaken option stops it with a Vietnamese
 * message and exit code 2 before anything is built or written.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/dist.ts";
import { cleanUp, tempDir } from "./sandbox.ts";

afterAll(cleanUp);

function build(args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, "scripts/build.ts"), ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("npm run build's options", () => {
  it("an unknown option: exit 2, the options it knows named", () => {
    const out = join(tempDir(), "dist");
    const r = build(["--out", out, "--fast"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Không biết tùy chọn --fast; dùng --out THƯ_MỤC, --root THƯ_MỤC hoặc --force.");
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ["--stage", "staging"],
    ["--result", "result.json"],
  ])("the Astro step's %s without its pair: exit 2, and no build", (option, name) => {
    const dir = tempDir();
    const r = build(["--out", join(dir, "dist"), option, join(dir, name)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--stage và --result đi cùng nhau");
    expect(existsSync(join(dir, name))).toBe(false);
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });
});
