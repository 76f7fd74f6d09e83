import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AddSuggestionButton } from "@/components/articles/add-suggestion-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { requireUser } from "@/server/auth/require-user";
import { getArticle } from "@/server/queries/get-article";
import { DeleteArticleButton } from "@/components/articles/delete-article-button";
import { ExportMenu } from "@/components/articles/export-menu";
import { MakeCard } from "@/components/articles/make-card";
import { MemoryMap } from "@/components/articles/memory-map";
import { presentMemoryMap } from "@/lib/progress/present-memory-map";
import { getMemoryMap } from "@/server/queries/get-memory-map";

export const metadata: Metadata = { title: "Article" };

const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  let article;
  try {
    article = await getArticle(user.id, id);
  } catch (e) {
    if (AppError.is(e, AppErrorCode.NOT_FOUND)) notFound();
    throw e;
  }
  // A new article of the reader's whose cards they have not chosen yet: the review screen first.
  if (article.cardsToReview) redirect(`/articles/${article.id}/review`);
  const now = new Date();
  const memoryMap = presentMemoryMap(await getMemoryMap(user.id, article, now), now);
  return (
    <>
      <PageHeader
        title={article.title}
        description={[article.builtIn ? "Built-in article" : null, article.publishedAt ? dateFmt.format(article.publishedAt) : null].filter(Boolean).join(" · ")}
      >
        <div className="flex flex-wrap items-start gap-3">
          <ExportMenu articleId={article.id} cardCount={article.cards.length} />
          {article.builtIn ? null : <DeleteArticleButton articleId={article.id} />}
        </div>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[1fr_1fr]">
        <section aria-labelledby="cards-heading">
          <h2 id="cards-heading" className="mb-3 text-lg font-semibold">
            Cards ({article.cards.length})
          </h2>
          {article.cards.length === 0 ? (
            <EmptyState title="No cards yet">This article has no cards yet.</EmptyState>
          ) : (
            <ol className="space-y-3">
              {article.cards.map((c) => (
                <li key={c.id} className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
                  <p className="font-medium">{c.prompt}</p>
                  <p className="mt-1 text-brand-700 dark:text-brand-100">{c.answer}</p>
                  <p className="mt-2 text-sm text-stone-500 dark:text-stone-400">{c.sourceSentence}</p>
                </li>
              ))}
            </ol>
          )}
          {article.suggestions.length > 0 ? (
            <section aria-labelledby="suggestions-heading" className="mt-6">
              <h2 id="suggestions-heading" className="mb-1 text-lg font-semibold">
                Suggestions ({article.suggestions.length})
              </h2>
              <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">
                Cards made from this article but not in your queue: lower-ranked ones, and any you did not choose. Add one to study it.
              </p>
              <ul className="space-y-2">
                {article.suggestions.map((s) => (
                  <li key={s.id} className="flex flex-wrap items-start justify-between gap-3 rounded-xl border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
                    <div id={`suggestion-${s.id}`}>
                      <p className="font-medium">{s.prompt}</p>
                      <p className="text-brand-700 dark:text-brand-100">{s.answer}</p>
                    </div>
                    <AddSuggestionButton cardId={s.id} describedBy={`suggestion-${s.id}`} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </section>
        <section aria-labelledby="text-heading">
          <h2 id="text-heading" className="mb-3 text-lg font-semibold">
            Text
          </h2>
          <MakeCard articleId={article.id} paragraphs={memoryMap.paragraphs} />
          <MemoryMap map={memoryMap} />
          {article.sourceUrl ? (
            <p className="mt-2 text-sm">
              <a href={article.sourceUrl} className="text-brand-700 underline dark:text-brand-100" rel="noreferrer noopener" target="_blank">
                Original article
              </a>
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
