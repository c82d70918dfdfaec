/** src/model/siteStore.ts: the model a process renders from, handed over by a build or reloaded when a file changes. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetById } from "../../src/model/lookups.ts";
import { loadSite } from "../../src/model/readSite.ts";
import { getSite, handedSite, handOverSite } from "../../src/model/siteStore.ts";
import { json, MINI } from "../helpers/mini.ts";

describe("getSite", () => {
  it("reloads after an edit while serving (dev), and reads the files once in a build", () => {
    const root = mkdtempSync(join(tmpdir(), "cotmoc-"));
    cpSync(MINI, root, { recursive: true });
    const file = join(root, "data/dong-gop.json");
    const retitle = (title: string) =>
      writeFileSync(file, json((d) => (d.title = title))(readFileSync(file, "utf8")), { flag: "w" });
    const title = () => datasetById(getSite(root), "dong-gop").title;
    const saved = handedSite();
    try {
      retitle("Tiêu đề một");
      expect(title()).toBe("Tiêu đề một");
      retitle("Tiêu đề hai (dài hơn)"); // a different size: the signature changes whatever the clock
      expect(title()).toBe("Tiêu đề hai (dài hơn)");
      // A build hands its checked model over: the pages render from it, not from the files again.
      handOverSite(getSite(root));
      retitle("Tiêu đề ba, không được đọc lại");
      expect(title()).toBe("Tiêu đề hai (dài hơn)");
    } finally {
      handOverSite(saved);
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("handOverSite", () => {
  it("hands a model to the rest of the process, and takes it back", () => {
    const saved = handedSite();
    try {
      const site = loadSite(MINI);
      handOverSite(site);
      expect(handedSite()).toBe(site);
      expect(getSite(MINI)).toBe(site);
      handOverSite(undefined);
      expect(handedSite()).toBeUndefined();
    } finally {
      handOverSite(saved);
    }
  });

  it("is not used for another root", () => {
    const saved = handedSite();
    try {
      const other = { ...loadSite(MINI), root: "/nowhere" };
      handOverSite(other);
      expect(getSite(MINI)).not.toBe(other);
      expect(getSite(MINI).root).toBe(MINI);
    } finally {
      handOverSite(saved);
    }
  });
});
