/**
 * The command lines of `npm run bench` and `npm run bench:scale` (scripts/bench/options.ts): the
 * quick default, the long method behind --full, and refusals of what a run would otherwise ignore.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseOptions, parseScaleOptions } from "../../scripts/bench/options.ts";

describe("npm run bench's options", () => {
  it("runs the quick method by default: one repeat of 5 cold and 9 warm pairs, at 100 articles", () => {
    expect(parseOptions([])).toMatchObject({
      articles: 100,
      full: false,
      repeat: 1,
      coldPairs: 5,
      warmPairs: 9,
      method: "duet",
      clock: "cpu",
      json: undefined,
    });
  });

  it("keeps the long method behind --full: 3 repeats of 3 cold and 8 warm pairs", () => {
    expect(parseOptions(["--full"])).toMatchObject({ full: true, repeat: 3, coldPairs: 3, warmPairs: 8 });
  });

  it("lets counts given on the command line win over either method's defaults", () => {
    expect(parseOptions(["--full", "--repeat", "2", "--cold-pairs", "7"])).toMatchObject({
      repeat: 2,
      coldPairs: 7,
      warmPairs: 8,
    });
    expect(parseOptions(["--warm-pairs", "4", "--articles", "20"])).toMatchObject({ articles: 20, warmPairs: 4, coldPairs: 5 });
  });

  it("takes --json with or without its file, wherever it stands", () => {
    expect(parseOptions(["--json", "out.json", "--no-2x"])?.json).toBe(resolve("out.json"));
    expect(parseOptions(["--no-2x", "--json"])?.json).toBe(resolve("bench.json"));
    expect(parseOptions(["--json", "--keep"])).toMatchObject({ json: resolve("bench.json"), keep: true });
  });

  it("names the method from --sequential and --cold-only", () => {
    expect(parseOptions(["--sequential"])?.method).toBe("sequential");
    expect(parseOptions(["--cold-only", "--sequential"])?.method).toBe("cold-only");
    expect(parseOptions(["--clock", "wall"])?.clock).toBe("wall");
  });

  it("refuses a count that is not a positive integer, a missing value, an unknown clock or option", () => {
    for (const argv of [
      ["--articles", "0"],
      ["--repeat", "1.5"],
      ["--cold-pairs", "x"],
      ["--articles"],
      ["--clock", "wal"],
      ["--warm-pair", "3"],
      ["--fulll"],
      ["100"],
    ])
      expect(parseOptions(argv), argv.join(" ")).toBeUndefined();
  });
});

describe("npm run bench:scale's options", () => {
  it("measures 2,000 articles against 100 by default, the issue's scale", () => {
    expect(parseScaleOptions([])).toEqual({ articles: 2000, baseline: 100, json: undefined, keep: false });
  });

  it("reads --articles, --baseline, --json and --keep", () => {
    expect(parseScaleOptions(["--articles", "200", "--json", "s.json", "--baseline", "50", "--keep"])).toEqual({
      articles: 200,
      baseline: 50,
      json: resolve("s.json"),
      keep: true,
    });
    expect(parseScaleOptions(["--json"])?.json).toBe(resolve("bench-scale.json"));
  });

  it("refuses the bench's own options and malformed counts", () => {
    for (const argv of [["--full"], ["--articles", "-5"], ["--baseline"], ["--articles", "2e3x"]])
      expect(parseScaleOptions(argv), argv.join(" ")).toBeUndefined();
  });
});
