import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers/auth";

/** Answers whatever question is showing, from the keyboard; `wrong` answers typed questions badly. */
async function answerCurrent(page: Page, n: number): Promise<void> {
  const typed = page.getByLabel("Your answer");
  const matching = page.locator("select[id^=match-]");
  let isMatching = false;
  const trueFalse = page.getByRole("button", { name: /True$/ });
  if (await typed.isVisible()) {
    await expect(typed).toBeFocused();
    await page.keyboard.type(n % 2 ? "certainly not this" : "Pyongyang");
    await page.keyboard.press("Enter");
  } else if ((await matching.count()) > 0) {
    isMatching = true;
    const count = await matching.count();
    for (let i = 0; i < count; i++) {
      await matching.nth(i).focus();
      await matching.nth(i).selectOption({ index: i + 1 });
    }
    await page.getByRole("button", { name: "Check matches" }).focus();
    await page.keyboard.press("Enter");
  } else if (await trueFalse.isVisible()) {
    await page.keyboard.press(n % 2 ? "f" : "t");
  } else {
    await page.keyboard.press(String((n % 4) + 1));
  }
  const feedback = page.getByRole("status").filter({ hasText: /Right!|Not quite|Almost|Partly right/ });
  await expect(feedback).toBeVisible();
  if (isMatching) await expect(feedback.getByRole("list", { name: "Your matches" }).getByRole("listitem").first()).toHaveText(/^[✓✗] .+ → .+/);
  else await expect(feedback.getByText(/^Answer:/)).toBeVisible();
  await expect(page.getByRole("button", { name: /Continue/ })).toBeFocused();
  await page.keyboard.press("Enter");
}

test("a mixed quiz on the built-in article, by keyboard: score, resume, retry the missed ones", async ({ page }) => {
  await signUp(page, uniqueEmail("quiz"));
  await page.getByRole("link", { name: "Quiz" }).click();
  const builtin = page.getByLabel("Article").locator("option", { hasText: "North Korea–Russia" });
  await page.getByLabel("Article").selectOption((await builtin.getAttribute("value"))!);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[0-9a-f-]{36}/);
  const quizUrl = page.url();
  // Ten questions, or one per deck card when the built-in deck is smaller.
  const first = page.getByText(/^Question 1 of \d+$/);
  await expect(first).toBeVisible();
  const total = Number(/of (\d+)/.exec((await first.textContent()) ?? "")![1]);
  expect(total).toBeGreaterThanOrEqual(5);
  expect(total).toBeLessThanOrEqual(10);

  // Answer three, reload: the quiz resumes at the fourth.
  for (let n = 0; n < 3; n++) {
    await answerCurrent(page, n);
    await expect(page.getByText(`Question ${n + 2} of ${total}`)).toBeVisible();
  }
  await page.reload();
  await expect(page.getByText(`Question 4 of ${total}`)).toBeVisible();
  for (let n = 3; n < total; n++) await answerCurrent(page, n);

  await expect(page.getByRole("heading", { name: new RegExp(`^Score: \\d+ % \\(\\d+ of ${total} fully right\\)$`) })).toBeVisible();
  await expect(page.getByText(/^Time: /)).toBeVisible();
  await expect(page.getByText("Your answer:").first()).toBeVisible();
  await expect(page.getByText("Right answer:").first()).toBeVisible();

  const missed = page.getByText(/^(Missed|Partly right)/);
  if ((await missed.count()) > 0) {
    await page.getByRole("button", { name: "Review this card again soon" }).first().click();
    await expect(page.getByText("It will come up in your next study session.")).toBeVisible();
    await page.getByRole("button", { name: "Retry the missed ones" }).click();
    await expect(page).not.toHaveURL(quizUrl);
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  }

  // The quiz is listed with its score.
  await page.goto("/quiz");
  await expect(page.getByRole("link", { name: new RegExp(`\\d+ / ${total} right`) })).toBeVisible();
});

test("another reader's quiz is not found", async ({ browser }) => {
  const a = await browser.newPage();
  await signUp(a, uniqueEmail("qa"));
  await a.goto("/quiz");
  await a.getByRole("button", { name: "Start quiz" }).click();
  await expect(a).toHaveURL(/\/quiz\/[0-9a-f-]{36}/);
  const url = new URL(a.url()).pathname;

  const b = await browser.newPage();
  await signUp(b, uniqueEmail("qb"));
  const res = await b.goto(url);
  expect(res?.status()).toBe(404);
});
