/**
 * What a reader sees of each chart, measured in the browser, and the legibility rules it is held to:
 * no text under 12 CSS px, no two texts over each other, no text outside its chart, no text across a
 * rule, an axis line or a grid line. The measuring runs in the page; the rules are plain functions over its result.
 */

/** Any text under this rendered size (CSS px) is too small to read. */
export const MIN_TEXT_PX = 12;
/** Boxes may touch or cross by this much (CSS px): a text's box is its font's whole line, not its ink. */
export const TOLERANCE_PX = 1;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A <text> or <tspan> with text of its own, at its rendered size. */
export interface Run {
  /** Its `data-legible` mark in the page, to ask the browser which font drew it. */
  mark: number;
  text: string;
  /** Computed font-size × the scale the SVG is drawn at, in CSS px. */
  px: number;
}

/** One <text> (its tspans are part of it) and its box on the screen. */
export interface Label {
  text: string;
  box: Box;
  runs: Run[];
}

/** A <line> or a one-segment <path> as drawn on the screen. */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width on the screen, CSS px. */
  width: number;
}

/** One chart drawing shown on the page. */
export interface ChartSeen {
  /** Dataset id, from the nearest `data-chart`. */
  chart: string;
  /** The drawing's viewBox width (the wide or the narrow drawing). */
  drawing: number;
  box: Box;
  labels: Label[];
  rules: Rule[];
}

/**
 * Returns every displayed `svg.cm-chart` of the page, measured once its fonts are ready; marks each
 * text run with `data-legible="<n>"`. Runs in the page (self-contained: no closure, no import).
 */
export async function measureCharts(): Promise<ChartSeen[]> {
  await document.fonts.ready;
  const boxOf = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const scaleOf = (el: SVGGraphicsElement) => {
    const m = el.getScreenCTM();
    return m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 0;
  };
  const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();
  let mark = 0;
  const charts: ChartSeen[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>("svg.cm-chart")) {
    if (!svg.checkVisibility()) continue;
    const labels: Label[] = [];
    for (const t of svg.querySelectorAll<SVGTextElement>("text")) {
      // Its words as read: a tspan that starts a line of its own is a word break.
      const parts: string[] = [];
      const walker = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentNode as Element;
        const line = parent !== t && parent.matches("[x], [y], [dy]") && n === parent.firstChild;
        parts.push(line ? ` ${n.textContent}` : (n.textContent ?? ""));
      }
      const text = squeeze(parts.join(""));
      if (!text || !t.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const runs: Run[] = [];
      for (const el of [t, ...t.querySelectorAll<SVGTSpanElement>("tspan")]) {
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? "");
        if (!squeeze(own.join(""))) continue;
        el.setAttribute("data-legible", String(mark));
        runs.push({ mark: mark++, text: squeeze(own.join("")), px: parseFloat(getComputedStyle(el).fontSize) * scaleOf(el) });
      }
      labels.push({ text, box: boxOf(t.getBoundingClientRect()), runs });
    }
    const rules: Rule[] = [];
    for (const g of svg.querySelectorAll<SVGGeometryElement>("line, path")) {
      const d = g.getAttribute("d") ?? "";
      if (g.tagName === "path" && !/^\s*M[^a-zA-Z]+[LHVlhv][^a-zA-Z]+$/.test(d)) continue;
      const cs = getComputedStyle(g);
      const m = g.getScreenCTM();
      if (cs.stroke === "none" || !m || !g.checkVisibility()) continue;
      const a = g.getPointAtLength(0).matrixTransform(m);
      const b = g.getPointAtLength(g.getTotalLength()).matrixTransform(m);
      rules.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: parseFloat(cs.strokeWidth) * scaleOf(g) });
    }
    const chart = svg.closest("[data-chart]")?.getAttribute("data-chart") ?? "(no data-chart)";
    charts.push({ chart, drawing: svg.viewBox.baseVal.width, box: boxOf(svg.getBoundingClientRect()), labels, rules });
  }
  return charts;
}

export type Kind = "small" | "overlap" | "outside" | "rule" | "font";

/** A broken rule: `text` names the texts (the grouping key), `measure` what was measured. */
export interface Problem {
  kind: Kind;
  chart: string;
  text: string;
  measure: string;
}

const px = (n: number) => `${n.toFixed(1)} px`;
const quote = (s: string) => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;

/** Returns how far two boxes cross, each way (negative when apart). */
function crossing(a: Box, b: Box): [number, number] {
  return [Math.min(a.right, b.right) - Math.max(a.left, b.left), Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)];
}

/** Returns whether the segment crosses the box (Liang–Barsky clipping). */
function segmentCrosses(r: Rule, b: Box): boolean {
  if (b.right <= b.left || b.bottom <= b.top) return false;
  const dx = r.x2 - r.x1;
  const dy = r.y2 - r.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, r.x1 - b.left],
    [dx, b.right - r.x1],
    [-dy, r.y1 - b.top],
    [dy, b.bottom - r.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * Returns what breaks the legibility rules in one chart drawing. A rule or axis line is "under" a text
 * when the line itself, stroke included, passes through the text's box shrunk by the tolerance: a tick
 * label beside its tick or at the end of the zero rule (Plot's ruleX at 0) is fine, a label that the
 * zero rule, a separator or a grid line runs through is not (rowChart.ts breaks its grid at labels).
 */
export function legibilityProblems(c: ChartSeen): Problem[] {
  const found: Problem[] = [];
  const add = (kind: Kind, text: string, measure: string) => found.push({ kind, chart: c.chart, text, measure });
  // When every text is too small, the drawing is the problem (drawn for another width): said once.
  const runs = c.labels.flatMap((l) => l.runs);
  const small = runs.filter((r) => r.px < MIN_TEXT_PX);
  if (small.length > 1 && small.length === runs.length) {
    const sizes = small.map((r) => r.px);
    const [least, most] = [px(Math.min(...sizes)), px(Math.max(...sizes))];
    add("small", `every text of the drawing (${runs.length})`, least === most ? least : `${least} to ${most}`);
  } else for (const r of small) add("small", quote(r.text), px(r.px));
  for (const l of c.labels) {
    const b = l.box;
    const sides: [string, number][] = [
      ["left", c.box.left - b.left],
      ["right", b.right - c.box.right],
      ["top", c.box.top - b.top],
      ["bottom", b.bottom - c.box.bottom],
    ];
    const out = sides.filter(([, d]) => d > TOLERANCE_PX).map(([side, d]) => `${px(d)} past the ${side}`);
    if (out.length) add("outside", quote(l.text), out.join(", "));
    for (const rule of c.rules) {
      const inset = TOLERANCE_PX - rule.width / 2;
      const core = { left: b.left + inset, top: b.top + inset, right: b.right - inset, bottom: b.bottom - inset };
      if (segmentCrosses(rule, core)) {
        const dir =
          Math.abs(rule.x2 - rule.x1) < Math.abs(rule.y2 - rule.y1)
            ? `x ${px(rule.x1 - c.box.left)}`
            : `y ${px(rule.y1 - c.box.top)}`;
        add("rule", quote(l.text), `line at ${dir} of the chart`);
      }
    }
  }
  c.labels.forEach((a, i) => {
    for (const b of c.labels.slice(i + 1)) {
      const [w, h] = crossing(a.box, b.box);
      if (w > TOLERANCE_PX && h > TOLERANCE_PX) add("overlap", `${quote(a.text)} × ${quote(b.text)}`, `${px(w)} × ${px(h)}`);
    }
  });
  return found;
}

/** Where a problem was seen. */
export interface Seen extends Problem {
  /** The page's path, "bieu-do/x/nhung/". */
  path: string;
  width: number;
  /** "light", "dark", or "light, dark" for a measurement that stands for both. */
  scheme: string;
  /** The drawing's viewBox width; 0 for page text. */
  drawing: number;
}

export const KIND_NAMES: Record<Kind, string> = {
  small: `text under ${MIN_TEXT_PX} CSS px`,
  overlap: "texts over each other",
  outside: "text outside the chart",
  rule: "text across a rule, axis line or grid line",
  font: "text not drawn in the served Noto Sans (a fallback font)",
};

/** Returns a short name for a page: "article <slug…>", "chart page", "embed v/1". */
export function pageName(path: string): string {
  const article = /^bai-viet\/([^/]+)\//.exec(path);
  if (article) return `article ${article[1]!.slice(0, 18)}…`;
  const pinned = /\/(v\/\d+)\//.exec(path)?.[1];
  const kind = path.endsWith("/nhung/") ? "embed" : /^bieu-do\//.test(path) ? "chart page" : path || "home";
  return pinned ? `${kind} ${pinned}` : kind;
}

/**
 * Returns the problems as a report a person reads: by chart and kind, the texts seen in the same places
 * together under one line naming those places ("embed at 320, 360 px (drawing 640)"), each text with
 * what was measured (by width when it differs). A scheme is named only when the other scheme did not
 * show the problem.
 */
export function formatProblems(seen: Seen[]): string {
  const at = <K, V>(m: Map<K, V>, k: K, make: () => V): V => {
    if (!m.has(k)) m.set(k, make());
    return m.get(k)!;
  };
  // chart → kind → text → "page|drawing|width" → what was measured there, and in which schemes
  const tree = new Map<string, Map<Kind, Map<string, Map<string, { measure: string; schemes: Set<string> }>>>>();
  const sorted = [...seen].sort((a, b) => a.width - b.width || pageName(a.path).localeCompare(pageName(b.path)));
  for (const s of sorted) {
    const texts = at(
      at(tree, s.chart, () => new Map()),
      s.kind,
      () => new Map(),
    );
    const place = `${pageName(s.path)}|${s.drawing}|${s.width}`;
    at(
      at(texts, s.text, () => new Map()),
      place,
      () => ({ measure: s.measure, schemes: new Set<string>() }),
    ).schemes.add(s.scheme);
  }
  /** "embed at 320, 360 px (drawing 640); chart page at 320 px (drawing 320, dark only)" */
  const placesOf = (places: Map<string, { schemes: Set<string> }>) => {
    const widths = new Map<string, string[]>();
    for (const [place, v] of places) {
      const [page, drawing, width] = place.split("|");
      const one = v.schemes.size === 1 ? [...v.schemes][0]! : "";
      const only = one && !one.includes(",") ? `, ${one} only` : "";
      at(widths, `${page}|${drawing === "0" ? "" : `drawing ${drawing}`}${only}`, () => []).push(width!);
    }
    return [...widths].map(([k, w]) => {
      const [page, note] = k.split("|");
      return `${page} at ${w.join(", ")} px${note ? ` (${note.replace(/^, /, "")})` : ""}`;
    });
  };
  /** "6.7 px", or by width when they differ: "6.7 px at 320 px, 7.7 px at 360 px". */
  const measuresOf = (places: Map<string, { measure: string }>) => {
    const byWidth = new Map<string, Set<string>>();
    for (const [place, v] of places) at(byWidth, place.split("|")[2]!, () => new Set<string>()).add(v.measure);
    const all = new Set([...byWidth.values()].flatMap((m) => [...m]));
    if (all.size === 1) return [...all][0]!;
    return [...byWidth].map(([w, m]) => `${[...m].join(" or ")} at ${w} px`).join(", ");
  };
  const charts = [...tree.keys()].sort();
  const lines = [`${seen.length} times (page × width × scheme), on ${charts.length} charts:`];
  for (const chart of charts) {
    const kinds = tree.get(chart)!;
    for (const kind of (Object.keys(KIND_NAMES) as Kind[]).filter((k) => kinds.has(k))) {
      const texts = kinds.get(kind)!;
      lines.push("", `■ ${chart}: ${KIND_NAMES[kind]}`);
      const groups = new Map<string, string[]>();
      for (const [text, places] of texts) {
        const measures = measuresOf(places);
        at(groups, placesOf(places).join("; "), () => []).push(`${text}: ${measures}`);
      }
      for (const [where, items] of groups) lines.push(`  in ${where}`, ...items.map((t) => `    ${t}`));
    }
  }
  return lines.join("\n");
}
