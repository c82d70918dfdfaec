/**
 * Content-Security-Policy helpers. Astro hashes the scripts and styles it bundles; an element
 * written `is:inline` it does not see, so the layout that writes one registers its hash with
 * `Astro.csp` from the very string it writes: the policy cannot drift from the markup.
 */
import { createHash } from "node:crypto";

/** Returns the CSP source of `content`'s SHA-256 ("sha256-…"), as Astro writes its own hashes. */
export function cspHash(content: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(content, "utf8").digest("base64")}`;
}
