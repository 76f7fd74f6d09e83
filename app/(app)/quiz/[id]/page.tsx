import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuizResults } from "@/components/quiz/quiz-results";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { requireUser } from "@/server/auth/require-user";
import { getQuiz } from "@/server/queries/get-quiz";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizAttemptPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ note?: string }> }) {
  const user = await requireUser();
  const [{ id }, { note }] = await Promise.all([params, searchParams]);
  let view;
  try {
    view = await getQuiz(user.id, id, new Date());
  } catch (e) {
    if (AppError.is(e, AppErrorCode.NOT_FOUND)) notFound();
    throw e;
  }
  return (
    <>
      <h1 className="sr-only">{view.finished ? "Quiz results" : "Quiz"}</h1>
      {note && !view.finished ? (
        <p role="status" className="mx-auto mb-4 max-w-2xl rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          {note.slice(0, 500)}
        </p>
      ) : null}
      {view.finished ? <QuizResults view={view} /> : <QuizRunner view={view} />}
    </>
  );
}
