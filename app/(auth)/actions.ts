"use server";

import { AuthError } from "next-auth";
import { AppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import { formatRetryAfter } from "@/lib/rate-limit/format-retry-after";
import { fieldErrors, ZSignInSchema, ZSignUpSchema } from "@/lib/validations/auth";
import { signIn, signOut } from "@/server/auth/auth";
import { RateLimitedSignIn, TOO_MANY_SIGN_INS } from "@/server/auth/rate-limited-sign-in";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { currentAddress } from "@/server/rate-limit/request-address";
import { toFormState } from "@/server/safe-action";
import { createUser } from "@/server/services/create-user";

const WRONG_CREDENTIALS = "Wrong email or password.";
const TOO_MANY_SIGN_UPS = "Too many new accounts from your network.";

/** Only same-site paths are followed after sign-in. */
function safeRedirect(value: FormDataEntryValue | null): string {
  const s = typeof value === "string" ? value : "";
  return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\") ? s : "/study";
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get("email") ?? "");
  const parsed = ZSignInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: { email } };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeRedirect(formData.get("callbackUrl")) });
    return {};
  } catch (e) {
    if (e instanceof RateLimitedSignIn) return { message: formatRetryAfter(TOO_MANY_SIGN_INS, e.retryAfterSeconds), values: { email } };
    if (e instanceof AuthError) return { message: WRONG_CREDENTIALS, values: { email } };
    return { ...toFormState(e), values: { email } };
  }
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
  const parsed = ZSignUpSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const gate = await consumeRateLimit("signUpAddress", await currentAddress(), new Date());
  if (!gate.allowed) return { message: formatRetryAfter(TOO_MANY_SIGN_UPS, gate.retryAfterSeconds), values };
  try {
    await createUser(parsed.data, new Date(), String(formData.get("timeZone") ?? ""));
  } catch (e) {
    if (e instanceof AppError) return { errors: { email: e.message }, values };
    return { ...toFormState(e), values };
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/study" });
    return {};
  } catch (e) {
    return { ...toFormState(e), values };
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
