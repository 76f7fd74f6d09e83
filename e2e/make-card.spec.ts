import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers/auth";

/**
 * Selects one long word of an untinted stretch of the article text (a sentence without cards), as a mouse
 * drag would, and returns the word and the text it is in.
 */
async function selectWord(page: Page, skip = 0): Promise<{ word: string; segment: string }> {
  return page.evaluate((skip) => {
    const segments = [...document.querySelectorAll<HTMLElement>("#article-text span[data-start]")].filter((s) => !s.closest("mark"));
    let seen = 0;
    for (const s of segments) {
      const node = s.firstChild;
      if (!(node instanceof Text)) continue;
      const m = /\b[a-z]{7,}\b/.exec(node.data);
      if (!m || seen++ < skip) continue;
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return { word: m[0], segment: node.data };
    }
    throw new Error("no untinted word to select");
  }, skip);
}

test("make a card from selected text, and from a pasted sentence by keyboard; both join the article's cards and Study", async ({ page }) => {
  await signUp(page, uniqueEmail("maker"));
  await page.goto("/articles");
  await page.getByRole("link", { name: /North Korea–Russia/ }).first().click();
  const text = page.getByRole("region", { name: "Text" });
  const cards = page.getByRole("region", { name: /^Cards/ });
  await expect(text.getByRole("button", { name: "Make a card" })).toBeVisible();
  const before = await cards.getByRole("listitem").count();

  // Select a word: the toolbar names it; "Make a card" fills the editor with its sentence and the word to blank.
  const { word } = await selectWord(page);
  await expect(text.getByText(`From your selection: ${word}`)).toBeVisible();
  await text.getByRole("button", { name: "Make a card" }).click();
  const dialog = page.getByRole("dialog", { name: "Make a card" });
  await expect(dialog).toBeVisible();
  const sentence = await dialog.getByLabel("Sentence from the article").inputValue();
  expect(sentence).toContain(word);
  await expect(dialog.getByLabel("Words to blank")).toHaveValue(word);
  const expectedPrompt = sentence.replace(/\s+/g, " ").trim().replace(new RegExp(`\\b${word}\\b`), "_____");
  await expect(dialog.getByText(`Card: ${expectedPrompt}`)).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include("dialog").analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // Words that are not in the sentence are refused with a message, and nothing is saved.
  await dialog.getByLabel("Words to blank").fill("zzzzqx");
  await dialog.getByRole("button", { name: "Save card" }).click();
  await expect(dialog.getByText(/must be whole words of the sentence/)).toBeVisible();
  await dialog.getByLabel("Words to blank").fill(word);
  await dialog.getByRole("button", { name: "Save card" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Card made:/)).toBeVisible();
  await expect(cards.getByRole("listitem")).toHaveCount(before + 1);
  await expect(cards.getByRole("listitem").first()).toContainText(expectedPrompt);
  // Its sentence is on the memory map now, not yet studied.
  await expect(text.locator("mark").getByRole("button", { name: new RegExp(`${word}.*\\(not yet studied\\)$`) })).toHaveCount(1);

  // Keyboard only, no selection: the editor opens empty; paste another sentence and write a question.
  const other = await selectWord(page, 1);
  const pasted = other.segment.split(/(?<=[.!?])\s+/).find((s) => s.includes(other.word))!.trim();
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await text.getByRole("button", { name: "Make a card" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog.getByLabel("Sentence from the article")).toHaveValue("");
  await dialog.getByLabel("Sentence from the article").fill(` ${pasted.replace(/ /g, "  ")} `);
  await dialog.getByRole("radio", { name: "Question and answer" }).check();
  await dialog.getByLabel("Question", { exact: true }).fill("Which word did I pick from this sentence?");
  await dialog.getByLabel("Answer", { exact: true }).fill(other.word);
  await dialog.getByLabel("Answer", { exact: true }).press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Make a card" })).toBeFocused();
  await expect(cards.getByText("Which word did I pick from this sentence?")).toBeVisible();

  // Study: the reader's own cards are their next new cards, the first one made first.
  await page.goto("/study");
  await expect(page.locator("#card-prompt")).toHaveText(expectedPrompt);
});
