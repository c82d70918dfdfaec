/**
 * The resize script (src/embed/resize.js) and the embed page's script (src/embed/frame.js): their
 * size as served, what they may never do, and, message by message in jsdom, which heights the
 * resize script accepts. The browser test runs the same script between real origins.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { JSDOM, requestInterceptor } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { servedScript } from "../../src/embed/served.ts";
import { ROOT } from "../helpers/dist.ts";

const resizeSource = readFileSync(join(ROOT, "src/embed/resize.js"), "utf8");
const frameSource = readFileSync(join(ROOT, "src/embed/frame.js"), "utf8");
const served = servedScript(resizeSource);

/** Returns the code without comments, so rules apply to what runs, not to what explains it. */
function code(js: string): string {
  return js.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

describe("as served", () => {
  it("is at most 1 KB gzipped", () => {
    expect(gzipSync(served).length).toBeLessThanOrEqual(1024);
  });

  it("keeps every line of code and drops only whole-line comments", () => {
    const lines = (js: string) =>
      code(js)
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    expect(lines(served)).toEqual(lines(resizeSource));
    expect(served).not.toMatch(/^\s*\/\//m);
  });

  it("never navigates elsewhere, evaluates or writes markup", () => {
    const forbidden =
      /\beval\b|\bFunction\s*\(|innerHTML|outerHTML|insertAdjacentHTML|document\.write|location|\.href\b|\bopen\s*\(|setAttribute|setTimeout|setInterval/;
    expect(code(resizeSource)).not.toMatch(forbidden);
    // The writes: an iframe's style height, and its src: the same address with only a new fragment.
    expect([...code(resizeSource).matchAll(/\.style\.(\w+)\s*=/g)].map((m) => m[1])).toEqual(["height"]);
    expect([...code(resizeSource).matchAll(/\.src\s*=(?!=)(.*)$/gm)].map((m) => m[1]?.trim())).toEqual([
      'frame.src.replace(/#.*$/, "") + "#cm=" + nonce;',
    ]);
  });

  it("the embed page's script touches no storage, cookie or network, and only reads its URL", () => {
    const c = code(frameSource);
    expect(c).not.toMatch(/localStorage|sessionStorage|cookie|fetch|XMLHttpRequest|indexedDB|innerHTML|eval/);
    expect([...c.matchAll(/location\.(\w+)/g)].map((m) => m[1])).toEqual(["search", "hash"]);
  });
});

const SITE = "https://cot-moc.example/";
const SRC = `${SITE}bieu-do/ho-gia-dinh/nhung/`;
const ORIGIN = SITE.slice(0, -1);

/** Serves the script to jsdom; every other request (the iframes) gets an empty page, never the network. */
const offline = requestInterceptor((request) =>
  request.url === `${SITE}nhung.js`
    ? new Response(served, { headers: { "content-type": "text/javascript" } })
    : new Response("<!doctype html><title>x</title>", { headers: { "content-type": "text/html" } }),
);

describe("which messages it accepts (jsdom)", () => {
  let dom: JSDOM;
  let messageListeners = 0;
  beforeAll(async () => {
    dom = new JSDOM(
      `<!doctype html><html><body>
      <iframe id="plain" src="${SRC}"></iframe>
      <iframe id="sandboxed" sandbox="allow-scripts" src="${SRC}"></iframe>
      <iframe id="same-origin-sandbox" sandbox="allow-scripts allow-same-origin" src="${SRC}"></iframe>
      <iframe id="elsewhere" src="https://copy.example/bieu-do/ho-gia-dinh/nhung/"></iframe>
      <script src="${SITE}nhung.js"></script>
      <script src="${SITE}nhung.js"></script>
      </body></html>`,
      {
        url: "https://news.example/bai/",
        runScripts: "dangerously",
        resources: { interceptors: [offline] },
        beforeParse(window) {
          const add = window.addEventListener.bind(window);
          window.addEventListener = ((type: string, ...rest: Parameters<typeof add> extends [string, ...infer R] ? R : never) => {
            if (type === "message") messageListeners++;
            return add(type, ...rest);
          }) as typeof window.addEventListener;
        },
      },
    );
    await new Promise<void>((resolve) => dom.window.addEventListener("load", () => resolve()));
    // Each embed page's first message, without a secret: the script answers it by giving one.
    for (const [id, origin] of [
      ["plain", ORIGIN],
      ["sandboxed", "null"],
      ["same-origin-sandbox", ORIGIN],
      ["elsewhere", "https://copy.example"],
    ]) {
      const source = (dom.window.document.getElementById(id ?? "") as HTMLIFrameElement).contentWindow as Window;
      const data = { cotMoc: "height", id: "ho-gia-dinh", height: 300 };
      dom.window.dispatchEvent(new dom.window.MessageEvent("message", { data, origin, source }));
    }
  });

  /** Sends `data` as if from iframe `from` (or the host) with `origin`; returns the heights after. */
  function send(data: unknown, origin: string, from: string | "host"): Record<string, string> {
    const doc = dom.window.document;
    const source = (from === "host" ? dom.window : (doc.getElementById(from) as HTMLIFrameElement).contentWindow) as Window;
    const secret = (data as { nonce?: unknown } | null)?.nonce;
    if (typeof secret === "string" && secret.startsWith("@")) Object.assign(data as object, { nonce: nonce(secret.slice(1)) });
    dom.window.dispatchEvent(new dom.window.MessageEvent("message", { data, origin, source }));
    const out: Record<string, string> = {};
    for (const f of doc.querySelectorAll("iframe")) {
      out[f.id] = f.style.height;
      f.style.height = "";
    }
    return out;
  }
  /** The secret resize.js gave iframe `frame` (in its URL's fragment, and as a property only the host's scripts see). */
  const nonce = (frame = "plain") =>
    (dom.window.document.getElementById(frame) as HTMLIFrameElement & { cotMocNonce?: string }).cotMocNonce ?? "";
  /** A genuine message from `frame`; its secret ("@frame") is read when it is sent, as the page runs only then. */
  const ok = (id: string, height: number, frame = "plain") => ({ cotMoc: "height", id, height, nonce: `@${frame}` });

  it("sets the height of the iframe that sent it, from our origin", () => {
    expect(send(ok("ho-gia-dinh", 480.4), ORIGIN, "plain")).toEqual({
      plain: "480px",
      sandboxed: "",
      "same-origin-sandbox": "",
      elsewhere: "",
    });
  });

  it.each([50, 10_000, 49.6])("accepts %d at the edges of the range (rounded)", (h) => {
    expect(send(ok("ho-gia-dinh", h), ORIGIN, "plain").plain).toBe(`${Math.round(h)}px`);
  });

  it.each([
    ["too small", ok("ho-gia-dinh", 49)],
    ["too large", ok("ho-gia-dinh", 10_001)],
    ["infinite", ok("ho-gia-dinh", Infinity)],
    ["NaN", ok("ho-gia-dinh", NaN)],
    ["negative", ok("ho-gia-dinh", -500)],
    ["a string", { cotMoc: "height", id: "ho-gia-dinh", height: "480" }],
    ["a URL", { cotMoc: "height", id: "ho-gia-dinh", height: "javascript:alert(1)" }],
    ["an object", { cotMoc: "height", id: "ho-gia-dinh", height: { valueOf: (): number => 480 } }],
    ["another chart's id", ok("chi-bo", 480)],
    ["an id that is a path", ok("ho-gia-dinh/nhung/../../x", 480)],
    ["no id", { cotMoc: "height", height: 480 }],
    ["another message type", { cotMoc: "navigate", id: "ho-gia-dinh", height: 480, url: "https://evil.example/" }],
    ["a string message", `{"cotMoc":"height","id":"ho-gia-dinh","height":480}`],
    ["null", null],
  ])("ignores %s", (_, data) => {
    expect(send(data, ORIGIN, "plain").plain).toBe("");
  });

  it("answers the first message of each iframe of ours by giving it its own secret, in its URL's fragment; none to another site's", () => {
    const doc = dom.window.document;
    const secrets = ["plain", "sandboxed", "same-origin-sandbox"].map((f) => nonce(f));
    for (const [i, f] of ["plain", "sandboxed", "same-origin-sandbox"].entries()) {
      expect(secrets[i]).toMatch(/^[0-9a-f]{32}$/);
      expect((doc.getElementById(f) as HTMLIFrameElement).src).toBe(`${SRC}#cm=${secrets[i]}`);
    }
    expect(new Set(secrets).size).toBe(3);
    expect(nonce("elsewhere")).toBe("");
    expect((doc.getElementById("elsewhere") as HTMLIFrameElement).src).toBe("https://copy.example/bieu-do/ho-gia-dinh/nhung/");
  });

  it("ignores a message without the iframe's secret: a document the iframe was navigated to does not know it", () => {
    expect(send({ ...ok("ho-gia-dinh", 480), nonce: "" }, ORIGIN, "plain").plain).toBe("");
    expect(send({ ...ok("ho-gia-dinh", 480), nonce: nonce("plain").toUpperCase() }, ORIGIN, "plain").plain).toBe("");
    expect(send({ cotMoc: "height", id: "ho-gia-dinh", height: 480 }, ORIGIN, "plain").plain).toBe("");
    expect(send(ok("ho-gia-dinh", 480, "sandboxed"), ORIGIN, "plain").plain).toBe("");
    expect(send({ ...ok("ho-gia-dinh", 480, "sandboxed"), nonce: "0".repeat(32) }, "null", "sandboxed").sandboxed).toBe("");
  });

  it("ignores the right message from the wrong sender or origin", () => {
    expect(send(ok("ho-gia-dinh", 480), ORIGIN, "host").plain).toBe("");
    expect(send(ok("ho-gia-dinh", 480), "https://evil.example", "plain").plain).toBe("");
    expect(send(ok("ho-gia-dinh", 480), "https://copy.example", "elsewhere").elsewhere).toBe("");
    expect(send(ok("ho-gia-dinh", 480), ORIGIN, "elsewhere").elsewhere).toBe("");
  });

  it('accepts origin "null" only from an iframe sandboxed without allow-same-origin', () => {
    expect(send(ok("ho-gia-dinh", 480, "sandboxed"), "null", "sandboxed").sandboxed).toBe("480px");
    expect(send(ok("ho-gia-dinh", 480), "null", "plain").plain).toBe("");
    const sameOrigin = ok("ho-gia-dinh", 480, "same-origin-sandbox");
    expect(send(sameOrigin, "null", "same-origin-sandbox")["same-origin-sandbox"]).toBe("");
    expect(send(sameOrigin, ORIGIN, "same-origin-sandbox")["same-origin-sandbox"]).toBe("480px");
  });

  it("listens once when the script is on the page twice", () => {
    expect(messageListeners).toBe(1);
  });
});
