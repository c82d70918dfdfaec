/**
 * Which files of an editor's folder are inputs: regular files with a known extension, directly in the
 * folder, inside the project. Symlinks, sub-folders, other files and ids Windows reserves are refused
 * with a problem naming the path, before anything is read: no message ever quotes a file's content.
 */
import { closeSync, constants, lstatSync, openSync, readdirSync, readFileSync, realpathSync, type Stats } from "node:fs";
import { extname, join, sep } from "node:path";
import type { Problem } from "./problems.ts";

/** What a folder may hold: files with these extensions, and these sub-folders (read on their own). */
export interface FolderRules {
  exts: readonly string[];
  folders?: readonly string[];
}

/**
 * Files left by systems and editors, skipped without a word: macOS and Windows folder files, Git's
 * keep files, Emacs locks and autosaves, backups ending in `~`, Vim swap files.
 */
export const JUNK = /^(\.DS_Store|Thumbs\.db|desktop\.ini|\.gitkeep|\.gitignore)$|^\.#|^#.*#$|~$|^\..*\.sw[a-p]$/i;
/** Notes for people, allowed beside the inputs and not read. */
const README = /^README\.md$/;
/** Device names Windows reserves, whatever the extension: a file named so cannot be opened there. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** Returns why `st` (the lstat of `path`) is not a plain folder inside `realRoot`, or undefined. */
function folderProblem(path: string, st: Stats, realRoot: string): string | undefined {
  if (st.isSymbolicLink())
    return "là một liên kết (symlink), không phải thư mục thật: Cột Mốc chỉ đọc tệp nằm trong dự án; thay liên kết bằng thư mục thật.";
  if (!st.isDirectory()) return "phải là một thư mục.";
  const real = realpathSync(path);
  if (real !== realRoot && !real.startsWith(realRoot + sep))
    return "nằm ngoài thư mục dự án: Cột Mốc chỉ đọc tệp nằm trong dự án.";
  return undefined;
}

/** Returns why the entry `name` (its lstat `st`) of a folder with `rules` is refused, or undefined when it is an input. */
function entryProblem(dir: string, name: string, st: Stats, rules: FolderRules): string | undefined {
  const allowed = rules.exts.join(", ");
  if (st.isSymbolicLink())
    return "là một liên kết (symlink), không phải tệp thật: Cột Mốc chỉ đọc tệp nằm trong dự án; chép tệp vào đây thay cho liên kết.";
  if (st.isDirectory())
    return `là một thư mục con, mà Cột Mốc không đọc thư mục con của ${dir}/: chuyển các tệp ra thẳng ${dir}/ hoặc xóa thư mục.`;
  if (!st.isFile()) return "không phải một tệp thường: xóa nó.";
  const ext = extname(name);
  if (!rules.exts.includes(ext))
    return `tệp ${ext ? `đuôi "${ext}"` : "không có đuôi"} không được đọc ở ${dir}/: ở đây chỉ có tệp ${allowed} (và README.md); đổi đuôi, hoặc chuyển tệp đi nơi khác.`;
  const id = name.split(".")[0] ?? "";
  if (RESERVED.test(id))
    return `tên "${id}" là tên Windows dành riêng (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9): tệp này không mở được trên Windows; đặt tên khác cho tệp (id của bộ dữ liệu, slug của bài viết là tên tệp).`;
  return undefined;
}

/**
 * Returns the names of the inputs of folder `dir` (relative to `root`, "data"), sorted, pushing a
 * problem for every refused entry; none when the folder is missing. Only lstat is used, so no link is followed.
 */
export function listInputs(root: string, dir: string, rules: FolderRules, problems: Problem[]): string[] {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return [];
  }
  // Every folder on the way from the root must be a real folder inside it ("data", then "data/published").
  const parts = dir.split("/");
  for (let i = 1; i <= parts.length; i++) {
    const rel = parts.slice(0, i).join("/");
    let st: Stats;
    try {
      st = lstatSync(join(root, rel));
    } catch {
      return [];
    }
    const why = folderProblem(join(root, rel), st, realRoot);
    if (why) {
      problems.push({ file: `${rel}/`, message: why });
      return [];
    }
  }
  const names: string[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    const found = checkEntry(root, dir, name, rules);
    if (found === "input") names.push(name);
    else if (found !== "skip") problems.push(found);
  }
  return names;
}

/** Returns what entry `name` of folder `dir` is: an input, skipped (junk, notes, a known sub-folder), or a problem. */
export function checkEntry(root: string, dir: string, name: string, rules: FolderRules): "input" | "skip" | Problem {
  if (JUNK.test(name) || README.test(name)) return "skip";
  // Other hidden files (".cache") are not inputs; a hidden one with an input's extension is a mistake.
  if (name.startsWith(".") && !rules.exts.includes(extname(name))) return "skip";
  const st = lstatSync(join(root, dir, name));
  // A known sub-folder is listed on its own, which refuses it if it is a link.
  if ((st.isDirectory() || st.isSymbolicLink()) && rules.folders?.includes(name)) return "skip";
  const why =
    name.startsWith(".") && st.isFile()
      ? "là tệp ẩn (tên bắt đầu bằng dấu chấm): bỏ dấu chấm ở đầu tên, hoặc xóa tệp."
      : entryProblem(dir, name, st, rules);
  return why ? { file: `${dir}/${name}${st.isDirectory() ? "/" : ""}`, message: why } : "input";
}

/** Returns the text of the input `file` (relative to `root`), refusing to follow a link swapped in after it was listed. */
export function readInput(root: string, file: string): string {
  const fd = openSync(join(root, file), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
