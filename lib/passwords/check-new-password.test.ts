import { describe, expect, test } from "vitest";
import { checkNewPassword, MAX_PASSWORD_BYTES, PASSWORD_TOO_LONG, utf8Length } from "./check-new-password";

describe("checkNewPassword", () => {
  test.each(["password", "password123", "12345678", "qwertyuiop", "P@ssw0rd", "iloveyou1", "letmein123", "aaaaaaaaaaaa"])(
    "refuses the common %s",
    (password) => {
      expect(checkNewPassword(password)).toMatch(/^That password is too easy to guess/);
    },
  );

  test.each(["correct horse battery", "new secret phrase 42", "plum-orbit-kettle-9"])("accepts %s", (password) => {
    expect(checkNewPassword(password)).toBeNull();
  });

  test("refuses a password made of the reader's own email", () => {
    expect(checkNewPassword("margaret.hopkins1957", [])).toBeNull();
    expect(checkNewPassword("margaret.hopkins1957", ["margaret.hopkins1957@example.com", "margaret.hopkins1957"])).toMatch(/too easy/);
  });

  test("refuses what bcrypt would cut, counting bytes, not characters", () => {
    const words = "violet canyon sprocket umbrella ";
    const ascii72 = (words + words + words).slice(0, 72);
    expect(utf8Length(ascii72)).toBe(MAX_PASSWORD_BYTES);
    expect(checkNewPassword(ascii72)).toBeNull();
    expect(checkNewPassword(ascii72 + "x")).toBe(PASSWORD_TOO_LONG);
    // 37 characters but 74 bytes: each "é" is two bytes in UTF-8.
    const accented = "é".repeat(36) + "z";
    expect(accented.length).toBe(37);
    expect(checkNewPassword(accented)).toBe(PASSWORD_TOO_LONG);
  });

  test("refuses a short password with its own message", () => {
    expect(checkNewPassword("k9#x")).toBe("Use at least 8 characters for your password.");
  });
});
