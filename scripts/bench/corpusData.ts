/**
 * The four datasets of a corpus article, one per chart kind, each with the sentence that states its
 * figures; every figure is written through src/lib/format.ts and quoted by its dataset.
 */
import { formatCompact, formatNumber } from "../../src/lib/format.ts";
import { int, type Rand, split } from "./corpusText.ts";

interface Value {
  key: string;
  label: string;
  value: number;
  unit?: string;
  qualifier?: "gần" | "hơn";
  /** How the article's numeral reads when it could read two ways ("99,683": a decimal comma here). */
  reading?: "thập phân" | "hàng nghìn";
  quote: string;
}

export interface DatasetFile {
  id: string;
  article: string;
  title: string;
  description: string;
  /** What the figures are to each other, as the real site's datasets declare it; the form follows. */
  relationship: "partition" | "facts" | "sum";
  /** Another form the relationship allows. */
  kind?: "bars";
  unit: string;
  values: Value[];
  total?: { key: string };
  derived?: Array<{ key: string; label: string; op: "sum" | "ratio" | "share"; of: string[]; unit: string; digits: number }>;
  notes?: string[];
}

/** A figure as the prose states it, wrapped in `<So>` so the page binds it to the data. */
const so = (id: string, key: string, words: string) => `<So id="${id}.${key}">${words}</So>`;

/** What every dataset of an article shares: its slug, station and district, and its id maker. */
export interface ArticleContext {
  slug: string;
  station: string;
  district: string;
  /** Returns a dataset id of this article. */
  p: (suffix: string) => string;
}

/** A dataset and the sentence of the article that states its figures. */
export interface Figures {
  text: string;
  data: DatasetFile;
}

/** Village party cells by category: a partition drawn as bars, parts adding up to the total. */
export function cellsFigures(r: Rand, { slug, station, p }: ArticleContext): Figures {
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
    relationship: "partition",
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
  return { text: cellsText, data: cellsData };
}

/** Households by type: a partition (a stack), four groups adding up to the total. */
export function homesFigures(r: Rand, { slug, station, district, p }: ArticleContext): Figures {
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
    relationship: "partition",
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
  return { text: homesText, data: homesData };
}

/** Border and markers handed over: facts, big numbers in four units, one with decimals. */
export function borderFigures(r: Rand, { slug, station, district, p }: ArticleContext): Figures {
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
    relationship: "facts",
    unit: "",
    values: [
      {
        key: "km",
        label: "Đường biên giao cho dân",
        value: km,
        unit: "km",
        reading: "thập phân",
        quote: `nhận ${formatNumber(km)} km đường biên`,
      },
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
  return { text: borderText, data: borderData };
}

/** Material help in đồng (hedged, "gần") and work-days: a sum of the two amounts, split. */
export function helpFigures(r: Rand, { slug, station, district, p }: ArticleContext): Figures {
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
    relationship: "sum",
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
  return { text: helpText, data: helpData };
}
