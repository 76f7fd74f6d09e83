import type { Metadata } from "next";
import Link from "next/link";
import { AddArticleForm } from "@/components/articles/add-article-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/require-user";
import { listArticles } from "@/server/queries/list-articles";

export const metadata: Metadata = { title: "Articles" };

const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function ArticlesPage() {
  const user = await requireUser();
  const articles = await listArticles(user.id);
  return (
    <>
      <PageHeader title="Articles" description="Every article you study, and the cards made from it." />
      {articles.length === 0 ? (
        <EmptyState title="No articles yet">Add one below, from a link, a file or a paste, to make your first cards.</EmptyState>
      ) : (
        <ul className="mb-10 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {articles.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
              <div>
                <Link
                  href={a.cardsToReview ? `/articles/${a.id}/review` : `/articles/${a.id}`}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
                >
                  {a.title}
                </Link>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {a.builtIn ? "Built-in · " : ""}
                  {a.publishedAt ? `${dateFmt.format(a.publishedAt)} · ` : ""}
                  {a.wordCount.toLocaleString("en-US")} words ·{" "}
                  {a.cardsToReview ? (
                    <span className="font-semibold text-amber-800 dark:text-amber-300">cards to review</span>
                  ) : (
                    `${a.cardCount.toLocaleString("en-US")} ${a.cardCount === 1 ? "card" : "cards"}`
                  )}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-article" className="rounded-2xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
        <h2 id="add-article" className="mb-4 text-lg font-semibold">
          Add an article
        </h2>
        <AddArticleForm />
      </section>
    </>
  );
}
