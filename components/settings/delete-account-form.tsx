"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/app/(app)/settings/account-actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms/form-state";

export function DeleteAccountForm() {
  const [state, action, pending] = useActionState(deleteAccountAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate aria-labelledby="delete-account-heading">
      <h2 id="delete-account-heading" className="text-lg font-semibold">
        Delete account
      </h2>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        Deletes your account and everything in it at once: your articles, cards, reviews, quizzes, progress and settings. This cannot be undone.
      </p>
      <FormMessage message={state.message} />
      <TextField label="Your password, to confirm" name="password" type="password" autoComplete="current-password" required error={state.errors?.password} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Deleting…" : "Delete my account"}
      </Button>
    </form>
  );
}
