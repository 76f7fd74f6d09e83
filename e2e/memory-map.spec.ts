import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers/auth";

test("the memory map tints a studied sentence by its recall, and opens its cards by keyboard", async ({ page }) => {
  await signUp(page, uniqueEmail("memory"));

  // Study one card of the built-in article with the keyboard: reveal, Easy.
  const prompt = page.locator("#card-prompt");
  await expect(prompt).toBeVisible();
  const studied = ((await prompt.textContent()) ?? "").trim();
  expect(studied.length).toBeGreaterThan(0);
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Answer", { exact: true })).toBeVisible();
  await page.keyboard.press("4");
  await expect(prompt).not.toHaveText(studied);

  // The built-in article's page.
  await page.goto("/articles");
  await page.getByRole("link", { name: /North Korea–Russia/ }).first().click();
  await expect(page.getByRole("heading", { name: "Text" })).toBeVisible();
  await expect(page.getByText(/^Memory map:/)).toBeVisible();

  const text = page.getByRole("region", { name: "Text" });
  // Each tinted sentence is a <mark> holding a button whose name ends with the recall.
  const recalled = text.locator("mark").getByRole("button", { name: /\(recall \d+\s?%\)$/ });
  const notStudied = text.locator("mark").getByRole("button", { name: /\(not yet studied\)$/ });
  // Exactly the studied card's sentence shows a recall (just answered Easy: strong); others are not yet studied.
  await expect(recalled).toHaveCount(1);
  await expect(recalled).toHaveAccessibleName(/\(recall (100|9\d)\s?%\)$/);
  expect(await notStudied.count()).toBeGreaterThan(1);

  // Open its cards from the keyboard; the panel lists the studied card in the review state.
  await recalled.focus();
  await expect(recalled).toBeFocused();
  await expect(recalled).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Enter");
  await expect(recalled).toHaveAttribute("aria-expanded", "true");
  const panel = page.getByRole("region", { name: /^This sentence’s cards: recall/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("heading")).toBeFocused();
  const card = panel.getByRole("listitem").filter({ hasText: studied });
  await expect(card).toBeVisible();
  await expect(card.getByText("review", { exact: true })).toBeVisible();
  await expect(card.getByText(/^due in \S+$/)).toBeVisible();

  // axe, colour contrast included, in the light and the dark theme.
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include("main").analyze();
    expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
  await panel.getByRole("heading").focus();

  // Escape closes the panel and gives focus back to the sentence.
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(recalled).toBeFocused();

  // A sentence not yet studied opens with Space too and says so.
  await notStudied.first().focus();
  await page.keyboard.press("Space");
  const newPanel = page.getByRole("region", { name: "This sentence’s cards: not yet studied" });
  await expect(newPanel.getByText("not yet studied", { exact: true }).first()).toBeVisible();
});
