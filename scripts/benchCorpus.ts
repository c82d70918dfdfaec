/**
 * The benchmark's synthetic newsroom: `writeCorpus(root, n)` writes n articles, each with four
 * datasets (one bar, stack, number and compare chart), into `root/content/articles/` and `root/data/`.
 * The prose is built from the two real articles' sentences, with places, people and figures varied
 * by a seeded PRNG; every figure is written through src/lib/format.ts, stated in a `<So>` in the
 * text, quoted by its dataset, and parts add up to their totals, so the corpus passes every check of
 * the real build. The same `n` and seed always give the same bytes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatCompact, formatNumber } from "../src/lib/format.ts";
import { slugify } from "../src/lib/slug.ts";

/** Returns a seeded PRNG (mulberry32) giving floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

const STATIONS = [
  "Tân Thanh",
  "Chi Ma",
  "Hữu Nghị",
  "Bảo Lâm",
  "Co Sâu",
  "Pò Mã",
  "Ba Sơn",
  "Bình Nghi",
  "Na Hình",
  "Thanh Lòa",
  "Cửa khẩu Chi Ma",
  "Đồng Đăng",
  "Bắc Xa",
  "Tân Mỹ",
  "Quốc Khánh",
  "Đội Cấn",
];
const DISTRICTS = ["Văn Lãng", "Tràng Định", "Cao Lộc", "Lộc Bình", "Đình Lập"];
const COMMUNES = ["Tân Thanh", "Tân Mỹ", "Đội Cấn", "Quốc Khánh", "Thụy Hùng", "Bảo Lâm", "Xuân Dương", "Bắc Xa", "Thanh Lòa"];
const VILLAGES = ["Háng Mới", "Nà Han", "Khòn Khua", "Pò Nhùng", "Nà Lầm", "Bản Chắt", "Cốc Lầy", "Nà Pàn"];
const PEOPLE = [
  "Thiếu tá Lý Văn Tý",
  "Đại tá Trịnh Hữu Tăng",
  "Đại tá Ngô Văn Vũ",
  "Trung tá Hoàng Văn Bình",
  "Thiếu tá Nông Thị Hoa",
  "Đại úy Vi Văn Thắng",
];
const AUTHORS = ["Đình Quang", "Đông Bắc", "Minh Ngọc", "Hoàng Anh", "Thu Trang", "Văn Việt"];
const HEADLINES = [
  "Kết quả phân công đảng viên sinh hoạt tại các chi bộ thôn",
  "Gắn chuyên môn với xây dựng Đảng ở khu vực biên giới",
  "Đảng viên biên phòng đồng hành cùng hộ gia đình nơi biên giới",
  "Giao đường biên, cột mốc cho dân tự quản",
  "Nét mới trong công tác dân vận ở vùng biên",
];

/** Sentences of the two real articles without figures, with a place to vary; `{s}` station, `{d}` district, `{c}` commune, `{v}` village, `{p}` person. */
const PROSE = [
  "Đảng viên các ĐBP đã đi sâu tìm hiểu đặc điểm, tình hình, chất lượng sinh hoạt của chi bộ; phong tục tập quán, đời sống sinh hoạt của các hộ gia đình ở xã {c}.",
  "Từ đó xác định nội dung, phương pháp tham mưu, hướng dẫn, tư vấn có hiệu quả nhất.",
  "Bà Trịnh Thị Phương, Bí thư Chi bộ thôn {v}, xã {c}, huyện {d} cho biết: Từ khi chi bộ có đảng viên ĐBP {s} tham dự sinh hoạt, các đồng chí đã tham mưu, giúp đỡ chi ủy, chi bộ xây dựng dự thảo nghị quyết lãnh đạo sát với tình hình, nhiệm vụ của thôn.",
  "Hỗ trợ điều hành sinh hoạt, nhất là việc gợi mở những vấn đề cần tập trung lãnh đạo để đảng viên thảo luận, thống nhất biểu quyết và kết luận.",
  "Cùng đó, đảng viên các ĐBP chủ động gặp gỡ, trao đổi với đảng viên trong thôn, làm rõ vai trò, trách nhiệm, gương mẫu, tham gia sinh hoạt đầy đủ, nghiêm túc, có sổ sách ghi chép nội dung sinh hoạt.",
  "Đồng thời, đảng viên ĐBP {s} đã tích cực chuẩn bị nội dung tham gia sinh hoạt, thông tin về thời sự, chính trị, tình hình trong nước và thế giới, chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về xây dựng, quản lý, bảo vệ biên giới.",
  "Đối với các hộ gia đình, đảng viên các ĐBP thường xuyên gặp gỡ, nắm bắt tâm tư nguyện vọng, hoàn cảnh kinh tế, giải đáp kịp thời bức xúc, băn khoăn, vướng mắc trong nội bộ, gia đình với hàng xóm.",
  "{p}, ĐBP {s} cho biết: được phân công phụ trách các hộ gia đình ở thôn {v}, tôi đã chủ động nắm thông tin về hoàn cảnh từng gia đình, nghe các hộ gia đình bày tỏ tâm tư, nguyện vọng, từ đó tư vấn, tạo điều kiện, giúp đỡ, giải quyết yêu cầu, nguyện vọng chính đáng của các hộ gia đình cho phù hợp.",
  "Qua đó, tạo sự tin tưởng, gần gũi, tăng cường mối quan hệ đoàn kết, gắn bó với đồng bào các dân tộc nơi biên giới huyện {d}.",
  "{p} khẳng định: Chủ trương phân công đảng viên ĐBP tham dự sinh hoạt tại các chi bộ thôn và phụ trách giúp đỡ các hộ gia đình trong khu vực biên giới là việc làm đúng đắn, có tính chiến lược lâu dài trong sự nghiệp xây dựng và bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia.",
  "Đảng bộ đã xây dựng kế hoạch chỉ đạo điểm ở một số đơn vị, như {s}, cụ thể hóa tiêu chuẩn của cán bộ đảng viên như đăng ký thi đua hoàn thành tốt nhiệm vụ, gương mẫu đi đầu trong công tác, gương mẫu chấp hành điều lệnh.",
  "Những nội dung ấy gắn với sinh hoạt của từng đơn vị để định lượng phấn đấu đánh giá qua từng tháng.",
  "Cách làm là xây dựng kế hoạch, có lộ trình thực hiện gắn với công tác chuyên môn bằng những việc làm cụ thể như giao đường biên mốc giới cho dân.",
  "Qua đó, đã kịp thời uốn nắn những sai phạm về chuyên môn, ứng xử, thực hiện quy chế dân chủ để làm tốt hơn.",
  "Sau khi rút kinh nghiệm, ra văn bản chỉ đạo các đơn vị phát huy mặt tích cực, chỉ ra những hạn chế, bổ sung để thực hiện tốt hơn.",
  "Những vấn đề liên quan đến công tác được mang ra giáo dục chung để các đơn vị rút kinh nghiệm.",
  "Việc gắn chuyên môn với xây dựng đảng đã tạo nên sức mạnh tổng hợp để bộ đội biên phòng Lạng Sơn hoàn thành xuất sắc nhiệm vụ, tạo điều kiện tốt nhất cho xuất nhập khẩu, xuất nhập cảnh, xây dựng biên giới vững mạnh toàn diện.",
  "Thời gian tới, Đảng ủy BĐBP tỉnh tiếp tục tăng cường phối hợp chặt chẽ với huyện ủy {d} lãnh đạo, chỉ đạo phân công đảng viên tham gia sinh hoạt tại chi bộ thôn với phương pháp luân phiên, có trọng tâm, trọng điểm.",
  "Định kỳ đánh giá, rút kinh nghiệm, phổ biến cách làm hay, hiệu quả, tổ chức bình xét, biểu dương, khen thưởng kịp thời những tập thể, cá nhân tích cực, có thành tích tốt; phê bình, chấn chỉnh các biểu hiện lơ là trách nhiệm, hiệu quả thấp.",
  "Đặc biệt để gắn nghị quyết với công tác chuyên môn, Đảng ủy đã chỉ đạo điểm mô hình giúp dân phát triển kinh tế xã hội tại xã {c}, huyện {d}.",
];

/** Returns a sentence of PROSE with its places filled in. */
function sentence(r: Rand): string {
  return pick(r, PROSE)
    .replace("{s}", pick(r, STATIONS))
    .replace("{d}", pick(r, DISTRICTS))
    .replace("{c}", pick(r, COMMUNES))
    .replace("{v}", pick(r, VILLAGES))
    .replace("{p}", pick(r, PEOPLE));
}

/** Returns a paragraph of `k` sentences of real-article prose. */
function paragraph(r: Rand, k: number): string {
  return Array.from({ length: k }, () => sentence(r)).join(" ");
}

/** Returns `parts` positive integers that add up to `total`. */
function split(r: Rand, total: number, parts: number): number[] {
  const cuts = new Set<number>();
  while (cuts.size < parts - 1) cuts.add(int(r, 1, total - 1));
  const sorted = [0, ...[...cuts].sort((a, b) => a - b), total];
  return sorted.slice(1).map((x, i) => x - (sorted[i] ?? 0));
}

interface Value {
  key: string;
  label: string;
  value: number;
  unit?: string;
  qualifier?: "gần" | "hơn";
  quote: string;
}

interface DatasetFile {
  id: string;
  article: string;
  title: string;
  description: string;
  kind: "bars" | "stack" | "number" | "compare";
  unit: string;
  values: Value[];
  total?: { key: string };
  derived?: Array<{ key: string; label: string; op: "sum" | "ratio" | "share"; of: string[]; unit: string; digits: number }>;
  notes?: string[];
}

/** A figure as the prose states it, wrapped in `<So>` so the page binds it to the data. */
const so = (id: string, key: string, words: string) => `<So id="${id}.${key}">${words}</So>`;

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

  // 1. Village party cells by category: bars, parts adding up to the total.
  const cells = split(r, int(r, 40, 140), 3);
  const cellTotal = cells.reduce((s, x) => s + x, 0);
  const members = int(r, 60, 220);
  const cellsId = p("chi-bo-thon");
  const [c1 = 0, c2 = 0, c3 = 0] = cells;
  const cellsText =
    `Sau một năm triển khai, đến nay đã có ${formatNumber(members)} đảng viên của ĐBP ${station} tham dự sinh hoạt tại ` +
    `${so(cellsId, "tong", `${formatNumber(cellTotal)} chi bộ`)} thôn (có ${so(cellsId, "giap-bien", `${formatNumber(c1)} chi bộ`)} thôn giáp biên, ` +
    `${so(cellsId, "phuc-tap", `${formatNumber(c2)} chi bộ`)} phức tạp về an ninh trật tự, ` +
    `${so(cellsId, "han-che", `${formatNumber(c3)} chi bộ`)} thôn có mặt còn hạn chế).`;
  const cellsData: DatasetFile = {
    id: cellsId,
    article: slug,
    title: `Chi bộ thôn có đảng viên ĐBP ${station} tham dự sinh hoạt, theo loại`,
    description: `Số chi bộ thôn có đảng viên Đồn Biên phòng ${station} tham dự sinh hoạt, chia theo loại chi bộ.`,
    kind: "bars",
    unit: "chi bộ",
    values: [
      {
        key: "tong",
        label: "Tổng số chi bộ thôn",
        value: cellTotal,
        quote: `tham dự sinh hoạt tại ${formatNumber(cellTotal)} chi bộ thôn`,
      },
      { key: "giap-bien", label: "Chi bộ thôn giáp biên", value: c1, quote: `có ${formatNumber(c1)} chi bộ thôn giáp biên` },
      {
        key: "phuc-tap",
        label: "Chi bộ phức tạp về an ninh trật tự",
        value: c2,
        quote: `${formatNumber(c2)} chi bộ phức tạp về an ninh trật tự`,
      },
      {
        key: "han-che",
        label: "Chi bộ thôn có mặt còn hạn chế",
        value: c3,
        quote: `${formatNumber(c3)} chi bộ thôn có mặt còn hạn chế`,
      },
    ],
    total: { key: "tong" },
    derived: [
      {
        key: "ti-le-giap-bien",
        label: "Tỉ lệ chi bộ thôn giáp biên",
        op: "share",
        of: ["giap-bien", "tong"],
        unit: "%",
        digits: 0,
      },
    ],
  };

  // 2. Households by type: stack, four groups adding up to the total.
  const homes = split(r, int(r, 300, 1400), 4);
  const homeTotal = homes.reduce((s, x) => s + x, 0);
  const homesId = p("ho-gia-dinh");
  const [h1 = 0, h2 = 0, h3 = 0, h4 = 0] = homes;
  const homeGroups = [
    {
      key: "dat-sat-bien",
      label: "Hộ có đất canh tác sản xuất sát biên giới",
      words: "hộ có đất canh tác sản xuất sát biên giới",
      n: h1,
    },
    {
      key: "chinh-sach",
      label: "Gia đình chính sách, có hoàn cảnh khó khăn",
      words: "gia đình chính sách, gia đình có hoàn cảnh khó khăn, neo đơn",
      n: h2,
    },
    {
      key: "quan-he-phuc-tap",
      label: "Gia đình có quan hệ chính trị phức tạp",
      words: "gia đình có mối quan hệ chính trị phức tạp",
      n: h3,
    },
    {
      key: "than-toc",
      label: "Gia đình có quan hệ thân tộc hai bên biên giới",
      words: "gia đình có mối quan hệ thân tộc hai bên biên giới",
      n: h4,
    },
  ];
  const carers = int(r, 80, 260);
  const homesText =
    `${formatNumber(carers)} đảng viên phụ trách ${so(homesId, "tong", `${formatNumber(homeTotal)} hộ`)} gia đình (` +
    homeGroups.map((g) => `${so(homesId, g.key, formatNumber(g.n))} ${g.words}`).join("; ") +
    `). Đảng viên các ĐBP đã đi sâu tìm hiểu đặc điểm, tình hình của từng hộ ở huyện ${district}.`;
  const homesData: DatasetFile = {
    id: homesId,
    article: slug,
    title: `Hộ gia đình do đảng viên ĐBP ${station} phụ trách, theo diện`,
    description: `Các nhóm hộ gia đình khu vực biên giới huyện ${district} mà đảng viên được phân công phụ trách.`,
    kind: "stack",
    unit: "hộ",
    values: [
      {
        key: "tong",
        label: "Tổng số hộ được phụ trách",
        value: homeTotal,
        quote: `đảng viên phụ trách ${formatNumber(homeTotal)} hộ gia đình`,
      },
      ...homeGroups.map((g) => ({ key: g.key, label: g.label, value: g.n, quote: `${formatNumber(g.n)} ${g.words}` })),
    ],
    total: { key: "tong" },
  };

  // 3. Border and markers handed over: big numbers in four units, one with decimals.
  const km = int(r, 12_000, 260_000) / 1000;
  const markers = int(r, 40, 480);
  const households = int(r, 100, 900);
  const groups = int(r, 5, 40);
  const borderId = p("duong-bien");
  const borderText =
    `Đến nay đã có ${so(borderId, "ho", `${formatNumber(households)} hộ`)} gia đình và ${so(borderId, "tap-the", `${formatNumber(groups)} tập thể`)} ` +
    `nhận ${so(borderId, "km", `${formatNumber(km)} km`)} đường biên, ${so(borderId, "cot-moc", `${formatNumber(markers)} cột mốc`)} do ĐBP ${station} bàn giao.`;
  const borderData: DatasetFile = {
    id: borderId,
    article: slug,
    title: `Đường biên, cột mốc ĐBP ${station} đã giao cho dân tự quản`,
    description: `Chiều dài đường biên giới và số cột mốc ở huyện ${district} đã giao cho hộ gia đình và tập thể tự quản.`,
    kind: "number",
    unit: "",
    values: [
      { key: "km", label: "Đường biên giao cho dân", value: km, unit: "km", quote: `nhận ${formatNumber(km)} km đường biên` },
      {
        key: "cot-moc",
        label: "Cột mốc giao cho dân",
        value: markers,
        unit: "cột mốc",
        quote: `${formatNumber(markers)} cột mốc`,
      },
      {
        key: "ho",
        label: "Hộ gia đình nhận tự quản",
        value: households,
        unit: "hộ",
        quote: `đã có ${formatNumber(households)} hộ gia đình`,
      },
      {
        key: "tap-the",
        label: "Tập thể nhận tự quản",
        value: groups,
        unit: "tập thể",
        quote: `${formatNumber(groups)} tập thể nhận`,
      },
    ],
  };

  // 4. Material help in đồng (hedged, "gần") and work-days: compare, with a derived sum.
  const aid = int(r, 20, 400) * 1_000_000;
  const gifts = int(r, 20, 400) * 1_000_000;
  const days = int(r, 50, 900);
  const helpId = p("dong-gop");
  const helpText =
    `Ngoài ra, ĐBP ${station} đã tổ chức cho cán bộ, đảng viên giúp đỡ các hộ gia đình ${so(helpId, "ngay-cong", `${formatNumber(days)} ngày công`)}; ` +
    `hỗ trợ vật chất trị giá ${so(helpId, "ho-tro", `gần ${formatCompact(aid)} đồng`)}; thăm hỏi, tặng quà trị giá ${so(helpId, "tang-qua", `gần ${formatCompact(gifts)} đồng`)}… ` +
    `Qua đó, tạo sự tin tưởng, gần gũi, tăng cường mối quan hệ đoàn kết, gắn bó với đồng bào các dân tộc nơi biên giới.`;
  const helpData: DatasetFile = {
    id: helpId,
    article: slug,
    title: `Giúp đỡ hộ gia đình ở huyện ${district}: ngày công và giá trị vật chất`,
    description: `Ngày công cán bộ, đảng viên ĐBP ${station} giúp đỡ hộ gia đình, và giá trị hỗ trợ vật chất, quà tặng tính bằng đồng.`,
    kind: "compare",
    unit: "đồng",
    values: [
      {
        key: "ho-tro",
        label: "Hỗ trợ vật chất",
        value: aid,
        qualifier: "gần",
        quote: `hỗ trợ vật chất trị giá gần ${formatCompact(aid)} đồng`,
      },
      {
        key: "tang-qua",
        label: "Thăm hỏi, tặng quà",
        value: gifts,
        qualifier: "gần",
        quote: `tặng quà trị giá gần ${formatCompact(gifts)} đồng`,
      },
      {
        key: "ngay-cong",
        label: "Ngày công giúp đỡ các hộ gia đình",
        value: days,
        unit: "ngày công",
        quote: `giúp đỡ các hộ gia đình ${formatNumber(days)} ngày công`,
      },
    ],
    derived: [
      {
        key: "tong-gia-tri",
        label: "Tổng giá trị hỗ trợ và quà tặng",
        op: "sum",
        of: ["ho-tro", "tang-qua"],
        unit: "đồng",
        digits: 0,
      },
    ],
    notes: ["Hai khoản tiền đều là số ước của bài viết (“gần”); tổng được cộng khi dựng trang nên cũng là số ước."],
  };

  // Real articles run 5–7 KB of MDX: about nine paragraphs, a chart after the one stating its figures.
  const blocks = [
    paragraph(r, 3),
    cellsText + " " + paragraph(r, 1),
    `<Chart id="${cellsId}" />`,
    homesText,
    `<Chart id="${homesId}" />`,
    paragraph(r, 3),
    paragraph(r, 2),
    borderText + " " + paragraph(r, 1),
    `<Chart id="${borderId}" />`,
    paragraph(r, 3),
    helpText,
    `<Chart id="${helpId}" />`,
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
  return { slug, mdx: `${frontmatter}\n\n${blocks.join("\n\n")}\n`, datasets: [cellsData, homesData, borderData, helpData] };
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
