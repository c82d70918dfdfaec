/**
 * Datasets for the chart tests, built as the site builds them: each starts as the input of a
 * dataset file (the JSON `datasetSchema` validates), is parsed by `parseJsonFile`, checked by
 * `datasetSchema` and built by `buildDataset`, so totals, parts, roles, derived figures and texts
 * come from the model. The figures are the two articles' (chi bộ thôn 64/8/9 of 81; households 699
 * with groups adding to 700; the border handed over; the VND contributions and their sum).
 */
import type { z } from "astro/zod";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { buildDataset } from "../../src/model/buildDataset.ts";
import { parseJsonFile } from "../../src/model/jsonFile.ts";
import { formatProblem, type Problem } from "../../src/model/problems.ts";
import { articleSchema } from "../../src/model/schemas/article.ts";
import { datasetSchema } from "../../src/model/schemas/dataset.ts";
import { scanMdx } from "../../src/model/mdxScan.ts";
import type { Article, Dataset } from "../../src/model/types.ts";

/** A dataset file's content as an editor writes it (defaults not yet applied). */
export type DatasetSource = z.input<typeof datasetSchema>;
/** An article's frontmatter as an editor writes it. */
export type ArticleSource = z.input<typeof articleSchema>;

/**
 * Returns the dataset the site builds from `source` (written to `data/<id>.json`) and the problems
 * the build reports. Its article is `article` when given (its quotes are then checked against it),
 * else one that exists and is not read. Throws when the schema refuses the file, as the build would.
 */
export function buildFixture(source: DatasetSource, article?: Article): { dataset: Dataset; problems: string[] } {
  const file = `data/${source.id}.json`;
  const parsed = parseJsonFile(file, JSON.stringify(source, null, 2));
  if (parsed.problems.length) throw new Error(parsed.problems.map(formatProblem).join("\n"));
  const problems: Problem[] = [];
  const dataset = buildDataset({ input: datasetSchema.parse(parsed.input), parsed, file }, article, true, problems);
  return { dataset, problems: problems.map(formatProblem) };
}

/** Returns the dataset built from `source`; throws when the build reports any problem. */
export function fixture(source: DatasetSource, article?: Article): Dataset {
  const { dataset, problems } = buildFixture(source, article);
  if (problems.length) throw new Error(`fixture ${source.id}:\n${problems.join("\n")}`);
  return dataset;
}

/** The frontmatter of a fixture article, unless a test says otherwise. */
export const SAMPLE_FRONTMATTER = {
  title: "Bài mẫu về Đồn Biên phòng",
  description: "Bài mẫu dùng trong kiểm thử.",
  author: "Phóng viên",
  publisher: "Báo Lạng Sơn",
  publisherUrl: "http://baolangson.vn/",
  date: "2020-02-05T08:24:09+07:00",
  sourceUrl: "http://baolangson.vn/bai-mau.html",
} as const satisfies ArticleSource;

/**
 * Returns the article `content/articles/<slug>.mdx` of this MDX body and frontmatter (the sample's,
 * with `frontmatter` over it), read as `readArticle` reads it: the source scanned, its YAML checked by `articleSchema`.
 */
export function articleFixture(body = "", frontmatter: Partial<ArticleSource> = {}, slug = "bai-mau"): Article {
  const scan = scanMdx(`---\n${stringifyYaml({ ...SAMPLE_FRONTMATTER, ...frontmatter })}---\n\n${body}`);
  return { slug, file: `content/articles/${slug}.mdx`, data: articleSchema.parse(parseYaml(scan.frontmatter)), scan };
}

export function chiBoSource(): DatasetSource {
  return {
    id: "chi-bo-thon-theo-loai",
    article: "bai-mau",
    title: "Chi bộ thôn có đảng viên biên phòng tham gia sinh hoạt, theo loại",
    description: "97 đảng viên biên phòng sinh hoạt tại 81 chi bộ thôn, chia theo loại chi bộ.",
    finding: "{giap-bien|số} trong {tong} là chi bộ thôn giáp biên",
    relationship: "partition",
    unit: "chi bộ",
    values: [
      { key: "tong", label: "Tổng số chi bộ thôn", value: 81, quote: "sinh hoạt tại 81 chi bộ thôn" },
      { key: "giap-bien", label: "Chi bộ thôn giáp biên", value: 64, quote: "có 64 chi bộ thôn giáp biên" },
      {
        key: "phuc-tap-antt",
        label: "Chi bộ thôn phức tạp về an ninh trật tự",
        value: 8,
        quote: "8 chi bộ phức tạp về an ninh trật tự",
      },
      { key: "con-han-che", label: "Chi bộ thôn còn hạn chế, yếu kém", value: 9, quote: "9 chi bộ thôn có mặt còn hạn chế" },
    ],
    total: { key: "tong" },
    derived: [
      { key: "ty-le-giap-bien", label: "Tỷ lệ chi bộ giáp biên", op: "share", of: ["giap-bien", "tong"], unit: "%", digits: 0 },
    ],
  };
}

export function chiBo(): Dataset {
  return fixture(chiBoSource());
}

/** The household groups (700) do not add up to the article's total (699); the note says so, or is left out. */
export function hoGiaDinhSource(withNote = true): DatasetSource {
  return {
    id: "ho-gia-dinh-theo-dien",
    article: "bai-mau",
    title: "Hộ gia đình do đảng viên biên phòng phụ trách, theo diện",
    description: "Các nhóm hộ gia đình khu vực biên giới mà đảng viên các đồn biên phòng được phân công phụ trách.",
    finding: "{chinh-sach-kho-khan|số} trong {tong} là gia đình chính sách, khó khăn, neo đơn",
    relationship: "groups",
    unit: "hộ",
    values: [
      { key: "tong", label: "Tổng số hộ được phụ trách", value: 699, quote: "phụ trách 699 hộ gia đình" },
      {
        key: "dat-sat-bien",
        label: "Hộ có đất canh tác sản xuất sát biên giới",
        value: 208,
        quote: "208 hộ có đất canh tác sản xuất sát biên giới",
      },
      {
        key: "chinh-sach-kho-khan",
        label: "Gia đình chính sách, có hoàn cảnh khó khăn, neo đơn",
        value: 322,
        quote: "322 gia đình chính sách, gia đình có hoàn cảnh khó khăn, neo đơn",
      },
      {
        key: "quan-he-phuc-tap",
        label: "Gia đình có quan hệ chính trị phức tạp, người thân vi phạm pháp luật",
        value: 92,
        quote: "92 gia đình có mối quan hệ chính trị phức tạp, người thân vi phạm pháp luật",
      },
      {
        key: "than-toc-hai-ben",
        label: "Gia đình có quan hệ thân tộc hai bên biên giới",
        value: 77,
        quote: "77 gia đình có mối quan hệ thân tộc hai bên biên giới",
      },
      { key: "theo-dao", label: "Gia đình theo đạo Thiên chúa", value: 1, quote: "1 gia đình theo đạo Thiên chúa" },
    ],
    total: withNote ? { key: "tong", note: "Tổng số hộ bài viết nêu khác với tổng của năm nhóm hộ cộng lại." } : { key: "tong" },
  };
}

/**
 * Households by group. Without the note the build reports the mismatch (and the site would not
 * build); the charts still draw the dataset, so the fixture keeps it and checks that is the only problem.
 */
export function hoGiaDinh(withNote = true): Dataset {
  if (withNote) return fixture(hoGiaDinhSource());
  const { dataset, problems } = buildFixture(hoGiaDinhSource(false));
  if (problems.length !== 1 || !problems[0]?.includes("các phần cộng lại được 700, khác tổng 699"))
    throw new Error(`fixture ho-gia-dinh-theo-dien without a note:\n${problems.join("\n")}`);
  return dataset;
}

export function bienGioiSource(): DatasetSource {
  return {
    id: "giao-duong-bien-moc-gioi",
    article: "bai-mau",
    title: "Đường biên, cột mốc đã giao cho dân tự quản",
    description: "Chiều dài đường biên giới và số cột mốc đã giao cho hộ gia đình và tập thể tự quản.",
    relationship: "facts",
    unit: "",
    values: [
      {
        key: "duong-bien",
        label: "Đường biên giao cho dân",
        value: 227.642,
        unit: "km",
        reading: "thập phân",
        quote: "nhận 227,642 km đường biên",
      },
      { key: "cot-moc", label: "Cột mốc giao cho dân", value: 467, unit: "cột mốc", quote: "467 cột mốc" },
      { key: "ho-gia-dinh", label: "Hộ gia đình nhận tự quản", value: 730, unit: "hộ", quote: "đã có 730 hộ gia đình" },
      { key: "tap-the", label: "Tập thể nhận tự quản", value: 28, unit: "tập thể", quote: "28 tập thể nhận" },
    ],
  };
}

export function bienGioi(): Dataset {
  return fixture(bienGioiSource());
}

/** The members and the households they look after: the dataset where households per member is computed. */
export function dangVienSource(): DatasetSource {
  return {
    id: "dang-vien-phu-trach-ho",
    article: "bai-mau",
    title: "Đảng viên biên phòng phụ trách hộ gia đình",
    description: "Số đảng viên phụ trách hộ gia đình và số hộ họ phụ trách.",
    relationship: "facts",
    unit: "đảng viên",
    values: [
      { key: "phu-trach-ho", label: "Đảng viên phụ trách hộ gia đình", value: 192, quote: "192 đảng viên phụ trách 699 hộ" },
      { key: "so-ho", label: "Hộ được phụ trách", value: 699, unit: "hộ", quote: "192 đảng viên phụ trách 699 hộ" },
    ],
    derived: [
      {
        key: "ho-moi-dang-vien",
        label: "Số hộ mỗi đảng viên phụ trách",
        op: "ratio",
        of: ["so-ho", "phu-trach-ho"],
        unit: "hộ",
        digits: 1,
      },
    ],
  };
}

export function thongTinSource(): DatasetSource {
  return {
    id: "thong-tin-thoi-su",
    article: "bai-mau",
    title: "Thông tin thời sự cho các hộ gia đình",
    description: "Số lần đảng viên biên phòng thông tin thời sự, chính sách cho các hộ gia đình.",
    relationship: "facts",
    unit: "lần",
    values: [
      {
        key: "lan-thong-tin",
        label: "Lần thông tin thời sự, chính sách",
        value: 240,
        qualifier: "hơn",
        quote: "thông tin thời sự hơn 240 lần",
      },
      { key: "so-ho", label: "Hộ được phụ trách", value: 699, unit: "hộ", quote: "phụ trách 699 hộ" },
    ],
  };
}

/**
 * Hedged figures and a derived ratio, as number cards. The ratio (699 hộ ÷ 192 đảng viên) is the one
 * `buildDataset` computes for the members' dataset, whose 192 members are not a card here.
 */
export function thongTin(): Dataset {
  return { ...fixture(thongTinSource()), derived: fixture(dangVienSource()).derived };
}

export function dongGopSource(): DatasetSource {
  return {
    id: "dong-gop-vat-chat",
    article: "bai-mau",
    title: "Giúp đỡ các hộ gia đình: ngày công và giá trị vật chất",
    description: "Ngày công giúp đỡ hộ gia đình, và giá trị hỗ trợ vật chất, quà tặng tính bằng đồng.",
    finding: "{tong-gia-tri} hỗ trợ và quà tặng, cùng {ngay-cong}",
    relationship: "sum",
    unit: "đồng",
    values: [
      {
        key: "ho-tro-vat-chat",
        label: "Hỗ trợ vật chất",
        value: 125000000,
        qualifier: "gần",
        quote: "hỗ trợ vật chất trị giá gần 125 triệu đồng",
      },
      {
        key: "tham-hoi-tang-qua",
        label: "Thăm hỏi, tặng quà",
        value: 185000000,
        qualifier: "gần",
        quote: "tặng quà trị giá gần 185 triệu đồng",
      },
      {
        key: "ngay-cong",
        label: "Ngày công giúp đỡ các hộ gia đình",
        value: 316,
        unit: "ngày công",
        quote: "giúp đỡ các hộ gia đình 316 ngày công",
      },
    ],
    derived: [
      {
        key: "tong-gia-tri",
        label: "Tổng giá trị hỗ trợ và quà tặng",
        op: "sum",
        of: ["ho-tro-vat-chat", "tham-hoi-tang-qua"],
        unit: "đồng",
        digits: 0,
      },
    ],
  };
}

/** Hedged amounts in đồng, a figure in another unit, and their derived sum. */
export function dongGop(): Dataset {
  return fixture(dongGopSource());
}

/** Markup in labels and title; `labels` replaces the two figures' labels. */
export function hostileSource(labels = ["<script>alert(1)</script>", "Hộ A & B \"trích\" 'đơn'"]): DatasetSource {
  const [a = "", b = ""] = labels;
  return {
    id: "nhan-doc-hai",
    article: "bai-mau",
    title: "Tiêu đề <b>đậm</b> & “ngoặc” <script>alert(1)</script>",
    description: "Nhãn có mã HTML & ký tự đặc biệt <img src=x onerror=alert(1)>.",
    relationship: "amounts",
    unit: "hộ",
    values: [
      { key: "a", label: a, value: 12, quote: `${a} 12` },
      { key: "b", label: b, value: 7, quote: `${b} 7` },
    ],
  };
}

/** Markup in labels and title: it must come out as text. */
export function hostile(): Dataset {
  return fixture(hostileSource());
}

/** The hostile chart, with labels a spreadsheet would run as formulas and CSV would split. */
export function hostileCells(): Dataset {
  return fixture(hostileSource(['=HYPERLINK("https://evil.example","bấm")', 'Hộ "A", B\nC']));
}

/** An article whose words try to break out of every format. */
export function hostileArticle(): Article {
  return articleFixture("Mô tả.", {
    title: 'Bài "mẫu" <b>đậm</b> & </script><script>alert(1)</script>',
    description: "Mô tả.",
    author: "Tác giả",
    publisher: "Báo <i>Mẫu</i> & Cộng sự",
    publisherUrl: "https://example.com/",
    date: "2020-02-05T08:24:09+07:00",
    sourceUrl: undefined,
  });
}

/** A plan: a scope and a target, the target marked as one. */
export function keHoachSource(): DatasetSource {
  return {
    id: "ke-hoach",
    article: "bai-mau",
    title: "Kế hoạch thời gian tới",
    finding: "Mục tiêu: đảng viên biên phòng sinh hoạt ở {muc-tieu|số} chi bộ thôn",
    description: "Phạm vi và mục tiêu phân công đảng viên sinh hoạt chi bộ thôn.",
    relationship: "plan",
    values: [
      {
        key: "xa-bien-gioi",
        label: "Xã, thị trấn biên giới phối hợp",
        value: 20,
        unit: "xã, thị trấn",
        quote: "20 xã, thị trấn biên giới",
      },
      {
        key: "muc-tieu",
        label: "Chi bộ thôn có đảng viên biên phòng",
        value: 100,
        unit: "%",
        quote: "tại 100% chi bộ thôn",
        as: "target",
      },
    ],
  };
}

/** Key figures with the span they cover ("6 tháng") as the box's heading. */
export function doiCanSource(): DatasetSource {
  return {
    id: "doi-can",
    article: "bai-mau",
    title: "Mô hình giúp dân ở xã Đội Cấn",
    description: "Kết quả mô hình giúp dân tại xã Đội Cấn.",
    relationship: "facts",
    values: [
      { key: "thoi-gian", label: "Thời gian thực hiện", value: 6, unit: "tháng", quote: "6 tháng đầu năm", as: "context" },
      { key: "nuoc-sach", label: "Công trình nước sạch", value: 5, unit: "công trình", quote: "5 công trình nước sạch" },
      { key: "nha-ve-sinh", label: "Nhà vệ sinh", value: 39, unit: "nhà", quote: "39 nhà vệ sinh" },
    ],
  };
}

/** Documents by their numbers as the article writes them. */
export function vanBanSource(): DatasetSource {
  return {
    id: "van-ban",
    article: "bai-mau",
    title: "Các văn bản chỉ đạo",
    description: "Số hiệu các văn bản chỉ đạo.",
    relationship: "documents",
    values: [
      {
        key: "chi-thi",
        label: "Chỉ thị",
        value: 681,
        unit: "số",
        notation: "digits",
        code: "681-CT/ĐU",
        quote: "Chỉ thị số 681-CT/ĐU",
      },
      { key: "ngay", label: "Ngày ban hành chỉ thị", date: "2019-01-09", quote: "ngày 9/1/2019" },
    ],
  };
}

/** Every chart the snapshot and checker tests render: name → dataset and options. */
export const CASES: Array<{ name: string; dataset: () => Dataset; kind?: Dataset["kind"]; emphasis?: string[] }> = [
  { name: "stack-chi-bo", dataset: chiBo },
  { name: "bars-chi-bo", dataset: chiBo, kind: "bars" },
  { name: "bars-chi-bo-emphasis", dataset: chiBo, kind: "bars", emphasis: ["giap-bien"] },
  { name: "groups-ho-gia-dinh", dataset: hoGiaDinh },
  { name: "groups-ho-gia-dinh-emphasis", dataset: hoGiaDinh, emphasis: ["chinh-sach-kho-khan"] },
  { name: "split-dong-gop", dataset: dongGop },
  { name: "number-bien-gioi", dataset: bienGioi },
  { name: "number-thong-tin", dataset: thongTin },
  { name: "number-ke-hoach", dataset: () => fixture(keHoachSource()) },
  { name: "number-doi-can", dataset: () => fixture(doiCanSource()) },
  { name: "bars-hostile", dataset: hostile },
  { name: "compare-hostile", dataset: hostile, kind: "compare" },
];
