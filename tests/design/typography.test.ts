/** src/design/typography.ts: the site's typeface and the stack pages and charts fall back through. */
import { describe, expect, it } from "vitest";
import { FONT_NAME, FONT_STACK } from "../../src/design/typography.ts";

describe("the typeface", () => {
  it("is Noto Sans, first in a stack that ends in a generic family", () => {
    expect(FONT_NAME).toBe("Noto Sans");
    expect(FONT_STACK.split(", ")[0]).toBe(FONT_NAME);
    expect(FONT_STACK.endsWith("sans-serif")).toBe(true);
  });
});
