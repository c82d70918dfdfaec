/** A font cut down to some characters, as WOFF2: embed pages inline two (src/embed/embedFont.ts), cut by the PNG pool's threads during a build. */
import { readFileSync } from "node:fs";
import subsetFont from "subset-font";
import { FONT_FEATURES } from "../design/typography.ts";

/** Returns the WOFF2 subset of the font `file` holding `chars` (in whichever thread calls it). */
export async function cutSubset(file: string, chars: string): Promise<Uint8Array> {
  return subsetFont(readFileSync(file), chars, { targetFormat: "woff2", keepFeatures: FONT_FEATURES });
}
