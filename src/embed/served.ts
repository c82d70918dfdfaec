/** How the embed scripts are shipped: hand-written sources, served without their line comments. */

/** Returns a script as served: the source without its whole-line `//` comments and blank lines. */
export function servedScript(js: string): string {
  const lines = js.split("\n").filter((line) => !/^\s*(\/\/.*)?$/.test(line));
  return `${lines.join("\n")}\n`;
}
