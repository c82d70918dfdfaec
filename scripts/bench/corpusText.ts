/**
 * The words of the benchmark's corpus: a seeded PRNG, the places and people the two real articles
 * name, and their sentences without figures, from which corpus.ts builds each article's prose.
 */

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

export type Rand = () => number;
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

export const STATIONS = [
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
export const DISTRICTS = ["Văn Lãng", "Tràng Định", "Cao Lộc", "Lộc Bình", "Đình Lập"];
export const COMMUNES = [
  "Tân Thanh",
  "Tân Mỹ",
  "Đội Cấn",
  "Quốc Khánh",
  "Thụy Hùng",
  "Bảo Lâm",
  "Xuân Dương",
  "Bắc Xa",
  "Thanh Lòa",
];
export const VILLAGES = ["Háng Mới", "Nà Han", "Khòn Khua", "Pò Nhùng", "Nà Lầm", "Bản Chắt", "Cốc Lầy", "Nà Pàn"];
export const PEOPLE = [
  "Thiếu tá Lý Văn Tý",
  "Đại tá Trịnh Hữu Tăng",
  "Đại tá Ngô Văn Vũ",
  "Trung tá Hoàng Văn Bình",
  "Thiếu tá Nông Thị Hoa",
  "Đại úy Vi Văn Thắng",
];
export const AUTHORS = ["Đình Quang", "Đông Bắc", "Minh Ngọc", "Hoàng Anh", "Thu Trang", "Văn Việt"];
export const HEADLINES = [
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
export function paragraph(r: Rand, k: number): string {
  return Array.from({ length: k }, () => sentence(r)).join(" ");
}

/** Returns `parts` positive integers that add up to `total`. */
export function split(r: Rand, total: number, parts: number): number[] {
  const cuts = new Set<number>();
  while (cuts.size < parts - 1) cuts.add(int(r, 1, total - 1));
  const sorted = [0, ...[...cuts].sort((a, b) => a - b), total];
  return sorted.slice(1).map((x, i) => x - (sorted[i] ?? 0));
}
