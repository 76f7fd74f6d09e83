"use client";

import { useActionState } from "react";
import { deleteArticleAction } from "@/app/(app)/articles/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms/form-state";

export function DeleteArticleButton({ articleId }: { articleId: string }) {
  const [state, action, pending] = useActionState(deleteArticleAction, initialFormState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm("Delete this article, its cards and their review history?")) e.preventDefault();
      }}
    >
      <input type="hidden" name="articleId" value={articleId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Delete article
      </Button>
      <FormMessage message={state.message} />
    </form>
  );
}
