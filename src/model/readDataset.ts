/** Reads one dataset file (JSON or CSV) into the schema's input, with a way back to its lines. */
import { parseCsvFile } from "./csvFile.ts";
import { parseJsonFile, type ParsedFile } from "./jsonFile.ts";
import { readInput } from "./inputs.ts";
import { DATA_DIR } from "./paths.ts";
import { datasetLimitProblems } from "./limits.ts";
import { fieldPath, type Problem } from "./problems.ts";
import { datasetSchema, type DatasetInput } from "./schemas/dataset.ts";
import { zodProblems } from "./zodProblems.ts";

/** A dataset file that passed its schema. */
export interface DatasetFile {
  input: DatasetInput;
  parsed: ParsedFile;
  /** Path relative to the root ("data/ho-gia-dinh.json"). */
  file: string;
}

/** Returns the dataset `data/<name>`, or undefined with its problems pushed to `problems`. */
export function readDataset(root: string, name: string, problems: Problem[]): DatasetFile | undefined {
  const file = `${DATA_DIR}/${name}`;
  const source = readInput(root, file);
  const parsed = name.endsWith(".csv") ? parseCsvFile(file, source) : parseJsonFile(file, source);
  if (parsed.problems.length) {
    problems.push(...parsed.problems);
    return undefined;
  }
  // Limits, placeholders and hostile text: reported, but the dataset is kept so `npm run dev` still previews it.
  const limits = datasetLimitProblems(parsed.input);
  for (const p of limits)
    problems.push({ file, line: parsed.locate(p.path), field: parsed.field?.(p.path) ?? fieldPath(p.path), message: p.message });
  if (limits.some((p) => p.fatal)) return undefined;
  const result = datasetSchema.safeParse(parsed.input);
  if (!result.success) {
    problems.push(...zodProblems(file, result.error.issues, parsed.input, parsed));
    return undefined;
  }
  const expected = name.replace(/\.(json|csv)$/, "");
  if (result.data.id !== expected) {
    problems.push({
      file,
      line: parsed.locate(["id"]),
      field: parsed.field?.(["id"]) ?? fieldPath(["id"]),
      message: `id "${result.data.id}" phải trùng với tên tệp "${expected}".`,
    });
  }
  return { input: result.data, parsed, file };
}
