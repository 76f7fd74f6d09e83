import { checkNewPassword, MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, PASSWORD_TOO_LONG, utf8Length } from "@/lib/passwords/check-new-password";
import { z } from "./zod";

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

/** A password being chosen: at least 8 characters, at most 72 bytes (what bcrypt reads), not among the common ones. */
const newPassword = z
  .string({ error: "Choose a password." })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`)
  .refine((p) => utf8Length(p) <= MAX_PASSWORD_BYTES, PASSWORD_TOO_LONG);

export const ZSignUpSchema = z
  .object({
    name: z.string().trim().max(80, "Keep your name under 80 characters.").optional().default(""),
    email,
    password: newPassword,
  })
  .superRefine((v, ctx) => {
    const problem = checkNewPassword(v.password, [v.email, v.name, "newsdeck"]);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type TSignUpSchema = z.infer<typeof ZSignUpSchema>;

/** A password being typed to prove who one is: never longer than any password could be. */
const currentPassword = (missing: string) =>
  z
    .string({ error: missing })
    .min(1, missing)
    .refine((p) => utf8Length(p) <= MAX_PASSWORD_BYTES, {
      message: "Passwords are at most 72 bytes. If you chose a longer one before this limit, type only its first 72 characters.",
    });

export const ZSignInSchema = z.object({
  email,
  password: currentPassword("Enter your password."),
});
export type TSignInSchema = z.infer<typeof ZSignInSchema>;

export const ZChangePasswordSchema = z
  .object({
    currentPassword: currentPassword("Enter your current password."),
    newPassword,
  })
  .superRefine((v, ctx) => {
    const problem = v.newPassword === v.currentPassword ? "Choose a password different from your current one." : checkNewPassword(v.newPassword, ["newsdeck"]);
    if (problem) ctx.addIssue({ code: "custom", path: ["newPassword"], message: problem });
  });
export type TChangePasswordSchema = z.infer<typeof ZChangePasswordSchema>;

export const ZDeleteAccountSchema = z.object({ password: currentPassword("Enter your password to confirm.") });
export type TDeleteAccountSchema = z.infer<typeof ZDeleteAccountSchema>;

/** Field errors of a failed parse, one message per field, for forms. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
