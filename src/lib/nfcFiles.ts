/**
 * Which built files carry editors' words and must be in Unicode NFC, and which of them may be known
 * to be: the files Astro's incremental build restored from its store, as links
 * (scripts/lib/linkedRestore.ts adds each here; the NFC pass of src/integrations/cotMoc.ts skips
 * them once it has mended the store), and the wait for those still being linked. On `globalThis`
 * under global symbols: the build script and the integration Astro loads are separate module graphs
 * in one process.
 */
import { extname } from "node:path";

/** Files that carry editors' words: pages, feeds, downloads. */
const TEXT_EXTS = new Set([".html", ".xml", ".json", ".svg", ".csv", ".txt"]);

/** Returns whether the built file `path` carries editors' words (and so must be NFC). */
export function isTextFile(path: string): boolean {
  return TEXT_EXTS.has(extname(path));
}

const RESTORED = Symbol.for("cot-moc.restored-pages");

/** Returns this process's set of restored files (absolute paths), made on first use. */
export function restoredPages(): Set<string> {
  const g = globalThis as { [RESTORED]?: Set<string> };
  return (g[RESTORED] ??= new Set());
}

const LINKING = Symbol.for("cot-moc.restores-linking");

/** Registers how to wait for the restored files still being linked (scripts/lib/linkedRestore.ts links them beside Astro's rendering); undefined takes it back. */
export function linkingRestores(wait: (() => Promise<void>) | undefined): void {
  (globalThis as { [LINKING]?: () => Promise<void> })[LINKING] = wait;
}

/** Waits until every restored file is in its place; throws, naming them, if some could not be linked. */
export async function restoresInPlace(): Promise<void> {
  await (globalThis as { [LINKING]?: () => Promise<void> })[LINKING]?.();
}
