/** src/design/siteCss.ts: global.css's colour variables, written from the palette where its placeholders stand. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { declarations, SITE } from "../../src/design/palette.ts";
import { expandPalette, paletteCssPlugin } from "../../src/design/siteCss.ts";
import { ROOT } from "../helpers/dist.ts";

const tokens = Object.values(SITE);

describe("expandPalette", () => {
  it("replaces each placeholder by the site's variables in its mode, at its indent", () => {
    const css =
      ":root {\n  /* @palette light */\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    /* @palette dark */\n  }\n}\n";
    expect(expandPalette(css)).toBe(
      `:root {\n${declarations(tokens, "light", "  ")}\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n${declarations(tokens, "dark", "    ")}\n  }\n}\n`,
    );
  });

  it("leaves a placeholder that is not on a line of its own, an unknown mode, and every other rule as they are", () => {
    const css = "a { color: red; } /* @palette dark */\n/* @palette dim */\n/* @palette light */ b{}\n";
    expect(expandPalette(css)).toBe(css);
  });

  it("leaves no placeholder in global.css, which has both modes", () => {
    const source = readFileSync(join(ROOT, "src/styles/global.css"), "utf8");
    expect(source).toMatch(/^\s*\/\* @palette light \*\/$/m);
    expect(source).toMatch(/^\s*\/\* @palette dark \*\/$/m);
    const out = expandPalette(source);
    expect(out).not.toMatch(/^\s*\/\* @palette (light|dark) \*\/$/m);
    for (const t of tokens) {
      expect(out, t.name).toContain(`${t.name}: ${t.light};`);
      expect(out, t.name).toContain(`${t.name}: ${t.dark};`);
    }
  });
});

describe("paletteCssPlugin", () => {
  const { name, enforce, transform } = paletteCssPlugin();
  const css = "/* @palette light */\n";

  it("expands the stylesheets of src/styles/ before other plugins", () => {
    expect([name, enforce]).toEqual(["cot-moc-palette", "pre"]);
    expect(transform(css, "/work/src/styles/global.css")).toBe(expandPalette(css));
    expect(transform(css, "/work/src/styles/global.css?direct")).toBe(expandPalette(css));
  });

  it("leaves every other file, and a stylesheet without placeholders, to Vite", () => {
    expect(transform(css, "/work/src/components/x.css")).toBeUndefined();
    expect(transform(css, "/work/src/styles/sub/x.css")).toBeUndefined();
    expect(transform(css, "/work/src/styles/global.ts")).toBeUndefined();
    expect(transform("a{}", "/work/src/styles/global.css")).toBeUndefined();
  });
});
