import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { getCurrentUser } from "@/server/auth/require-user";

export default async function LandingPage() {
  const user = await getCurrentUser();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-600 dark:text-brand-100">NewsDeck</p>
      <h1 className="mt-2 text-4xl font-semibold tracking-tight sm:text-5xl">Remember the news you read.</h1>
      <p className="mt-4 text-lg text-stone-600 dark:text-stone-400">
        Paste an article; NewsDeck turns its facts (who, what, when, where, how many, who said what) into flashcards, schedules
        your reviews with FSRS, quizzes you, and shows what you know.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        {user ? (
          <Link href="/study" className={buttonClasses("primary")}>
            Go to your deck
          </Link>
        ) : (
          <>
            <Link href="/sign-up" className={buttonClasses("primary")}>
              Create an account
            </Link>
            <Link href="/sign-in" className={buttonClasses("secondary")}>
              Sign in
            </Link>
          </>
        )}
      </div>
    </main>
  );
}
