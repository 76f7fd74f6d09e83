import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers/auth";

test.describe("accounts", () => {
  test("sign up, sign out, sign in again", async ({ page }) => {
    const email = uniqueEmail();
    await signUp(page, email, PASSWORD, "Ada");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Study" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText("Ada")).toBeVisible();

    await signOut(page);
    await signIn(page, email);
    await expect(page).toHaveURL(/\/study$/);
    await expect(page.getByRole("heading", { name: "Study" })).toBeVisible();
  });

  test("wrong password and unknown email get the same message", async ({ page }) => {
    const email = uniqueEmail();
    await signUp(page, email);
    await signOut(page);

    await signIn(page, email, "not the password");
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Email")).toHaveValue(email);

    await signIn(page, uniqueEmail("nobody"), "whatever123");
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
  });

  test("sign-up form explains bad input", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
    await expect(page.getByText("Use at least 8 characters for your password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

    const email = uniqueEmail("taken");
    await signUp(page, email);
    await signOut(page);
    await page.goto("/sign-up");
    await page.getByLabel("Email").fill(email.toUpperCase());
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("An account with that email already exists. Sign in instead.")).toBeVisible();
  });

  test("protected pages redirect to sign-in, then back", async ({ page }) => {
    for (const path of ["/study", "/articles", "/quiz", "/progress", "/settings"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in/);
    }
    const email = uniqueEmail();
    await signUp(page, email);
    await signOut(page);
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByLabel("Password").press("Enter");
    await expect(page).toHaveURL(/\/articles$/);
  });

  test("the keyboard reaches every control of the sign-in form", async ({ page }) => {
    const email = uniqueEmail();
    await signUp(page, email);
    await signOut(page);
    await page.goto("/sign-in");
    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab"); // brand link
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Email")).toBeFocused();
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Password")).toBeFocused();
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/study$/);
  });
});

test("a second reader cannot see the first reader's articles", async ({ browser }) => {
  const a = await browser.newContext();
  const pageA = await a.newPage();
  await signUp(pageA, uniqueEmail("alice"));
  await pageA.goto("/articles");
  await pageA.getByLabel("Title").fill("Alice's private article");
  await pageA
    .getByLabel("Article text")
    .fill("The city council approved a new budget on Tuesday. Mayor Jane Doe said the plan adds 40 buses.");
  await pageA.getByRole("button", { name: "Add article" }).click();
  // A new article opens on the screen where its cards are chosen (e2e/choose-cards.spec.ts).
  await expect(pageA.getByRole("heading", { name: "Choose the cards: Alice's private article" })).toBeVisible();
  const reviewUrl = pageA.url();
  expect(reviewUrl).toMatch(/\/articles\/[a-z0-9]+\/review$/);
  const articleUrl = reviewUrl.replace(/\/review$/, "");

  const b = await browser.newContext();
  const pageB = await b.newPage();
  await signUp(pageB, uniqueEmail("bob"));
  await pageB.goto("/articles");
  await expect(pageB.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect(pageB.getByText("Alice's private article")).toHaveCount(0);
  // Both see the built-in article.
  await expect(pageB.getByRole("link", { name: /North Korea–Russia/ })).toBeVisible();
  await pageA.goto("/articles");
  await expect(pageA.getByRole("link", { name: "Alice's private article" })).toBeVisible();

  const response = await pageB.goto(new URL(articleUrl).pathname);
  expect(response?.status()).toBe(404);
  await expect(pageB.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(pageB.getByText("Alice's private article")).toHaveCount(0);
  // Nor its review screen.
  const review = await pageB.goto(new URL(reviewUrl).pathname);
  expect(review?.status()).toBe(404);
  await expect(pageB.getByText("Alice's private article")).toHaveCount(0);

  await a.close();
  await b.close();
});
