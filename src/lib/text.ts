/** Text normalization shared by the checks and the pages. */

/** Returns `s` in Unicode NFC with every run of white space folded to one space and trimmed. */
export function foldText(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Returns true when `s` is already in Unicode NFC (macOS editors often save NFD). */
export function isNfc(s: string): boolean {
  return s === s.normalize("NFC");
}

/** Returns the 1-based line number of character `offset` in `source`. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** Returns `s` safe as XML or HTML text or as a double-quoted attribute value: & < > " escaped. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
