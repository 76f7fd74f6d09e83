"use client";

import { useActionState } from "react";
import { addSuggestionAction } from "@/app/(app)/articles/[id]/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms/form-state";

/** "Add" beside a suggestion on the article page; `describedBy` names the suggestion's text for screen readers. */
export function AddSuggestionButton({ cardId, describedBy }: { cardId: string; describedBy: string }) {
  const [state, action, pending] = useActionState(addSuggestionAction, initialFormState);
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <input type="hidden" name="cardId" value={cardId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-describedby={describedBy}>
        {pending ? "Adding…" : "Add"}
      </Button>
      {state.ok ? null : <FormMessage message={state.message} />}
    </form>
  );
}
