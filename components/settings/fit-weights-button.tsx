"use client";

import { useActionState } from "react";
import { fitWeightsAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms/form-state";

export function FitWeightsButton({ running }: { running: boolean }) {
  const [state, action, pending] = useActionState(fitWeightsAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Button type="submit" variant="secondary" disabled={pending || running}>
        {running ? "Fitting…" : pending ? "Starting…" : "Fit my weights now"}
      </Button>
    </form>
  );
}
