import { describe, expect, test } from "vitest";
import { fieldErrors, ZChangePasswordSchema, ZSignInSchema, ZSignUpSchema } from "./auth";

describe("ZSignUpSchema", () => {
  test.each([
    [{ email: "not-an-email", password: "longenough" }, "email", "Enter a valid email address, like name@example.com."],
    [{ email: "", password: "longenough" }, "email", "Enter your email address."],
    [{ email: "a@b.co", password: "short" }, "password", "Use at least 8 characters for your password."],
    [{ email: "a@b.co", password: "violet canyon sprocket ".repeat(4) }, "password", "Keep your password to 72 bytes: 72 letters or digits, fewer with accents or emoji."],
    [{ email: "a@b.co", password: "password123" }, "password", "That password is too easy to guess: This is a commonly used password. Try three or four unrelated words."],
    [{ email: "a@b.co", password: "longenough", name: "n".repeat(81) }, "name", "Keep your name under 80 characters."],
  ])("%o → %s: %s", (input, field, message) => {
    const r = ZSignUpSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error)[field]).toBe(message);
  });

  test("explains the email and the password at once", () => {
    const r = ZSignUpSchema.safeParse({ email: "nope", password: "short" });
    expect(r.success).toBe(false);
    if (!r.success) expect(Object.keys(fieldErrors(r.error)).sort()).toEqual(["email", "password"]);
  });

  test("normalises the email", () => {
    expect(ZSignUpSchema.parse({ email: "  Ada@Example.COM ", password: "correct horse battery" }).email).toBe("ada@example.com");
  });
});

describe("ZSignInSchema", () => {
  test("needs a password", () => {
    const r = ZSignInSchema.safeParse({ email: "a@b.co", password: "" });
    expect(r.success).toBe(false);
  });

  test("refuses more than bcrypt reads, before any hash is compared", () => {
    const r = ZSignInSchema.safeParse({ email: "a@b.co", password: "y".repeat(73) });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error).password).toMatch(/^Passwords are at most 72 bytes/);
    expect(ZSignInSchema.safeParse({ email: "a@b.co", password: "y".repeat(72) }).success).toBe(true);
  });
});

describe("ZChangePasswordSchema", () => {
  test.each([
    [{ currentPassword: "", newPassword: "plum-orbit-kettle-9" }, "currentPassword", "Enter your current password."],
    [{ currentPassword: "plum-orbit-kettle-9", newPassword: "plum-orbit-kettle-9" }, "newPassword", "Choose a password different from your current one."],
    [{ currentPassword: "plum-orbit-kettle-9", newPassword: "qwertyuiop" }, "newPassword", /^That password is too easy to guess/],
    [{ currentPassword: "plum-orbit-kettle-9", newPassword: "ü".repeat(37) }, "newPassword", /^Keep your password to 72 bytes/],
  ])("%o → %s", (input, field, message) => {
    const r = ZChangePasswordSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error)[field]).toMatch(message);
  });

  test("accepts a fresh, strong password", () => {
    expect(ZChangePasswordSchema.safeParse({ currentPassword: "whatever it was", newPassword: "new secret phrase 42" }).success).toBe(true);
  });
});
