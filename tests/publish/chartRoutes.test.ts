/** src/publish/chartRoutes.ts: one static path per dataset, and each chart route's dataset, article and links. */
import { describe, expect, it } from "vitest";
import { chartRoute, chartStaticPaths } from "../../src/publish/chartRoutes.ts";
import { chartLinks } from "../../src/publish/links.ts";
import { chartKey } from "../../src/publish/pageKeys.ts";
import { site } from "../helpers/site.ts";

describe("chartStaticPaths", () => {
  it("gives one path per dataset, its id as param and as prop, keyed by what its pages show", () => {
    expect(chartStaticPaths()).toEqual(
      site.datasets.map((d) => ({ params: { id: d.id }, props: { id: d.id }, cacheKey: chartKey(site, d) })),
    );
  });
});

describe("chartRoute", () => {
  it("gives the dataset, its article and its links", () => {
    const d = site.datasets[0]!;
    const route = chartRoute(d.id);
    expect(route.site).toBe(site);
    expect(route.dataset).toBe(d);
    expect(route.article.slug).toBe(d.article);
    expect(route.links).toEqual(chartLinks(d));
  });

  it("throws naming an unknown id", () => {
    expect(() => chartRoute("khong-co")).toThrow('Không có bộ dữ liệu "khong-co"');
    expect(() => chartRoute(undefined)).toThrow('Không có bộ dữ liệu ""');
  });
});
