/** The one rule for the hedge of a figure computed from others. */
import type { Qualifier } from "../lib/format.ts";

/** Returns the hedge of a figure computed from figures with these hedges: theirs when they share one, else "khoảng". */
export function combineHedges(qs: readonly Qualifier[]): Qualifier {
  const [first] = qs;
  return first !== undefined && qs.every((q) => q === first) ? first : "khoảng";
}
