/** src/lib/csp.ts: an inline element's Content-Security-Policy hash, as Astro writes its own. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cspHash } from "../../src/lib/csp.ts";

describe("cspHash", () => {
  it("is the base64 SHA-256 of the UTF-8 text, as a CSP source", () => {
    expect(cspHash("")).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    const script = "document.documentElement.dataset.theme = 'tối';";
    expect(cspHash(script)).toBe(`sha256-${createHash("sha256").update(Buffer.from(script, "utf8")).digest("base64")}`);
  });

  it("changes with a single character", () => {
    expect(cspHash("a")).not.toBe(cspHash("a "));
  });
});
