/** global.css's colour variables, written from the one palette (palette.ts) when Vite reads the stylesheet. */
import { declarations, SITE } from "./palette.ts";

/** A placeholder in global.css: `/* @palette light *\/` or `/* @palette dark *\/`, on a line of its own. */
const PLACEHOLDER = /^([ \t]*)\/\* @palette (light|dark) \*\/$/gm;

/** Returns `css` with each `@palette` placeholder replaced by the site's colour variables in that mode. */
export function expandPalette(css: string): string {
  return css.replace(PLACEHOLDER, (_m, indent: string, mode: "light" | "dark") =>
    declarations(Object.values(SITE), mode, indent),
  );
}

/** The Vite plugin that expands the placeholders of `src/styles/*.css` (in `astro dev` and `astro build`). */
export function paletteCssPlugin(): {
  name: string;
  enforce: "pre";
  transform: (code: string, id: string) => string | undefined;
} {
  return {
    name: "cot-moc-palette",
    enforce: "pre",
    transform(code, id) {
      return /\/src\/styles\/[^/]+\.css(\?.*)?$/.test(id) && code.includes("@palette") ? expandPalette(code) : undefined;
    },
  };
}
