import "server-only";

import { makeArticleDraft } from "@/lib/articles/make-article-draft";
import { MIN_ARTICLE_WORDS, readArticleHtml } from "@/lib/articles/read-article-html";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import type { ArticleDraft } from "@/lib/validations/article";
import { fetchPage, type FetchPageOptions } from "@/server/fetch/fetch-page";

const NOT_AN_ARTICLE = "No article text was found on that page (it may be a front page, a login wall or built by scripts). Paste the article's text instead.";

/**
 * Fetches a reader's link (see fetchPage for the limits) and reads its article: HTML through Readability,
 * plain text as it is; title, byline and date from the page's metadata or the text's head. Nothing is saved.
 */
export async function readLink(link: string, now: Date, options?: FetchPageOptions): Promise<ArticleDraft> {
  const page = await fetchPage(link, options);
  if (page.kind === "html") {
    const article = readArticleHtml(page.body);
    if (!article) throw new AppError(AppErrorCode.INVALID_INPUT, { message: NOT_AN_ARTICLE });
    return makeArticleDraft({ ...article, sourceUrl: page.url }, { plain: false }, now);
  }
  if (page.body.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS) throw new AppError(AppErrorCode.INVALID_INPUT, { message: NOT_AN_ARTICLE });
  return makeArticleDraft({ text: page.body, sourceUrl: page.url }, { plain: true }, now);
}
