/**
 * `/nhung.js`: the optional script of the embed code, which sizes chart iframes to their content.
 * The source (src/embed/resize.js) explains every check; its line comments are left out of the
 * file served, which must stay under 1 KB gzipped (tests/embed/resize.test.ts).
 */
import type { APIRoute } from "astro";
import source from "../embed/resize.js?raw";
import { servedScript } from "../embed/served.ts";

export const GET: APIRoute = () =>
  new Response(servedScript(source), { headers: { "content-type": "text/javascript; charset=utf-8" } });
