"use client";

import { useActionState } from "react";
import { createArticleAction } from "@/app/(app)/articles/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms/form-state";

export function AddArticleForm() {
  const [state, action, pending] = useActionState(createArticleAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Add an article">
      <FormMessage message={state.message} />
      <TextField label="Title" name="title" required maxLength={300} defaultValue={state.values?.title} error={state.errors?.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Link (optional)" name="sourceUrl" type="url" defaultValue={state.values?.sourceUrl} error={state.errors?.sourceUrl} />
        <TextField
          label="Published on (optional)"
          name="publishedAt"
          type="date"
          hint="Used to resolve “on Monday” and similar dates."
          defaultValue={state.values?.publishedAt}
          error={state.errors?.publishedAt}
        />
      </div>
      <TextAreaField
        label="Article text"
        name="text"
        rows={10}
        required
        hint="Paste the article's text (or its HTML). Up to 200,000 characters."
        defaultValue={state.values?.text}
        error={state.errors?.text}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Making cards…" : "Add article"}
      </Button>
    </form>
  );
}
