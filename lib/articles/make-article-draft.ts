import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { MAX_ARTICLE_CHARS, type ArticleDraft } from "@/lib/validations/article";
import { detectTextMeta } from "./detect-text-meta";

export interface FoundArticle {
  title?: string;
  byline?: string;
  publishedAt?: string;
  text: string;
  sourceUrl?: string;
}

/**
 * The draft a reader checks before saving: what the page or file said about itself first, then what the
 * text's head says (a title line, a date line, a dateline). For plain text (`plain`), detected title, date
 * and byline lines are taken out of the text; an HTML article's text is kept as Readability left it.
 * Throws an AppError when there is no text or more than an article's limit.
 *
 * @example
 * makeArticleDraft({ text: "Bridge reopens\n\nDecember 19, 2023\n\nThe bridge…" }, { plain: true }, now)
 * // { title: "Bridge reopens", publishedAt: "2023-12-19", byline: "", sourceUrl: "", text: "The bridge…" }
 */
export function makeArticleDraft(found: FoundArticle, { plain }: { plain: boolean }, now: Date): ArticleDraft {
  const meta = detectTextMeta(found.text, now);
  const text = (plain ? meta.body : found.text).trim();
  if (!text) throw new AppError(AppErrorCode.INVALID_INPUT, { message: "No article text was found in it." });
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new AppError(AppErrorCode.LIMIT_EXCEEDED, {
      message: `The article's text is ${text.length.toLocaleString("en-US")} characters long; the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en-US")}.`,
    });
  }
  const title = (found.title ?? (plain ? meta.title : undefined) ?? "").replace(/\s+/g, " ").trim();
  return {
    title: title.length > 300 ? `${title.slice(0, 299).trimEnd()}…` : title,
    publishedAt: found.publishedAt ?? meta.publishedAt ?? "",
    byline: (found.byline ?? (plain ? meta.byline : undefined) ?? "").slice(0, 200),
    sourceUrl: found.sourceUrl ?? "",
    text,
  };
}
