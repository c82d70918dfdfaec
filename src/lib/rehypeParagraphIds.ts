/**
 * Gives each top-level paragraph of an article an id (`doan-1`, `doan-2`…) so that chart pages can
 * link every source quote back to the paragraph that states it. Numbering follows `scanMdx`'s
 * paragraphs: one per prose block, components (charts, photos) not counted.
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** Returns the id of the n-th (1-based) paragraph of an article. */
export function paragraphId(n: number): string {
  return `doan-${n}`;
}

export function rehypeParagraphIds() {
  return (tree: Node) => {
    let n = 0;
    for (const child of tree.children ?? []) {
      if (child.type === "element" && child.tagName === "p") {
        n++;
        child.properties = { ...child.properties, id: paragraphId(n) };
      }
    }
  };
}
