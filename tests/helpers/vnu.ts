/** The W3C Nu HTML Checker as the tests run it. */
import { join } from "node:path";
import { ROOT } from "./dist.ts";

/** The checker's jar (npm package vnu-jar; Java runs it). */
export const VNU_JAR = join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");

/**
 * `--filterpattern` for what are the checker's gaps, not errors: its CSS validator predates container
 * queries (`container-type`, `@container`, in every engine since 2023), which pages carry in their
 * inlined stylesheet. Anything else it says about CSS still fails.
 */
export const VNU_FILTER = [
  "--filterpattern",
  "CSS: (“container-type”: Property “container-type” doesn't exist\\.|Unrecognized at-rule “@container”)",
];
