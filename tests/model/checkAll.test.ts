/** src/model/checkAll.ts: every content check at once, the MDX syntax and components' problems first. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAll } from "../../src/model/checkAll.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { readSite } from "../../src/model/readSite.ts";
import { MINI, miniCopy } from "../helpers/mini.ts";

describe("checkAll", () => {
  it("gives the site model readSite gives, and no problem for a good site", () => {
    const { site, problems } = checkAll(MINI);
    expect(problems).toEqual([]);
    expect(site).toEqual(readSite(MINI).site);
  });

  it("lists the MDX problems, then the model's", () => {
    const { root, remove } = miniCopy();
    try {
      const file = join(root, "content/articles/bai-mau.mdx");
      writeFileSync(file, `---\ntitle: "Chỉ có tiêu đề"\n---\n\n<Khong />\n\n<Chart id="chi-bo" />\n`);
      const problems = checkAll(root).problems.map(formatProblem);
      expect(problems[0]).toMatch(/^content\/articles\/bai-mau\.mdx:5: không có thành phần <Khong>/);
      expect(problems.slice(1).some((p) => p.startsWith("content/articles/bai-mau.mdx: description: "))).toBe(true);
    } finally {
      remove();
    }
  });
});
