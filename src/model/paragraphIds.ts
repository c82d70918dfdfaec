/**
 * A Sätteri hast plugin (Astro 7's Markdown processor) that gives each top-level paragraph of an
 * article an id (`doan-1`, `doan-2`…), so chart pages can link every source quote back to the
 * paragraph that states it. Numbering follows `scanMdx`: one per prose block, components not counted.
 */
import { defineHastPlugin } from "satteri";

/** Returns the id of the n-th (1-based) paragraph of an article. */
export function paragraphId(n: number): string {
  return `doan-${n}`;
}

export const paragraphIds = defineHastPlugin({
  name: "cot-moc-paragraph-ids",
  element: {
    filter: ["p"],
    visit(node, ctx) {
      if (ctx.parent(node)?.type !== "root") return;
      const data = ctx.data as { cotMocParagraphs?: number };
      data.cotMocParagraphs = (data.cotMocParagraphs ?? 0) + 1;
      ctx.setProperty(node, "id", paragraphId(data.cotMocParagraphs));
    },
  },
});
