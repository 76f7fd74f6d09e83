import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers/auth";

test("a new account sees a helpful empty state, not broken charts", async ({ page }) => {
  await signUp(page, uniqueEmail("fresh"));
  await page.getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { name: "Nothing studied yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Study your first cards" })).toBeVisible();
  await expect(page.getByText("No quizzes finished yet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Reviews over the last year" })).toHaveCount(0);
  // The deck is there even before studying.
  await expect(page.getByRole("row", { name: /North Korea–Russia/ })).toBeVisible();
});

test("after reviews and a quiz, the page shows them", async ({ page }) => {
  await signUp(page, uniqueEmail("progress"));
  // The new cards at the start: the limit, or fewer when the deck has fewer sentences (one card of each a day).
  const counts = page.getByLabel(/new, \d+ learning/);
  await expect(counts).toHaveAttribute("aria-label", /^\d+ new, 0 learning, 0 to review$/);
  const n = Number((await counts.getAttribute("aria-label"))?.split(" ")[0]);
  expect(n).toBeGreaterThan(3);
  // Three reviews from the keyboard.
  for (const grade of ["3", "1", "4"]) {
    await expect(page.getByRole("button", { name: /Show answer/ })).toBeVisible();
    await page.keyboard.press("Space");
    await page.keyboard.press(grade);
  }
  await expect(counts).toHaveAttribute("aria-label", `${n - 3} new, 2 learning, 0 to review`);

  // A short true/false quiz, all answered "true".
  await page.goto("/quiz");
  await page.getByLabel("Mixed (all formats)").uncheck();
  await page.getByLabel("True or false").check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  // Ten questions, or one per deck card when the built-in deck is smaller.
  const first = page.getByText(/^Question 1 of \d+$/);
  await expect(first).toBeVisible();
  const total = Number(/of (\d+)/.exec((await first.textContent()) ?? "")![1]);
  for (let i = 0; i < total; i++) {
    await page.keyboard.press("t");
    await expect(page.getByRole("button", { name: /Continue/ })).toBeFocused();
    await page.keyboard.press("Enter");
  }
  const score = page.getByRole("heading", { name: new RegExp(`^Score: \\d+ % \\(\\d+ of ${total} fully right\\)$`) });
  await expect(score).toBeVisible();
  const percent = /^Score: (\d+) %/.exec((await score.textContent()) ?? "")![1];

  await page.getByRole("link", { name: "Progress" }).click();
  const today = page.getByRole("region", { name: "Today" });
  const stat = (label: string) => today.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  await expect(stat("Reviewed today")).toHaveText("3");
  await expect(stat("Learning")).toHaveText("2");
  await expect(stat("Streak")).toHaveText("1 day");
  // Today's cell of the heatmap holds the three reviews.
  const todayCell = page.locator("[data-day].ring-1");
  await expect(todayCell).toHaveAttribute("data-count", "3");
  await expect(page.getByText(/^3 reviews on 1 of 365 days/)).toBeVisible();
  // The retention table has its rows (learning answers are not counted as retention).
  await expect(page.getByRole("row", { name: /^Today/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /^All time/ })).toBeVisible();
  // The quiz score.
  await expect(page.getByText(new RegExp(`^Latest ${percent}\\s%`))).toBeVisible();
  // Card counts.
  await expect(page.getByRole("row", { name: /North Korea–Russia/ }).getByRole("cell").first()).toHaveText(/\d+/);
});
