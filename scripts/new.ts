/**
 * `npm run new -- "<tiêu đề>"`: creates content/articles/<slug>.mdx and data/<slug>-so-lieu.json,
 * ready to edit, and passing `npm run check` as they are. Never overwrites a file: a title already
 * used gets the slug `<slug>-2`, `-3`…
 *
 * Options: --date YYYY-MM-DD (default: today in Vietnam).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isRealIsoDate } from "../src/model/schemas/article.ts";
import { scaffoldArticle, type Scaffold } from "../src/model/scaffold.ts";
import { ARTICLES_DIR, DATA_DIR, projectRoot } from "../src/model/paths.ts";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const dateIndex = args.indexOf("--date");
// Today in Vietnam, as an ISO day; en-CA writes dates as YYYY-MM-DD.
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
const date = dateIndex >= 0 ? (args.splice(dateIndex, 2)[1] ?? "") : today;
if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealIsoDate(date))
  fail(`--date "${date}" phải là một ngày có thật, dạng 2020-02-05.`);
// Joined, so a title typed without quotes still works.
const title = args.join(" ");
if (!title.trim()) fail('Cần tiêu đề bài viết: npm run new -- "Tiêu đề bài viết"');

const root = projectRoot();
const names = (dir: string, ext: RegExp) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => ext.test(f))
        .map((f) => f.replace(ext, ""))
    : [];

function plan(): Scaffold {
  try {
    return scaffoldArticle(title, date, names(ARTICLES_DIR, /\.mdx$/), names(DATA_DIR, /\.(json|csv)$/));
  } catch (e) {
    fail(`Không tạo được bài: ${(e as Error).message}`);
  }
}
const scaffold = plan();
for (const f of scaffold.files) {
  const path = join(root, f.path);
  if (existsSync(path)) fail(`${f.path} đã có; không ghi đè.`);
}
for (const f of scaffold.files) {
  mkdirSync(dirname(join(root, f.path)), { recursive: true });
  writeFileSync(join(root, f.path), f.content, { flag: "wx" });
}

const [mdx, data] = scaffold.files.map((f) => f.path);
console.log(`Đã tạo bài "${scaffold.slug}":
  ${mdx}
  ${data}

Tiếp theo (chi tiết trong docs/huong-dan-bien-tap.md):
  1. Mở ${mdx}: điền phần đầu bài và thay đoạn mẫu bằng nội dung bài (mọi chỗ ghi "THAY THẾ").
  2. Sửa ${data} theo số liệu của bài, hoặc xóa tệp này cùng <So> và <Chart> mẫu trong bài.
  3. npm run dev để xem trước, npm run check để kiểm tra, npm run build để xuất bản.`);
