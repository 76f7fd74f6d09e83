import type { Metadata } from "next";
import { AddArticleForm } from "@/components/articles/add-article-form";
import { LibraryControls } from "@/components/articles/library-controls";
import { LibraryItem } from "@/components/articles/library-item";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ZLibraryQuerySchema } from "@/lib/validations/library";
import { requireUser } from "@/server/auth/require-user";
import { listLibrary } from "@/server/queries/list-library";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const query = ZLibraryQuerySchema.parse(await searchParams);
  const now = new Date();
  const articles = await listLibrary(user.id, query, now);
  return (
    <>
      <PageHeader title="Articles" description="Every article you study, its cards and your progress." />
      <LibraryControls q={query.q} sort={query.sort} />
      <p role="status" className="mb-2 text-sm text-stone-600 dark:text-stone-400">
        {articles.length === 1 ? "1 article" : `${articles.length} articles`}
        {query.q ? ` matching “${query.q}”` : ""}
      </p>
      {articles.length === 0 ? (
        query.q ? (
          <EmptyState title="No article matches">No title or text of your articles holds “{query.q}”.</EmptyState>
        ) : (
          <EmptyState title="No articles yet">Add one below, from a link, a file or a paste, to make your first cards.</EmptyState>
        )
      ) : (
        <ul aria-label="Your articles" className="mb-10 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {articles.map((a) => (
            <LibraryItem key={a.id} article={a} now={now} />
          ))}
        </ul>
      )}
      <section aria-labelledby="add-article" className="mt-10 rounded-2xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
        <h2 id="add-article" className="mb-4 text-lg font-semibold">
          Add an article
        </h2>
        <AddArticleForm />
      </section>
    </>
  );
}
