import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers/auth";

const NEW_PASSWORD = "new secret phrase 42";

test("a session cookie kept from before sign-out is refused after it", async ({ page, browser }) => {
  await signUp(page, uniqueEmail("kept"));
  const kept = await page.context().cookies();
  const copy = await browser.newContext();
  await copy.addCookies(kept);
  expect((await copy.request.get("/api/study")).status()).toBe(200);

  await signOut(page);

  expect((await copy.request.get("/api/study")).status()).toBe(401);
  expect(await (await copy.request.get("/api/auth/session")).json()).toBeNull();
  const copyPage = await copy.newPage();
  await copyPage.goto("/settings");
  await expect(copyPage).toHaveURL(/\/sign-in/);
  await copy.close();
});

test("too many wrong passwords are refused with a wait, in the form and on the API", async ({ page }) => {
  const email = uniqueEmail("guessed");
  await signUp(page, email);
  await signOut(page);
  // The per-account limit is 10 failures in 15 minutes; the guesses go to Auth.js's API, as a script's would.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const guess = (password: string) => page.request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken }, maxRedirects: 0 });
  for (let i = 0; i < 10; i++) {
    const wrong = await guess(`wrong guess ${i}`);
    expect(wrong.status()).toBe(302);
    expect(wrong.headers()["location"]).toContain("error=CredentialsSignin");
  }
  const limited = await guess("wrong guess 10");
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);

  // Even the right password waits now, and the form says so.
  await signIn(page, email);
  await expect(page.getByText(/^Too many failed sign-in attempts\. Try again in \d+ minutes?\.$/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("changing the password ends other sessions; deleting the account ends everything", async ({ page, browser }) => {
  const email = uniqueEmail("changer");
  await signUp(page, email);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);
  await expect(otherPage).toHaveURL(/\/study$/);

  await page.goto("/settings");
  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("password123");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/^That password is too easy to guess/)).toBeVisible();
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. You are signed out everywhere else.")).toBeVisible();

  // This browser stays signed in; the other one is out.
  await page.goto("/study");
  await expect(page).toHaveURL(/\/study$/);
  await otherPage.goto("/settings");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await signIn(otherPage, email);
  await expect(otherPage.getByText("Wrong email or password.")).toBeVisible();
  await signIn(otherPage, email, NEW_PASSWORD);
  await expect(otherPage).toHaveURL(/\/study$/);

  await page.goto("/settings");
  await page.getByLabel("Your password, to confirm").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.getByLabel("Your password, to confirm").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1$/);
  await expect(page.getByText("Your account and everything in it were deleted.")).toBeVisible();

  expect((await other.request.get("/api/study")).status()).toBe(401);
  await signIn(page, email, NEW_PASSWORD);
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await other.close();
});
