import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { readPageMetadata } from "./read-page-metadata";

/** An article read out of an HTML page. */
export interface HtmlArticle {
  title?: string;
  byline?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  /** The article's text, one paragraph (or heading, or list item) per block, blocks separated by a blank line. */
  text: string;
}

/** Fewer words than this after Readability is a page without an article (an index page, a login wall). */
export const MIN_ARTICLE_WORDS = 50;
/** A page with more elements than this is not read (a news article has a few thousand at most). */
export const MAX_ELEMENTS = 30_000;

const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL".split(" "),
);

/**
 * Keeps the article of an HTML page with Mozilla's Readability (the Firefox Reader View engine) over
 * linkedom's DOM, and reads title, byline and publication day from the page's metadata first, Readability's
 * guesses second. Returns null when the page holds no article text. Scripts are never run, nothing is loaded,
 * and only text comes out.
 *
 * @example
 * readArticleHtml('<html><head><meta property="og:title" content="Bridge reopens"></head><body><article><p>…</p></article></body></html>')
 * // { title: "Bridge reopens", text: "…" }
 */
export function readArticleHtml(html: string): HtmlArticle | null {
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  const doc = document as unknown as Document;
  // Bounds the work one hostile page can cause (Readability's own maxElemsToParse counts nothing on linkedom).
  if (doc.querySelectorAll("*").length > MAX_ELEMENTS) return null;
  const meta = readPageMetadata(doc);
  const pageTitle = doc.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim();
  let parsed: ReturnType<Readability<Node>["parse"]>;
  try {
    parsed = new Readability(doc, { charThreshold: 300, serializer: (el: Node) => el }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const title = meta.title ?? clean(parsed.title) ?? pageTitle;
  const text = dropHeadLines(blockText(parsed.content as unknown as Node), title);
  if (text.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS) return null;

  const article: HtmlArticle = { text };
  if (title) article.title = title;
  const byline = meta.byline ?? clean(parsed.byline)?.replace(/^by\s+/i, "");
  if (byline) article.byline = byline;
  if (meta.publishedAt) article.publishedAt = meta.publishedAt;
  else if (parsed.publishedTime && /^\d{4}-\d{2}-\d{2}/.test(parsed.publishedTime)) article.publishedAt = parsed.publishedTime.slice(0, 10);
  return article;
}

/** Drops the title and a byline line ("By Ruth Okafor · December 18, 2023") that Readability left at the top. */
function dropHeadLines(text: string, title: string | undefined): string {
  const blocks = text.split("\n\n");
  while (blocks.length > 1 && (blocks[0] === title || (/^by\s/i.test(blocks[0]) && blocks[0].length <= 120))) blocks.shift();
  return blocks.join("\n\n");
}

function clean(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/g, " ").trim();
  return v ? v : undefined;
}

/** The visible text of an element: whitespace collapsed inside a block, a blank line between blocks, <br> a line end. */
function blockText(root: Node): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const line = current.replace(/[ \t\r\f\v\u00a0]+/g, " ").replace(/ ?\n ?/g, "\n").trim();
    if (line) blocks.push(line);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node.nodeValue ?? "").replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") return;
    if (tag === "BR") {
      current += "\n";
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}
