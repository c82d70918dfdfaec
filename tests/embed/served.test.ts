/** src/embed/served.ts: the embed scripts as served, without their whole-line comments (tests/embed/resize.test.ts checks the real scripts). */
import { describe, expect, it } from "vitest";
import { servedScript } from "../../src/embed/served.ts";

describe("servedScript", () => {
  it("drops whole-line // comments and blank lines, keeps every line of code as written, and ends with a newline", () => {
    const js =
      '// Một dòng chú thích\n(function () {\n\n  var a = 1; // giữ lại\n    // thụt vào\n  var url = "http://x/";\n})();';
    expect(servedScript(js)).toBe('(function () {\n  var a = 1; // giữ lại\n  var url = "http://x/";\n})();\n');
  });

  it("leaves block comments as they are", () => {
    expect(servedScript("/* a */\nx();\n")).toBe("/* a */\nx();\n");
  });
});
