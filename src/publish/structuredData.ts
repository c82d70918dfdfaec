/**
 * schema.org objects for JSON-LD: NewsArticle for articles, Dataset for charts' datasets. Pure
 * functions of the site model and absolute URLs, so tests can check them without a build.
 */
import type { Article, Correction, Dataset } from "../model/types.ts";
import { correctionText, newestFirst } from "./corrections.ts";
import { PROVIDER } from "./notes.ts";

/** Absolute URLs of the pages an object links to. */
export interface LdUrls {
  /** The page itself (canonical). */
  page: string;
  /** Its social card image. */
  image: string;
  /** The site's home page. */
  home: string;
}

function website(home: string): Record<string, unknown> {
  return { "@type": "WebSite", name: PROVIDER, url: home, inLanguage: "vi" };
}

/** Returns `correction` (schema.org CorrectionComment, newest first) for these corrections, or nothing. */
function correctionLd(list: readonly Correction[]): Record<string, unknown> {
  if (!list.length) return {};
  return {
    correction: newestFirst(list).map((c) => ({
      "@type": "CorrectionComment",
      text: correctionText(c),
      datePublished: c.date,
    })),
  };
}

/** Returns the NewsArticle object of an article, with the corrections of its figures and words. */
export function articleJsonLd(a: Article, urls: LdUrls, corrections: readonly Correction[] = []): Record<string, unknown> {
  const d = a.data;
  return {
    "@type": "NewsArticle",
    headline: d.title,
    description: d.description,
    datePublished: d.date.toISOString(),
    author: [{ "@type": "Person", name: d.author }],
    publisher: { "@type": "Organization", name: d.publisher, url: d.publisherUrl },
    image: [urls.image],
    inLanguage: "vi",
    url: urls.page,
    mainEntityOfPage: urls.page,
    ...(d.sourceUrl ? { isBasedOn: d.sourceUrl } : {}),
    ...correctionLd(corrections),
    isPartOf: website(urls.home),
  };
}

/** A file a dataset can be downloaded as. */
export interface LdDownload {
  url: string;
  /** MIME type: "text/csv", "application/json". */
  format: string;
}

/** Returns the Dataset object of a dataset, based on its article (whose page is `urls.article`). */
export function datasetJsonLd(
  d: Dataset,
  a: Article,
  urls: LdUrls & { article: string },
  downloads: readonly LdDownload[] = [],
): Record<string, unknown> {
  return {
    "@type": "Dataset",
    name: d.title,
    description: d.description,
    url: urls.page,
    image: urls.image,
    inLanguage: "vi",
    isAccessibleForFree: true,
    creator: { "@type": "Organization", name: PROVIDER, url: urls.home },
    isBasedOn: { "@type": "NewsArticle", headline: a.data.title, url: urls.article, datePublished: a.data.date.toISOString() },
    variableMeasured: [...d.figures, ...d.derived].map((f) => f.label),
    ...(downloads.length
      ? { distribution: downloads.map((x) => ({ "@type": "DataDownload", contentUrl: x.url, encodingFormat: x.format })) }
      : {}),
    ...correctionLd(d.corrections),
    isPartOf: website(urls.home),
  };
}

/**
 * Returns `data` as the text of a `<script type="application/ld+json">`, with the schema.org
 * context. Every "<" is written \u003c, so no text in the data ("</script>") can end the element.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify({ "@context": "https://schema.org", ...data }).replace(/</g, "\\u003c");
}
