import type { Metadata } from "next";
import Link from "next/link";
import { StartQuizForm } from "@/components/quiz/start-quiz-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/require-user";
import { listArticles } from "@/server/queries/list-articles";
import { listQuizAttempts } from "@/server/queries/list-quiz-attempts";

export const metadata: Metadata = { title: "Quiz" };

const dateFmt = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

export default async function QuizPage({ searchParams }: { searchParams: Promise<{ article?: string }> }) {
  const user = await requireUser();
  const { article } = await searchParams;
  const [articles, attempts] = await Promise.all([listArticles(user.id), listQuizAttempts(user.id)]);
  const studied = articles.filter((a) => a.enrolled && a.cardCount > 0);
  return (
    <>
      <PageHeader title="Quiz" description="Test yourself on an article: multiple choice, true or false, typed answers and matching." />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section className="rounded-2xl border border-stone-200 bg-white p-6 dark:border-stone-800 dark:bg-stone-900">
          <StartQuizForm articles={studied.map((a) => ({ id: a.id, title: a.title, cardCount: a.cardCount }))} defaultArticleId={article} />
        </section>
        <section aria-labelledby="recent-quizzes">
          <h2 id="recent-quizzes" className="mb-3 text-lg font-semibold">
            Recent quizzes
          </h2>
          {attempts.length === 0 ? (
            <p className="text-stone-600 dark:text-stone-400">No quizzes yet: your scores will be listed here.</p>
          ) : (
            <ul className="space-y-2">
              {attempts.map((a) => (
                <li key={a.id}>
                  <Link href={`/quiz/${a.id}`} className="block rounded-xl border border-stone-200 bg-white p-3 hover:border-brand-500 dark:border-stone-800 dark:bg-stone-900">
                    <span className="font-medium">{a.finished ? `${a.correct} / ${a.total} right` : `In progress: ${a.answered} / ${a.total}`}</span>
                    <span className="block text-sm text-stone-600 dark:text-stone-400">
                      {a.articleTitle} · {dateFmt.format(a.startedAt)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
