import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, test } from "vitest";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { getSessionUser } from "@/server/queries/get-session-user";
import { changePassword } from "@/server/services/change-password";
import { checkPasswordLimited } from "@/server/services/check-password-limited";
import { createUser } from "@/server/services/create-user";
import { endSessions } from "@/server/services/end-sessions";
import { verifyCredentials } from "@/server/services/verify-credentials";

const NOW = new Date("2026-04-01T08:00:00Z");
const PASSWORD = "plum-orbit-kettle-9";

afterEach(() => {
  delete process.env.NEWSDECK_RATE_LIMIT_SIGN_IN_ACCOUNT;
  delete process.env.NEWSDECK_RATE_LIMIT_SIGN_IN_ADDRESS;
});

async function reader() {
  const email = `session-${randomUUID()}@example.com`;
  const user = await createUser({ email, password: PASSWORD, name: "" });
  const signedIn = await verifyCredentials(email, PASSWORD);
  return { ...user, version: signedIn!.sessionVersion };
}

describe("session versions", () => {
  test("a token is honoured while its version is the user's, and sign-out ends it", async () => {
    const u = await reader();
    expect(u.version).toBe(0);
    expect(await getSessionUser(u.id, u.version)).toEqual({ id: u.id, email: u.email, name: null });
    expect(await endSessions(u.id, u.version)).toBe(true);
    expect(await getSessionUser(u.id, u.version)).toBeNull();
    // A new sign-in carries the new version.
    const again = await verifyCredentials(u.email, PASSWORD);
    expect(again!.sessionVersion).toBe(1);
    expect(await getSessionUser(u.id, 1)).not.toBeNull();
  });

  test("a stale token cannot end the current sessions", async () => {
    const u = await reader();
    await endSessions(u.id, 0);
    expect(await endSessions(u.id, 0)).toBe(false);
    expect(await getSessionUser(u.id, 1)).not.toBeNull();
  });

  test.each([
    ["no id", undefined, 0],
    ["no version (a token from before versions)", "id", undefined],
    ["a version that is not a whole number", "id", 0.5],
  ])("%s → no session", async (_name, id, version) => {
    const u = await reader();
    expect(await getSessionUser(id === "id" ? u.id : id, version)).toBeNull();
  });
});

describe("changePassword", () => {
  test("needs the current password, then ends every session and signs in only with the new one", async () => {
    const u = await reader();
    await expect(changePassword(u, "not-my-password", "new secret phrase 42", NOW)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.UNAUTHORIZED));
    expect(await getSessionUser(u.id, 0)).not.toBeNull();

    await changePassword(u, PASSWORD, "new secret phrase 42", NOW);
    expect(await getSessionUser(u.id, 0)).toBeNull();
    expect(await verifyCredentials(u.email, PASSWORD)).toBeNull();
    expect((await verifyCredentials(u.email, "new secret phrase 42"))?.sessionVersion).toBe(1);
  });

  test("wrong current passwords count against the account's sign-in limit", async () => {
    process.env.NEWSDECK_RATE_LIMIT_SIGN_IN_ACCOUNT = "2/15m";
    const u = await reader();
    for (let i = 0; i < 2; i++) await expect(changePassword(u, `wrong-${i}`, "new secret phrase 42", NOW)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.UNAUTHORIZED));
    // Even the right password is refused now, before bcrypt runs.
    await expect(changePassword(u, PASSWORD, "new secret phrase 42", NOW)).rejects.toSatisfy(
      (e) => AppError.is(e, AppErrorCode.RATE_LIMITED) && /Try again in \d+ minutes?\./.test((e as Error).message),
    );
  });
});

describe("checkPasswordLimited", () => {
  test("only failures count: right passwords are given back", async () => {
    process.env.NEWSDECK_RATE_LIMIT_SIGN_IN_ACCOUNT = "3/15m";
    const u = await reader();
    for (let i = 0; i < 4; i++) expect((await checkPasswordLimited(u.email, PASSWORD, NOW, "198.51.100.1")).ok).toBe(true);
    for (let i = 0; i < 3; i++) expect(await checkPasswordLimited(u.email, "wrong guess", NOW, "198.51.100.1")).toEqual({ ok: false, retryAfterSeconds: null });
    const refused = await checkPasswordLimited(u.email, PASSWORD, NOW, "198.51.100.1");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
  });

  test("failures from one address are limited across accounts", async () => {
    process.env.NEWSDECK_RATE_LIMIT_SIGN_IN_ADDRESS = "4/15m";
    const address = `address-${randomUUID()}`;
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await checkPasswordLimited(`nobody-${i}-${randomUUID()}@example.com`, "guess", NOW, address));
    expect(results.map((r) => r.ok || r.retryAfterSeconds !== null)).toEqual([false, false, false, false, true, true]);
    // Another address is not affected.
    const u = await reader();
    expect((await checkPasswordLimited(u.email, PASSWORD, NOW, `other-${randomUUID()}`)).ok).toBe(true);
  });
});

test("the session version is stored on the user row", async () => {
  const u = await reader();
  await endSessions(u.id);
  await endSessions(u.id);
  expect((await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { sessionVersion: true } })).sessionVersion).toBe(2);
});
