"use client";

import { useActionState } from "react";
import { startQuizAction } from "@/app/(app)/quiz/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms/form-state";

const FORMATS = [
  { value: "mixed", label: "Mixed (all formats)" },
  { value: "multiple_choice", label: "Multiple choice" },
  { value: "true_false", label: "True or false" },
  { value: "typed", label: "Typed answer" },
  { value: "matching", label: "Matching" },
];

export function StartQuizForm({ articles, defaultArticleId }: { articles: { id: string; title: string; cardCount: number }[]; defaultArticleId?: string }) {
  const [state, action, pending] = useActionState(startQuizAction, initialFormState);
  const box = "rounded-lg border border-stone-300 px-3 py-2 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-stone-700 dark:has-[:checked]:bg-stone-800";
  return (
    <form action={action} className="space-y-5" aria-label="Start a quiz">
      <FormMessage message={state.message} />
      <div>
        <label htmlFor="quiz-article" className="mb-1 block text-sm font-medium">
          Article
        </label>
        <select id="quiz-article" name="articleId" defaultValue={defaultArticleId ?? "all"} className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900">
          <option value="all">All my articles</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title} ({a.cardCount} cards)
            </option>
          ))}
        </select>
        {state.errors?.articleId ? <p className="mt-1 text-sm text-red-700">{state.errors.articleId}</p> : null}
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Length</legend>
        <div className="flex flex-wrap gap-2">
          {[
            ["10", "10 questions"],
            ["20", "20 questions"],
            ["all", "All cards"],
          ].map(([v, l], i) => (
            <label key={v} className={box}>
              <input type="radio" name="length" value={v} defaultChecked={i === 0} className="mr-2" />
              {l}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Formats</legend>
        <div className="flex flex-wrap gap-2">
          {FORMATS.map((f, i) => (
            <label key={f.value} className={box}>
              <input type="checkbox" name="formats" value={f.value} defaultChecked={i === 0} className="mr-2" />
              {f.label}
            </label>
          ))}
        </div>
        {state.errors?.formats ? <p className="mt-1 text-sm text-red-700">{state.errors.formats}</p> : null}
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="focusWeak" value="on" className="h-4 w-4" /> Focus on weak cards (low recall, many lapses)
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "Building your quiz…" : "Start quiz"}
      </Button>
    </form>
  );
}
