/** The W3C Nu HTML Checker over every built page: zero errors. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { DIST, htmlPages } from "../helpers/dist.ts";
import { VNU_FILTER, VNU_JAR } from "../helpers/vnu.ts";

it("every page passes the Nu HTML Checker with zero errors", () => {
  const files = htmlPages().map((f) => join(DIST, f));
  let out = "";
  try {
    execFileSync("java", ["-Xss16m", "-jar", VNU_JAR, ...VNU_FILTER, "--errors-only", "--format", "json", ...files], {
      encoding: "utf8",
      stdio: "pipe",
    });
  } catch (e) {
    out = (e as { stderr?: string }).stderr ?? String(e);
  }
  const messages = out ? (JSON.parse(out).messages as { url: string; message: string; lastLine?: number }[]) : [];
  expect(messages.map((m) => `${m.url.replace(/^.*dist\//, "")}:${m.lastLine}: ${m.message}`)).toEqual([]);
}, 180_000);
