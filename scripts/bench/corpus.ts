/**
 * The benchmark's synthetic newsroom: `writeCorpus(root, n)` writes n articles, each with four
 * datasets (bars, a stack, a fact box and a split, declared as the real site's are), into
 * `root/content/articles/` and `root/data/`.
 * Every figure is stated in a `<So>`, quoted by its dataset, and parts add up to their totals, so the
 * corpus passes every check of the real build. The same `n` and seed always give the same bytes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { slugify } from "../../src/lib/slug.ts";
import { borderFigures, cellsFigures, type DatasetFile, helpFigures, homesFigures } from "./corpusData.ts";
import { AUTHORS, DISTRICTS, HEADLINES, paragraph, pick, prng, STATIONS } from "./corpusText.ts";

/** One article with its four datasets and the paragraphs that state their figures. */
interface Generated {
  slug: string;
  mdx: string;
  datasets: DatasetFile[];
}

/** Returns article `i` of the corpus (1-based), its text and its datasets. */
export function generateArticle(i: number, seed = 2020): Generated {
  const r = prng(seed * 100_003 + i);
  const station = pick(r, STATIONS);
  const district = pick(r, DISTRICTS);
  const title = `Đồn Biên phòng ${station}: ${pick(r, HEADLINES)} (${i})`;
  const slug = slugify(title);
  const p = (suffix: string) => `b${i}-${suffix}`;
  // The figures draw from the PRNG in this order, before the prose: the same seed, the same bytes.
  const context = { slug, station, district, p };
  const cells = cellsFigures(r, context);
  const homes = homesFigures(r, context);
  const border = borderFigures(r, context);
  const help = helpFigures(r, context);

  // Real articles run 5–7 KB of MDX: about nine paragraphs, a chart after the one stating its figures.
  const blocks = [
    paragraph(r, 3),
    cells.text + " " + paragraph(r, 1),
    `<Chart id="${cells.data.id}" />`,
    homes.text,
    `<Chart id="${homes.data.id}" />`,
    paragraph(r, 3),
    paragraph(r, 2),
    border.text + " " + paragraph(r, 1),
    `<Chart id="${border.data.id}" />`,
    paragraph(r, 3),
    help.text,
    `<Chart id="${help.data.id}" />`,
    paragraph(r, 3),
    paragraph(r, 2),
  ];
  const day = new Date(Date.UTC(2020, 0, 1 + i));
  const date = `${day.toISOString().slice(0, 10)}T08:00:00+07:00`;
  const frontmatter = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(`Đảng viên Đồn Biên phòng ${station} tham dự sinh hoạt chi bộ thôn, phụ trách hộ gia đình và giao đường biên, cột mốc cho dân tự quản ở huyện ${district}.`)}`,
    `author: ${JSON.stringify(pick(r, AUTHORS))}`,
    `publisher: "Báo Lạng Sơn"`,
    `publisherUrl: "http://baolangson.vn/"`,
    `date: ${date}`,
    `sourceNote: "Bài mẫu do công cụ đo hiệu năng sinh ra; không có bài gốc."`,
    "---",
  ].join("\n");
  return { slug, mdx: `${frontmatter}\n\n${blocks.join("\n\n")}\n`, datasets: [cells.data, homes.data, border.data, help.data] };
}

/** Writes articles 1…n and their datasets under `root`; returns how many datasets (charts) it wrote. */
export function writeCorpus(root: string, n: number, seed = 2020): { articles: number; charts: number } {
  const articles = join(root, "content/articles");
  const data = join(root, "data");
  mkdirSync(articles, { recursive: true });
  mkdirSync(data, { recursive: true });
  let charts = 0;
  for (let i = 1; i <= n; i++) {
    const a = generateArticle(i, seed);
    writeFileSync(join(articles, `${a.slug}.mdx`), a.mdx);
    for (const d of a.datasets) {
      writeFileSync(join(data, `${d.id}.json`), `${JSON.stringify(d, null, 2)}\n`);
      charts++;
    }
  }
  return { articles: n, charts };
}
