"use client";

import Link from "next/link";
import { useActionState, useSyncExternalStore } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms/form-state";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, initialFormState);
  // The reader's own time zone decides when their study day begins; they can change it in Settings.
  const timeZone = useSyncExternalStore(
    () => () => {},
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "UTC",
  );
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="timeZone" value={timeZone} />
      <FormMessage message={state.message} />
      <TextField label="Name (optional)" name="name" autoComplete="name" defaultValue={state.values?.name} error={state.errors?.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.errors?.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={state.errors?.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-stone-600 dark:text-stone-400">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 underline dark:text-brand-100">
          Sign in
        </Link>
      </p>
    </form>
  );
}
