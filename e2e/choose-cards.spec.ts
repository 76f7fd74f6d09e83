import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers/auth";

// The built-in report, pasted as the reader's own article (its deck has cards and suggestions).
const TEXT = readFileSync(path.join(process.cwd(), "prisma", "seed", "seed-article.txt"), "utf8");
const TITLE = "My copy of the VOA report";

type QueueCard = { articleId: string; cardId: string; prompt: string; answer: string };

/** The signed-in reader's study queue as the study page gets it (every learning card, then up to 100 more). */
async function queueOf(page: Page, articleId: string): Promise<QueueCard[]> {
  const res = await page.request.get("/api/study?limit=100");
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { cards: QueueCard[] };
  return body.cards.filter((c) => c.articleId === articleId);
}

test("choose a pasted article's cards with the keyboard, study exactly those, add a suggestion later", async ({ page }) => {
  await signUp(page, uniqueEmail("choose"));
  // Room for every new card today, so the queue shows all the cards chosen.
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("500");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();

  await page.goto("/articles");
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Published on (optional)").fill("2023-12-19");
  await page.getByLabel("Article text").fill(TEXT);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9]+\/review$/);
  await expect(page.getByRole("heading", { level: 1, name: `Choose the cards: ${TITLE}` })).toBeVisible();
  const articleId = page.url().split("/").at(-2) ?? "";

  // Nothing of it is studied yet; the list says it waits, and leads back here.
  expect(await queueOf(page, articleId)).toEqual([]);
  await page.goto("/articles");
  await expect(page.getByRole("listitem").filter({ hasText: TITLE })).toContainText("cards to review");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}/review$`));

  const cards = page.getByRole("region", { name: /Proposed cards/ }).getByRole("listitem");
  const n = await cards.count();
  expect(n).toBeGreaterThanOrEqual(4);
  const promptOf = async (i: number) => (await cards.nth(i).locator("p.font-medium").innerText()).trim();

  // J walks down the cards, each focused in turn, its source sentence marked in the text.
  const seen: { prompt: string; sentence: string }[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      await page.keyboard.press("j");
      await expect(cards.nth(i)).toBeFocused();
    }
    await expect(cards.nth(i)).toHaveAttribute("aria-current", "true");
    const sentence = (await page.getByRole("region", { name: "Text" }).locator("mark").allInnerTexts()).join(" ");
    expect(sentence.length).toBeGreaterThan(10);
    expect(TEXT.replace(/\s+/g, " ")).toContain(sentence.replace(/\s+/g, " ").trim());
    seen.push({ prompt: await promptOf(i), sentence });
  }
  // K walks back up to the first.
  for (let i = n - 2; i >= 0; i--) await page.keyboard.press("k");
  await expect(cards.nth(0)).toBeFocused();

  // The plan: accept the first, reject the second, edit one and accept one more, each of its own sentence
  // (cards of one sentence are siblings, never queued on the same day).
  const used = new Set([seen[0].sentence]);
  const pick = (from: number) => {
    const i = seen.findIndex((c, j) => j >= from && !used.has(c.sentence));
    expect(i).toBeGreaterThan(0);
    used.add(seen[i].sentence);
    return i;
  };
  const edited = pick(2);
  const accepted = pick(edited + 1);

  await page.keyboard.press("a");
  await expect(cards.nth(0)).toContainText("Accepted");
  await expect(cards.nth(1)).toBeFocused();
  await page.keyboard.press("r");
  await expect(cards.nth(1)).toContainText("Rejected");
  await expect(cards.nth(2)).toBeFocused();
  for (let i = 2; i < edited; i++) await page.keyboard.press("j");
  await expect(cards.nth(edited)).toBeFocused();

  // E opens the editor; Escape closes it unchanged; an empty answer is refused; Enter saves.
  await page.keyboard.press("e");
  const answerField = page.getByLabel("Answer", { exact: true });
  await expect(page.getByRole("form", { name: "Edit the card" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("form", { name: "Edit the card" })).toHaveCount(0);
  await expect(cards.nth(edited)).toBeFocused();
  await expect(cards.nth(edited)).toContainText("Not decided");
  await page.keyboard.press("e");
  await expect(page.getByLabel(/^(Prompt|Question)/)).toBeFocused();
  await answerField.fill("");
  await answerField.press("Enter");
  await expect(page.getByText("The answer cannot be empty.")).toBeVisible();
  await answerField.fill("My own answer");
  await answerField.press("Enter");
  await expect(page.getByRole("form", { name: "Edit the card" })).toHaveCount(0);
  await expect(cards.nth(edited)).toContainText("Accepted · edited");
  await expect(cards.nth(edited)).toContainText("My own answer");
  await expect(cards.nth(edited)).toBeFocused();

  for (let i = edited; i < accepted; i++) await page.keyboard.press("j");
  await expect(cards.nth(accepted)).toBeFocused();
  await page.keyboard.press("a");
  await expect(cards.nth(accepted)).toContainText("Accepted");

  await expect(page.getByRole("status").filter({ hasText: "accepted" })).toContainText(`3 cards accepted · 1 card rejected · ${n - 4} ${n - 4 === 1 ? "card" : "cards"} not decided`);
  await expect(page.getByRole("region", { name: /^Suggestions/ }).getByRole("button", { name: "Add" }).first()).toBeVisible();
  await page.getByRole("button", { name: "Save 3 cards" }).click();

  // The article page: exactly the three cards; the rejected one waits among the suggestions.
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}$`));
  await expect(page.getByRole("heading", { name: "Cards (3)" })).toBeVisible();
  const queue = await queueOf(page, articleId);
  expect(queue.map((c) => c.prompt).sort()).toEqual([seen[0].prompt, seen[edited].prompt, seen[accepted].prompt].sort());
  expect(queue.find((c) => c.prompt === seen[edited].prompt)?.answer).toBe("My own answer");

  // Later, from the article page: add the rejected card back.
  const suggestions = page.getByRole("region", { name: /^Suggestions/ });
  const rejected = suggestions.getByRole("listitem").filter({ hasText: seen[1].prompt });
  await expect(rejected).toBeVisible();
  await rejected.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("heading", { name: "Cards (4)" })).toBeVisible();
  await expect(suggestions.getByRole("listitem").filter({ hasText: seen[1].prompt })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /^Cards/ })).toContainText(seen[1].prompt);

  await page.goto("/articles");
  const row = page.getByRole("listitem").filter({ hasText: TITLE });
  await expect(row).toContainText("4 cards");
  await expect(row).not.toContainText("cards to review");
  // Going back to the review screen once saved shows the article instead.
  await page.goto(`/articles/${articleId}/review`);
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}$`));
});
