/** The download formats of a chart, in the order pages list them: the one table the routes and `Downloads.astro` read. */
import { formatNumber } from "../lib/format.ts";
import { PNG_WIDTH } from "./imageSize.ts";

/** Each format's media type and what the file holds, in the words the chart page uses. */
export const DOWNLOAD_FORMATS = {
  csv: {
    type: "text/csv",
    what: "bảng tính, UTF-8, tiêu đề cột tiếng Việt; giá trị viết với dấu chấm thập phân, kèm cột cách viết",
  },
  json: { type: "application/json", what: "từng số liệu kèm đơn vị, từ ước lượng, trích dẫn, bài viết nguồn và đường dẫn" },
  svg: { type: "image/svg+xml", what: "ảnh vector có tiêu đề, ghi chú và dòng nguồn" },
  png: { type: "image/png", what: `ảnh rộng ${formatNumber(PNG_WIDTH)} điểm ảnh, có tiêu đề, ghi chú và dòng nguồn` },
} as const;

export type DownloadFormat = keyof typeof DOWNLOAD_FORMATS;

/** The download formats, in the order pages list them. */
export const DOWNLOADS = Object.keys(DOWNLOAD_FORMATS) as DownloadFormat[];

/** Returns the Content-Type a download is served with: text formats say they are UTF-8. */
export function contentType(format: DownloadFormat): string {
  const { type } = DOWNLOAD_FORMATS[format];
  return type.startsWith("text/") || type === "application/json" ? `${type}; charset=utf-8` : type;
}
