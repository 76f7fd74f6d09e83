"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(app)/settings/account-actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms/form-state";

export function ChangePasswordForm({ email, notice }: { email: string; notice?: string }) {
  const [state, action, pending] = useActionState(changePasswordAction, initialFormState);
  const e = state.errors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate aria-labelledby="change-password-heading">
      <h2 id="change-password-heading" className="text-lg font-semibold">
        Password
      </h2>
      <FormMessage message={state.message ?? notice} tone={state.message ? "error" : "success"} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="$username" autoComplete="username" value={email} readOnly />
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={e.currentPassword} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        error={e.newPassword}
        hint="At least 8 characters and at most 72 bytes; common passwords are refused. Changing it signs you out everywhere else."
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
