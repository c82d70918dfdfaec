/**
 * An article's body as an Astro component, compiled from its MDX when its page renders. Articles are
 * not modules of the site's bundle: Vite would compile and bundle every one of them on every build,
 * for a page that only one build in many renders again (src/publish/pageKeys.ts). The compile is the
 * one Astro's MDX integration runs (Sätteri, same features and plugins), so the bytes are the same.
 */
import { satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import { Fragment, jsx, jsxs } from "astro/jsx-runtime";
import { evaluate, type EvaluateOptions } from "satteri";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { readInput } from "../model/inputs.ts";
import { mdxBody } from "../model/mdxScan.ts";
import { ARTICLE_MARKDOWN } from "../model/markdown.ts";
import type { Article } from "../model/types.ts";

type Props = { components?: Record<string, unknown> };
type MdxContent = (props: Props) => unknown;

/** Returns the article's body as a component taking `components` (Chart, Photo, So), as `render(entry)` gave it. */
export function articleContent(root: string, article: Article): MdxContent {
  const source = readInput(root, article.file);
  const exports = evaluate(mdxBody(source), {
    Fragment,
    jsx: jsx as EvaluateOptions["jsx"],
    jsxs: jsxs as EvaluateOptions["jsxs"],
    // The site's Markdown options with GFM on, then the plugin Astro's MDX compile adds after the site's.
    features: { ...ARTICLE_MARKDOWN.features, gfm: true },
    hastPlugins: [...ARTICLE_MARKDOWN.hastPlugins, satteriHeadingIdsPlugin()],
    elementAttributeNameCase: "html",
    fileURL: pathToFileURL(join(root, article.file)),
    data: { astro: { frontmatter: article.data, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  }) as { default: MdxContent };
  const body = exports.default;
  const Content = (props: Props = {}) => body({ ...props, components: { Fragment, ...props.components } });
  const marks = Content as unknown as Record<symbol, boolean>;
  marks[Symbol.for("mdx-component")] = true;
  marks[Symbol.for("astro.needsHeadRendering")] = true;
  // What @astrojs/mdx's __astro_tag_component__ does: its JSX renderer renders the component.
  Object.defineProperty(Content, Symbol.for("astro:renderer"), { value: "astro:jsx" });
  return Content;
}
