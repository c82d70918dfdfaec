/**
 * Finding titles: a chart's headline states its finding, and every number in it is a placeholder
 * filled from the dataset's own figures, so a changed value changes the title and a typed number
 * stops the build.
 */
import { formatQuantity } from "../lib/format.ts";
import type { Report } from "./figures.ts";
import type { Figure } from "./types.ts";

/** `{key}` (the figure with its hedge and unit) or `{key|số}` (the number and hedge alone). */
const PLACEHOLDER = /\{([^{}|]*)(\|[^{}]*)?\}/g;
/** `|số`, or `|so` typed without its accent. */
const NUMBER_ONLY = new Set(["|số", "|so"]);

/** Returns the figure as the placeholder asks for it. */
function filled(f: Figure, numberOnly: boolean): string {
  if (!numberOnly || f.value === undefined) return f.text;
  // "100%": a percent sign is part of the number, not a unit word.
  return f.code ?? formatQuantity(f.value, f.unit === "%" ? "%" : "", f.qualifier);
}

/** Returns `finding` with its placeholders filled from `figures`, reporting unknown keys and typed numbers. */
export function renderFinding(finding: string, figures: readonly Figure[], report: Report): string {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const typed = finding.replace(PLACEHOLDER, "").match(/\d+(?:[.,]\d+)*/);
  if (typed)
    report(
      ["finding"],
      `tiêu đề kết luận có số gõ tay "${typed[0]}": viết {khóa} (hoặc {khóa|số}) để số lấy từ số liệu của bộ dữ liệu.`,
    );
  const text = finding.replace(PLACEHOLDER, (whole, key: string, option: string | undefined) => {
    const f = byKey.get(key);
    const numberOnly = option !== undefined && NUMBER_ONLY.has(option.normalize("NFC"));
    if (option !== undefined && !numberOnly) {
      report(["finding"], `"${whole}": sau dấu | chỉ viết "số" ({${key}|số}).`);
    }
    if (!f) {
      report(["finding"], `"${whole}" không phải khóa của số liệu hay số tính nào trong bộ dữ liệu.`);
      return whole;
    }
    return filled(f, numberOnly);
  });
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
