/** Every chart, inlined in a minimal HTML5 page, passes the W3C Nu HTML Checker with zero errors. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { renderChart } from "../../src/charts/index.ts";
import { CASES } from "./fixtures.ts";

const VNU = join(process.cwd(), "node_modules/vnu-jar/build/dist/vnu.jar");

function page(svg: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>${svg}${svg}</body></html>\n`;
}

it("every chart kind is valid inline SVG in HTML5, twice on one page", () => {
  const dir = mkdtempSync(join(tmpdir(), "cm-charts-vnu-"));
  try {
    const files = CASES.map((c) => {
      const file = join(dir, `${c.name}.html`);
      writeFileSync(file, page(renderChart(c.dataset(), { kind: c.kind, emphasis: c.emphasis })));
      return file;
    });
    // The checker reports on stderr, as JSON, whether or not it finds errors; no JSON means it did not run.
    const run = spawnSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], { encoding: "utf8" });
    if (run.error) throw run.error;
    const messages = (JSON.parse(run.stderr) as { messages: { url: string; message: string }[] }).messages;
    expect(messages.map((m) => `${m.url.replace(/^.*\//, "")}: ${m.message}`)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
