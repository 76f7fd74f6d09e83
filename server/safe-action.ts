import "server-only";

import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { findFormData, NO_FORM_MESSAGE } from "@/lib/forms/find-form-data";
import type { FormState } from "@/lib/forms/form-state";
import { fieldErrors } from "@/lib/validations/auth";
import { requireUser, type SessionUser } from "@/server/auth/require-user";

export const UNEXPECTED_MESSAGE = "Something went wrong on our side. Nothing was saved; please try again.";

/** Turns a thrown error into a form message: AppErrors speak for themselves, the rest is logged. */
export function toFormState(error: unknown): FormState {
  unstable_rethrow(error); // redirects and not-found pass through
  if (error instanceof AppError) return { message: error.message };
  console.error(error);
  return { message: UNEXPECTED_MESSAGE };
}

/**
 * A form action for the signed-in area, in the one safe order: authenticate, validate with zod, run the
 * handler (which calls a service), and report expected failures as `{ errors, message }`. The form may
 * come as either argument (see findFormData); a call with none gets a message, not an exception.
 */
export function authedFormAction<S extends z.ZodType>(
  schema: S,
  handler: (user: SessionUser, input: z.infer<S>) => Promise<FormState | void>,
) {
  return async (prev: FormState, formData: FormData): Promise<FormState> => {
    const user = await requireUser();
    const form = findFormData([prev, formData]);
    if (!form) return { message: NO_FORM_MESSAGE };
    const raw = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith("$")));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      // Passwords are never sent back.
      const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === "string" && !/password/i.test(k) ? v : ""]));
      return { errors: fieldErrors(parsed.error), message: "Please correct the highlighted fields.", values };
    }
    try {
      return (await handler(user, parsed.data)) ?? { ok: true };
    } catch (e) {
      return toFormState(e);
    }
  };
}

/** What a programmatic (non-form) action returns. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string; code?: string };

/**
 * An action called with an object (not a form): authenticate, validate with zod, run the handler.
 * Expected failures come back as `{ ok: false, message }`; nothing else leaks to the browser.
 */
export function authedAction<S extends z.ZodType, T>(schema: S, handler: (user: SessionUser, input: z.infer<S>) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const user = await requireUser();
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "That request was not valid.", code: "INVALID_INPUT" };
    try {
      return { ok: true, data: await handler(user, parsed.data) };
    } catch (e) {
      unstable_rethrow(e);
      if (e instanceof AppError) return { ok: false, message: e.message, code: e.code };
      console.error(e);
      return { ok: false, message: UNEXPECTED_MESSAGE };
    }
  };
}
