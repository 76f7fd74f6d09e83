import { describe, expect, test, beforeAll } from "vitest";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { createUser } from "@/server/services/create-user";
import { verifyCredentials } from "@/server/services/verify-credentials";
import { makeUser, seedBuiltins } from "@/server/test/fixtures";

beforeAll(async () => {
  await seedBuiltins();
});

describe("createUser", () => {
  test("stores a hashed password, default settings and the built-in enrollment", async () => {
    const user = await createUser({ email: "ada@example.com", password: "password123", name: "Ada" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { settings: true, enrollments: true } });
    expect(row.settings).toMatchObject({ desiredRetention: 0.9, maximumInterval: 36500, dayStartHour: 4, learningSteps: "1m 10m" });
    const builtins = await db.article.count({ where: { ownerId: null } });
    expect(builtins).toBeGreaterThan(0);
    expect(row.enrollments).toHaveLength(builtins);
    // Every card of the built-in articles but the suggestions and readers' own cards (other tests make some).
    const cards = await db.card.count({ where: { article: { ownerId: null }, ownerId: null, retiredAt: null, suggested: false } });
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(cards);

    const withHash = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(withHash.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(withHash.passwordHash).not.toContain("password123");
  });

  test("never selects the password hash by default", async () => {
    const user = await makeUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(Object.keys(row)).not.toContain("passwordHash");
  });

  test("refuses a second account for the same email", async () => {
    await createUser({ email: "dup@example.com", password: "password123", name: "" });
    await expect(createUser({ email: "dup@example.com", password: "password456", name: "" })).rejects.toSatisfy(
      (e) => AppError.is(e, AppErrorCode.ALREADY_EXISTS),
    );
    expect(await db.user.count({ where: { email: "dup@example.com" } })).toBe(1);
  });

  test("concurrent sign-ups with one email create one account", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => createUser({ email: "race@example.com", password: "password123", name: "" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(AppError.is(r.reason, AppErrorCode.ALREADY_EXISTS)).toBe(true);
    expect(await db.user.count({ where: { email: "race@example.com" } })).toBe(1);
  });
});

describe("verifyCredentials", () => {
  test.each([
    ["right password", "cred@example.com", "password123", true],
    ["wrong password", "cred@example.com", "password124", false],
    ["unknown email", "nobody@example.com", "password123", false],
  ])("%s", async (_name, email, password, ok) => {
    if ((await db.user.count({ where: { email: "cred@example.com" } })) === 0) {
      await createUser({ email: "cred@example.com", password: "password123", name: "" });
    }
    const user = await verifyCredentials(email, password);
    expect(user !== null).toBe(ok);
    if (user) expect(Object.keys(user).sort()).toEqual(["email", "id", "name", "sessionVersion"]);
  });
});

describe("createUser time zone", () => {
  test.each([
    ["Europe/Berlin", "Europe/Berlin"],
    ["not/a-zone", "UTC"],
    ["", "UTC"],
  ])("%s → %s", async (given, stored) => {
    const u = await createUser({ email: `tz-${given.replace(/\W/g, "") || "none"}@example.com`, password: "password123", name: "" }, new Date(), given);
    expect((await db.userSettings.findUniqueOrThrow({ where: { userId: u.id } })).timeZone).toBe(stored);
  });
});
