/**
 * The good paths of issue 16's numerals and derivations, through readSite on a copy of the mini site
 * with a small article: the La Lay "22.572 km" read as a decimal, and 20 of the unit's 88 as a part of a whole.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderChart } from "../../src/charts/index.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { readSite } from "../../src/model/readSite.ts";
import { chartNotes } from "../../src/publish/notes.ts";
import { miniCopy } from "../helpers/mini.ts";

const ARTICLE = `---
title: "Đồn Biên phòng La Lay"
description: "Bài mẫu về đồn La Lay."
author: "Phóng viên"
publisher: "Báo mẫu"
publisherUrl: "http://example.org/"
date: 2024-05-01T08:00:00+07:00
sourceUrl: "http://example.org/la-lay.html"
---

Đồn quản lý 22.572 km đường biên giới. Quân số của đồn là 88 đồng chí. Đồn duy trì 2 chốt (mỗi chốt 4 đồng chí) và 2 tổ (1 tổ 6 đồng chí) tuần tra.
`;

const value = (key: string, v: number, unit: string, quote: string, more: object = {}) => ({
  key,
  label: key,
  value: v,
  unit,
  quote,
  ...more,
});

const BORDER = {
  id: "la-lay-bien-gioi",
  article: "la-lay",
  title: "Đường biên giới đồn La Lay quản lý",
  description: "Chiều dài đường biên giới đồn quản lý.",
  relationship: "facts",
  values: [value("duong-bien", 22.572, "km", "22.572 km đường biên giới", { label: "Đường biên giới", reading: "thập phân" })],
};

const FORCES = {
  id: "la-lay-quan-so",
  article: "la-lay",
  title: "Quân số chốt và tổ tuần tra của đồn La Lay",
  description: "Số đồng chí ở chốt và tổ tuần tra, trong quân số của đồn.",
  relationship: "partition",
  unit: "đồng chí",
  values: [
    value("quan-so", 88, "đồng chí", "Quân số của đồn là 88 đồng chí"),
    value("so-chot", 2, "chốt", "2 chốt (mỗi chốt 4 đồng chí)"),
    value("moi-chot", 4, "đồng chí", "mỗi chốt 4 đồng chí"),
    value("so-to", 2, "tổ", "2 tổ (1 tổ 6 đồng chí)"),
    value("moi-to", 6, "đồng chí", "1 tổ 6 đồng chí"),
  ],
  derived: [
    { key: "o-chot", label: "Ở các chốt", op: "product", of: ["so-chot", "moi-chot"], unit: "đồng chí", digits: 0 },
    { key: "o-to", label: "Ở các tổ tuần tra", op: "product", of: ["so-to", "moi-to"], unit: "đồng chí", digits: 0 },
  ],
  total: { key: "quan-so", parts: ["o-chot", "o-to"], rest: { key: "khac", label: "Lực lượng khác (bài không nêu)" } },
};

const copies: Array<() => void> = [];
afterAll(() => copies.forEach((remove) => remove()));

/** Returns the site read from the mini copy with the La Lay article and these datasets. */
function siteWith(...datasets: object[]) {
  const { root, remove } = miniCopy();
  copies.push(remove);
  writeFileSync(join(root, "content/articles/la-lay.mdx"), ARTICLE);
  for (const d of datasets) writeFileSync(join(root, `data/${(d as { id: string }).id}.json`), JSON.stringify(d, null, 2));
  return readSite(root);
}

describe("La Lay: 22.572 km declared a decimal", () => {
  it("passes, is shown 22,572 km, and notes how the article wrote it", () => {
    const { site, problems } = siteWith(BORDER);
    expect(problems.map(formatProblem)).toEqual([]);
    const d = site.datasets.find((x) => x.id === BORDER.id)!;
    expect(d.figures[0]).toMatchObject({
      value: 22.572,
      text: "22,572 km",
      reading: "thập phân",
      written: "bài viết ghi “22.572 km”, dấu chấm ở đó là dấu thập phân",
    });
    expect(chartNotes(d)).toContain(
      "Cách viết số: Đường biên giới: 22,572 km, bài viết ghi “22.572 km”, dấu chấm ở đó là dấu thập phân.",
    );
  });

  it("fails undeclared, as 22572 or as 22.572, showing both readings", () => {
    const both =
      '"22.572 km" đọc được hai cách: 22.572 km (hai mươi hai nghìn năm trăm bảy mươi hai km, dấu chấm tách hàng nghìn) ' +
      "hoặc 22,572 km (hai mươi hai phẩy năm trăm bảy mươi hai km, dấu chấm là dấu thập phân). " +
      'Ghi reading là "hàng nghìn" hoặc "thập phân" (trong tệp CSV: cột reading) để nói bài viết dùng cách nào.';
    for (const v of [22572, 22.572]) {
      const undeclared = { ...BORDER, values: [value("duong-bien", v, "km", "22.572 km đường biên giới")] };
      expect(siteWith(undeclared).problems.map(formatProblem)).toEqual([
        `data/la-lay-bien-gioi.json:8: values[0].reading: ${both}`,
      ]);
    }
  });
});

describe("the notation digits trap is gone", () => {
  it('refuses "notation": "digits" for a number with a fraction, pointing to reading', () => {
    const trap = { ...BORDER, values: [value("duong-bien", 22.572, "km", "22.572 km đường biên giới", { notation: "digits" })] };
    expect(siteWith(trap).problems.map(formatProblem)).toEqual([
      'data/la-lay-bien-gioi.json:14: values[0].notation: "notation": "digits" chỉ dành cho số nguyên viết liền như số hiệu văn bản, năm (1625); số có phần thập phân thì bỏ notation và ghi "reading".',
    ]);
  });
});

describe("20 of the unit's 88: products as parts of a stated whole", () => {
  it("computes 2 × 4 and 2 × 6, and the rest of 88 as a labelled derived part", () => {
    const { site, problems } = siteWith(FORCES);
    expect(problems.map(formatProblem)).toEqual([]);
    const d = site.datasets.find((x) => x.id === FORCES.id)!;
    expect(d.total).toMatchObject({ key: "quan-so", value: 88, role: "total" });
    expect(d.parts.map((p) => [p.key, p.value, p.text, p.derived])).toEqual([
      ["o-chot", 8, "8 đồng chí", "Tính khi dựng trang: 2 chốt × 4 đồng chí."],
      ["o-to", 12, "12 đồng chí", "Tính khi dựng trang: 2 tổ × 6 đồng chí."],
      ["khac", 68, "68 đồng chí", "Tính khi dựng trang: phần còn lại, 88 đồng chí − 8 đồng chí − 12 đồng chí."],
    ]);
    expect(d.partsSum).toBe(88);
    // The factors stay figures of their own, not parts.
    expect(d.figures.filter((f) => f.role === "value").map((f) => f.key)).toEqual(["so-chot", "moi-chot", "so-to", "moi-to"]);
  });

  it("draws the parts in each form the partition allows: the stack and the bars", () => {
    const d = siteWith(FORCES).site.datasets.find((x) => x.id === FORCES.id)!;
    for (const kind of ["stack", "bars"] as const) {
      const svg = renderChart(d, { kind });
      for (const label of ["Ở các chốt", "Ở các tổ tuần tra", "Lực lượng khác (bài không nêu)"]) expect(svg).toContain(label);
      expect(svg).not.toContain(">Quân số<");
    }
  });

  it("without the rest, is drawn as groups of the total (20 of 88)", () => {
    const groups = { ...FORCES, relationship: "groups", total: { key: "quan-so", parts: ["o-chot", "o-to"] } };
    const { site, problems } = siteWith(groups);
    expect(problems.map(formatProblem)).toEqual([]);
    const d = site.datasets.find((x) => x.id === FORCES.id)!;
    expect(d.partsSum).toBe(20);
    expect(renderChart(d, { kind: "groups" })).toContain("Ở các tổ tuần tra");
  });

  it("reports parts that exceed the whole, and a difference below zero", () => {
    const four = {
      key: "o-to",
      label: "Ở các tổ",
      op: "product",
      of: ["so-to", "moi-to", "so-chot", "moi-chot"],
      unit: "đồng chí",
    };
    const over = { ...FORCES, derived: [FORCES.derived[0], four] };
    expect(siteWith(over).problems.map((p) => p.message)).toEqual([
      "các phần (104 đồng chí) đã vượt tổng 88 đồng chí; không còn phần nào.",
    ]);
    const { total: _total, ...facts } = FORCES;
    const diff = {
      ...facts,
      id: "la-lay-hieu",
      relationship: "facts",
      derived: [{ key: "hieu", label: "Hiệu", op: "difference", of: ["so-chot", "quan-so"], unit: "đồng chí" }],
    };
    expect(siteWith(diff).problems.map((p) => p.message)).toEqual([
      "hiệu âm: 2 chốt nhỏ hơn 88 đồng chí; số liệu không được âm.",
    ]);
  });
});
