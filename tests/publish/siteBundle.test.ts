/**
 * src/publish/siteBundle.ts: the version every HTML page's key carries moves with the site's bundled
 * stylesheets and client scripts, and with nothing else (a build of a whole site is in
 * tests/editor/incremental.test.ts).
 */
import { afterEach, describe, expect, it } from "vitest";
import { htmlPaths } from "../../src/publish/pageKeys.ts";
import { resetSiteBundle, siteBundlePlugin, siteBundleVersion } from "../../src/publish/siteBundle.ts";

/** Runs the plugin's transform on each module, as Vite does in `env`. */
function compile(root: string, modules: [env: string, id: string, code: string][]): string {
  resetSiteBundle();
  const plugin = siteBundlePlugin(root);
  for (const [env, id, code] of modules) {
    expect(plugin.transform.call({ environment: { name: env } }, code, id)).toBeUndefined();
  }
  return siteBundleVersion();
}

const SITE: [string, string, string][] = [
  ["prerender", "/p/src/styles/global.css", "body{color:#111}"],
  ["prerender", "/p/src/pages/tim-kiem.astro?astro&type=style&index=0&lang.css", ".q{margin:0}"],
  ["client", "/p/src/pages/tim-kiem.astro?astro&type=script&index=0&lang.ts", "search()"],
  ["client", "/p/src/search/rank.ts", "export const rank = 1"],
  ["prerender", "/p/src/publish/pageKeys.ts", "export const key = 1"],
];

afterEach(resetSiteBundle);

describe("the site's bundle version", () => {
  it("is empty outside a build, where no plugin ran", () => {
    resetSiteBundle();
    expect(siteBundleVersion()).toBe("");
    const paths = [{ params: { id: "a" }, cacheKey: "k" }];
    expect(htmlPaths(paths)[0]?.params).toEqual({ id: "a" });
  });

  it("moves with a stylesheet, a component's <style>, a client script and a module it imports", () => {
    const base = compile("/p", SITE);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    for (let i = 0; i < 4; i++) {
      const edited = SITE.map((m, j): [string, string, string] => (j === i ? [m[0], m[1], `${m[2]} `] : m));
      expect(compile("/p", edited), SITE[i]?.[1]).not.toBe(base);
    }
  });

  it("does not move with server code (its pages' own code is in Astro's hash of their modules), nor with the order modules compile in", () => {
    const base = compile("/p", SITE);
    expect(
      compile(
        "/p",
        SITE.map((m, j) => (j === 4 ? [m[0], m[1], "export const key = 2"] : m)),
      ),
    ).toBe(base);
    expect(compile("/p", [...SITE].reverse())).toBe(base);
  });

  it("is the same wherever the project is checked out", () => {
    const moved = SITE.map(([env, id, code]): [string, string, string] => [env, id.replace("/p/", "/elsewhere/x/"), code]);
    expect(compile("/elsewhere/x", moved)).toBe(compile("/p", SITE));
  });

  it("is joined to each HTML page's key", () => {
    const paths = [
      { params: { id: "a" }, cacheKey: "k1" },
      { params: { id: "b" }, cacheKey: "k2" },
    ];
    compile("/p", SITE);
    const one = htmlPaths(paths).map((p) => p.cacheKey);
    compile(
      "/p",
      SITE.map((m, j) => (j === 0 ? [m[0], m[1], "body{color:#222}"] : m)),
    );
    const two = htmlPaths(paths).map((p) => p.cacheKey);
    expect(new Set([...one, ...two, "k1", "k2"]).size).toBe(6);
    compile("/p", SITE);
    expect(htmlPaths(paths).map((p) => p.cacheKey)).toEqual(one);
  });
});
