/**
 * Datasets for the chart tests, built by hand as `loadSite` would build them, with the figures
 * of the two articles (chi bộ thôn 64/8/9 of 81; households 699 with groups adding to 700; the
 * border handed over; the VND contributions and their sum).
 */
import { formatQuantity, type Qualifier } from "../../src/lib/format.ts";
import type { Dataset, Figure } from "../../src/model/types.ts";

function fig(key: string, label: string, value: number, unit: string, qualifier: Qualifier = "exact"): Figure {
  return {
    key,
    label,
    value,
    unit,
    qualifier,
    quote: `${label} ${value}`,
    role: "value",
    text: formatQuantity(value, unit, qualifier),
  };
}

function derived(key: string, label: string, value: number, unit: string, qualifier: Qualifier, how: string, digits = 1): Figure {
  return {
    key,
    label,
    value,
    unit,
    qualifier,
    derived: how,
    role: "derived",
    text: formatQuantity(value, unit, qualifier, digits),
  };
}

/** Returns a dataset; `total` (a key) turns that figure into the total and the others into parts. */
function dataset(
  base: Omit<Dataset, "file" | "article" | "notes" | "parts" | "derived"> & Partial<Dataset>,
  totalKey?: string,
): Dataset {
  const d: Dataset = { file: `data/${base.id}.json`, article: "bai-mau", notes: [], parts: [], derived: [], ...base };
  if (totalKey) {
    const total = d.figures.find((f) => f.key === totalKey);
    if (!total) throw new Error(totalKey);
    total.role = "total";
    d.total = total;
    d.parts = d.figures.filter((f) => f !== total);
    for (const p of d.parts) p.role = "part";
    d.partsSum = d.parts.reduce((s, p) => s + (p.value ?? 0), 0);
  }
  return d;
}

export function chiBo(): Dataset {
  return dataset(
    {
      id: "chi-bo-thon-theo-loai",
      title: "Chi bộ thôn có đảng viên biên phòng tham gia sinh hoạt, theo loại",
      description: "97 đảng viên biên phòng sinh hoạt tại 81 chi bộ thôn, chia theo loại chi bộ.",
      kind: "bars",
      unit: "chi bộ",
      figures: [
        fig("tong", "Tổng số chi bộ thôn", 81, "chi bộ"),
        fig("giap-bien", "Chi bộ thôn giáp biên", 64, "chi bộ"),
        fig("phuc-tap-antt", "Chi bộ thôn phức tạp về an ninh trật tự", 8, "chi bộ"),
        fig("con-han-che", "Chi bộ thôn còn hạn chế, yếu kém", 9, "chi bộ"),
      ],
      derived: [
        derived("ty-le-giap-bien", "Tỷ lệ chi bộ giáp biên", 79, "%", "khoảng", "Tính khi dựng trang: 64 ÷ 81 × 100.", 0),
      ],
    },
    "tong",
  );
}

/** Households by group: the article's total (699) is not the sum of its groups (700). */
export function hoGiaDinh(withNote = true): Dataset {
  return dataset(
    {
      id: "ho-gia-dinh-theo-dien",
      title: "Hộ gia đình do đảng viên biên phòng phụ trách, theo diện",
      description: "Các nhóm hộ gia đình khu vực biên giới mà đảng viên các đồn biên phòng được phân công phụ trách.",
      kind: "stack",
      unit: "hộ",
      figures: [
        fig("tong", "Tổng số hộ được phụ trách", 699, "hộ"),
        fig("dat-sat-bien", "Hộ có đất canh tác sản xuất sát biên giới", 208, "hộ"),
        fig("chinh-sach-kho-khan", "Gia đình chính sách, có hoàn cảnh khó khăn, neo đơn", 322, "hộ"),
        fig("quan-he-phuc-tap", "Gia đình có quan hệ chính trị phức tạp, người thân vi phạm pháp luật", 92, "hộ"),
        fig("than-toc-hai-ben", "Gia đình có quan hệ thân tộc hai bên biên giới", 77, "hộ"),
        fig("theo-dao", "Gia đình theo đạo Thiên chúa", 1, "hộ"),
      ],
      totalNote: withNote ? "Tổng số hộ bài viết nêu khác với tổng của năm nhóm hộ cộng lại." : undefined,
    },
    "tong",
  );
}

export function bienGioi(): Dataset {
  return dataset({
    id: "giao-duong-bien-moc-gioi",
    title: "Đường biên, cột mốc đã giao cho dân tự quản",
    description: "Chiều dài đường biên giới và số cột mốc đã giao cho hộ gia đình và tập thể tự quản.",
    kind: "number",
    unit: "",
    figures: [
      fig("duong-bien", "Đường biên giao cho dân", 227.642, "km"),
      fig("cot-moc", "Cột mốc giao cho dân", 467, "cột mốc"),
      fig("ho-gia-dinh", "Hộ gia đình nhận tự quản", 730, "hộ"),
      fig("tap-the", "Tập thể nhận tự quản", 28, "tập thể"),
    ],
  });
}

/** Hedged figures and a derived ratio, as number cards. */
export function thongTin(): Dataset {
  return dataset({
    id: "thong-tin-thoi-su",
    title: "Thông tin thời sự cho các hộ gia đình",
    description: "Số lần đảng viên biên phòng thông tin thời sự, chính sách cho các hộ gia đình.",
    kind: "number",
    unit: "lần",
    figures: [
      fig("lan-thong-tin", "Lần thông tin thời sự, chính sách", 240, "lần", "hơn"),
      fig("so-ho", "Hộ được phụ trách", 699, "hộ"),
    ],
    derived: [
      derived(
        "ho-moi-dang-vien",
        "Số hộ mỗi đảng viên phụ trách",
        3.6,
        "hộ",
        "khoảng",
        "Tính khi dựng trang: 699 hộ ÷ 192 đảng viên.",
      ),
    ],
  });
}

/** Hedged amounts in đồng, a figure in another unit, and their derived sum. */
export function dongGop(): Dataset {
  return dataset({
    id: "dong-gop-vat-chat",
    title: "Giúp đỡ các hộ gia đình: ngày công và giá trị vật chất",
    description: "Ngày công giúp đỡ hộ gia đình, và giá trị hỗ trợ vật chất, quà tặng tính bằng đồng.",
    kind: "compare",
    unit: "đồng",
    figures: [
      fig("ho-tro-vat-chat", "Hỗ trợ vật chất", 125000000, "đồng", "gần"),
      fig("tham-hoi-tang-qua", "Thăm hỏi, tặng quà", 185000000, "đồng", "gần"),
      fig("ngay-cong", "Ngày công giúp đỡ các hộ gia đình", 316, "ngày công"),
    ],
    derived: [
      derived(
        "tong-gia-tri",
        "Tổng giá trị hỗ trợ và quà tặng",
        310000000,
        "đồng",
        "gần",
        "Tính khi dựng trang: gần 125 triệu đồng + gần 185 triệu đồng.",
        0,
      ),
    ],
  });
}

/** Markup in labels and title: it must come out as text. */
export function hostile(): Dataset {
  return dataset({
    id: "nhan-doc-hai",
    title: "Tiêu đề <b>đậm</b> & “ngoặc” <script>alert(1)</script>",
    description: "Nhãn có mã HTML & ký tự đặc biệt <img src=x onerror=alert(1)>.",
    kind: "bars",
    unit: "hộ",
    figures: [fig("a", "<script>alert(1)</script>", 12, "hộ"), fig("b", "Hộ A & B \"trích\" 'đơn'", 7, "hộ")],
  });
}

/** Every chart the snapshot and checker tests render: name → dataset and options. */
export const CASES: Array<{ name: string; dataset: () => Dataset; kind?: Dataset["kind"]; emphasis?: string[] }> = [
  { name: "bars-chi-bo", dataset: chiBo },
  { name: "bars-chi-bo-emphasis", dataset: chiBo, emphasis: ["giap-bien"] },
  { name: "bars-dong-gop", dataset: dongGop, kind: "bars" },
  { name: "stack-ho-gia-dinh", dataset: hoGiaDinh },
  { name: "stack-chi-bo", dataset: chiBo, kind: "stack" },
  { name: "bars-ho-gia-dinh", dataset: hoGiaDinh, kind: "bars" },
  { name: "number-bien-gioi", dataset: bienGioi },
  { name: "number-thong-tin", dataset: thongTin },
  { name: "compare-dong-gop", dataset: dongGop },
  { name: "bars-hostile", dataset: hostile },
];
