import { describe, expect, test } from "vitest";
import { fieldErrors, ZSignInSchema, ZSignUpSchema } from "./auth";

describe("ZSignUpSchema", () => {
  test.each([
    [{ email: "not-an-email", password: "longenough" }, "email", "Enter a valid email address, like name@example.com."],
    [{ email: "", password: "longenough" }, "email", "Enter your email address."],
    [{ email: "a@b.co", password: "short" }, "password", "Use at least 8 characters for your password."],
    [{ email: "a@b.co", password: "x".repeat(201) }, "password", "Keep your password under 200 characters."],
    [{ email: "a@b.co", password: "longenough", name: "n".repeat(81) }, "name", "Keep your name under 80 characters."],
  ])("%o → %s: %s", (input, field, message) => {
    const r = ZSignUpSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error)[field]).toBe(message);
  });

  test("normalises the email", () => {
    expect(ZSignUpSchema.parse({ email: "  Ada@Example.COM ", password: "12345678" }).email).toBe("ada@example.com");
  });
});

describe("ZSignInSchema", () => {
  test("needs a password", () => {
    const r = ZSignInSchema.safeParse({ email: "a@b.co", password: "" });
    expect(r.success).toBe(false);
  });
});
