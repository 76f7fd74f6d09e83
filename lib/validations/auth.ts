import { z } from "./zod";

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const ZSignUpSchema = z.object({
  name: z.string().trim().max(80, "Keep your name under 80 characters.").optional().default(""),
  email,
  password: z
    .string({ error: "Choose a password." })
    .min(8, "Use at least 8 characters for your password.")
    .max(200, "Keep your password under 200 characters."),
});
export type TSignUpSchema = z.infer<typeof ZSignUpSchema>;

export const ZSignInSchema = z.object({
  email,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200, "Wrong email or password."),
});
export type TSignInSchema = z.infer<typeof ZSignInSchema>;

/** Field errors of a failed parse, one message per field, for forms. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
