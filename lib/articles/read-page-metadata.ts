import { isoDayFromTimestamp } from "./iso-day";

/** What a page says about its article in machine-readable form. */
export interface PageMetadata {
  title?: string;
  byline?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  siteName?: string;
}

type JsonLd = Record<string, unknown>;

const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|NewsArticle|WebPage|LiveBlogPosting)$/;

/**
 * Reads title, byline and publication day from a page's metadata, most specific first: Open Graph and
 * article:* properties, JSON-LD (schema.org Article types, also inside @graph), Dublin Core and other common
 * meta names, then a `<time datetime>` (one marked as the publication date, or the first in the article).
 * Call it before Readability, which changes the document.
 *
 * @example
 * readPageMetadata(parseHTML('<meta property="og:title" content="Bridge reopens">').document).title // "Bridge reopens"
 */
export function readPageMetadata(document: Document): PageMetadata {
  const jsonLd = articleJsonLd(document);
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
      const value = el?.getAttribute("content")?.trim();
      if (value) return value;
    }
    return undefined;
  };

  const title = clean(meta("og:title", "twitter:title") ?? text(jsonLd?.headline) ?? text(jsonLd?.name) ?? meta("dc.title", "dcterms.title", "headline"));
  const byline = clean(
    authorName(jsonLd?.author) ??
      meta("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl")?.replace(/^by\s+/i, ""),
  );
  const publishedAt =
    isoDayFromTimestamp(meta("article:published_time", "og:published_time", "datePublished")) ??
    isoDayFromTimestamp(text(jsonLd?.datePublished)) ??
    isoDayFromTimestamp(
      meta("dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date", "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date"),
    ) ??
    timeElementDay(document) ??
    isoDayFromTimestamp(text(jsonLd?.dateCreated));
  const siteName = clean(meta("og:site_name", "application-name"));

  const result: PageMetadata = {};
  if (title) result.title = title;
  if (byline && !/^https?:\/\//i.test(byline)) result.byline = byline;
  if (publishedAt) result.publishedAt = publishedAt;
  if (siteName) result.siteName = siteName;
  return result;
}

function clean(value: string | undefined): string | undefined {
  const v = value?.replace(/\s+/g, " ").trim();
  return v ? v : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function authorName(author: unknown): string | undefined {
  if (typeof author === "string") return text(author);
  if (Array.isArray(author)) {
    const names = author.map(authorName).filter((n): n is string => Boolean(n));
    return names.length ? names.join(", ") : undefined;
  }
  if (author && typeof author === "object") return text((author as JsonLd).name);
  return undefined;
}

/** The first schema.org article object in the page's JSON-LD scripts; broken JSON is skipped. */
function articleJsonLd(document: Document): JsonLd | undefined {
  const candidates: JsonLd[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      collect(JSON.parse(script.textContent ?? ""), candidates, 0);
    } catch {
      // a page's broken JSON-LD is not our failure
    }
  }
  return candidates.find((c) => types(c).some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage")) ?? candidates.find((c) => types(c).includes("WebPage"));
}

function collect(value: unknown, out: JsonLd[], depth: number): void {
  if (depth > 4 || !value || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const obj = value as JsonLd;
  if (obj["@type"]) out.push(obj);
  if (obj["@graph"]) collect(obj["@graph"], out, depth + 1);
}

function types(obj: JsonLd): string[] {
  const t = obj["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

function timeElementDay(document: Document): string | undefined {
  const marked = document.querySelector('time[itemprop="datePublished" i], time[pubdate], time.published, time[class*="publish" i]');
  const first = marked ?? document.querySelector("article time[datetime], main time[datetime], time[datetime]") ?? document.querySelector("article time, main time");
  return isoDayFromTimestamp(first?.getAttribute("datetime") ?? first?.textContent);
}
