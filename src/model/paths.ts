/** Where an editor's files live: the project root and its content folders. */
import { listInputs, type FolderRules } from "./inputs.ts";
import type { Problem } from "./problems.ts";

/** Returns the project root: `COTMOC_ROOT` or the working directory. */
export function projectRoot(): string {
  return process.env.COTMOC_ROOT ?? process.cwd();
}

export const ARTICLES_DIR = "content/articles";
export const DATA_DIR = "data";
/** The file types a dataset may be written in. */
export const DATA_EXTS = [".json", ".csv"];

/** What each editor's folder may hold (src/model/inputs.ts refuses the rest). */
export const ARTICLE_RULES: FolderRules = { exts: [".mdx"] };
export const DATA_RULES: FolderRules = { exts: DATA_EXTS, folders: ["published"] };

/** Returns the article files under `root`, relative to it ("content/articles/x.mdx"), sorted; refused entries go to `problems`. */
export function articleFiles(root: string, problems: Problem[] = []): string[] {
  return listInputs(root, ARTICLES_DIR, ARTICLE_RULES, problems).map((f) => `${ARTICLES_DIR}/${f}`);
}
