/** The editor's guide lists every topic of content/topics.json, with its slug and name, and no other. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSite } from "../../src/model/readSite.ts";
import { ROOT } from "../helpers/dist.ts";

const GUIDE = readFileSync(join(ROOT, "docs/huong-dan-bien-tap.md"), "utf8");

describe("the guide's topics", () => {
  it("are exactly the list's, each with its name", () => {
    const section = GUIDE.slice(GUIDE.indexOf("**Chủ đề** (`topics`)"), GUIDE.indexOf("```yaml\ntopics:"));
    const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]+) \|$/gm)].map((m) => [m[1], m[2]?.trim()]);
    const { site } = readSite(ROOT);
    expect(rows).toEqual(site.topics.map((t) => [t.slug, t.name]));
  });
});
