/**
 * `npm run check`: every content check without a build — frontmatter, datasets, quotes, totals, MDX
 * references and syntax — listing every problem at once as `file:line: field: message`. Exits 1 on any.
 */
import { checkAll } from "../src/model/checkAll.ts";
import { problemsReport } from "../src/model/problems.ts";
import { projectRoot } from "../src/model/paths.ts";

const { site, problems } = checkAll(projectRoot());
if (problems.length) {
  console.error(problemsReport(problems));
  process.exit(1);
}
console.log(`Không có lỗi: ${site.articles.length} bài viết, ${site.datasets.length} bộ dữ liệu đã được kiểm tra.`);
