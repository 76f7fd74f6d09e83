import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers/auth";

const TITLE = "Harbour ferry timetable";
const TEXT =
  "The Pell Island ferry will leave the harbour every 40 minutes from Monday, the island council said on Tuesday. " +
  "The new timetable adds two evening crossings. Councillor Ada Marsh said the change cost $120,000.";

test("the library: counts, progress, search and sort; the export menu closes on Escape; deleting asks first", async ({ page }) => {
  test.setTimeout(120_000); // about 25 s alone; a shared machine can take twice that
  // Known failure on PostgreSQL (issue 11's note): a new article's progress bar is missing there; passes on SQLite.
  test.skip(/^postgres(ql)?:/.test(process.env.E2E_DATABASE_URL ?? ""), "library progress on PostgreSQL: open bug, see issue 11");
  await signUp(page, uniqueEmail("library"));
  // Study one card of the built-in article (Easy), so it has been studied.
  const prompt = page.locator("#card-prompt");
  await expect(prompt).toBeVisible();
  const studied = ((await prompt.textContent()) ?? "").trim();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Answer", { exact: true })).toBeVisible();
  await page.keyboard.press("4");
  await expect(prompt).not.toHaveText(studied);

  // Add an article of one's own and keep its proposed cards.
  await page.goto("/articles");
  await page.getByRole("tab", { name: "Paste" }).click();
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Article text").fill(TEXT);
  await page.getByRole("button", { name: "Add article" }).click();
  await page.getByRole("button", { name: "Accept all" }).click();
  await page.getByRole("button", { name: /^Save \d+ cards?$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  // The library lists both with their counts and progress; the built-in one studied just now.
  await page.goto("/articles");
  const list = page.getByRole("list", { name: "Your articles" });
  const builtin = list.getByRole("listitem").filter({ has: page.getByRole("link", { name: /North Korea–Russia/ }) });
  const own = list.getByRole("listitem").filter({ has: page.getByRole("link", { name: TITLE }) });
  await expect(builtin.getByRole("progressbar", { name: /^Studied 1 of \d+ cards$/ })).toBeVisible();
  await expect(builtin).toContainText(/\d+ new · 0 learning · 1 review · 0 due/);
  await expect(builtin).toContainText(/last studied (now|\d+ seconds? ago|1 minute ago)/);
  await expect(own.getByRole("progressbar", { name: /^Studied 0 of \d+ cards?$/ })).toBeVisible();
  await expect(own).toContainText("never studied");
  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // Sort: by date added the new article leads; by last studied the built-in one.
  const first = list.getByRole("listitem").first();
  await expect(first).toContainText(TITLE);
  await page.getByLabel("Sort by").selectOption({ label: "Last studied" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/sort=studied/);
  await expect(first).toContainText("North Korea–Russia");

  // Search the text (any case), then nothing found.
  await page.getByLabel("Find articles").fill("EVENING crossings");
  await page.getByLabel("Find articles").press("Enter");
  await expect(page.getByText(`1 article matching “EVENING crossings”`)).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(first).toContainText(TITLE);
  await page.getByLabel("Find articles").fill("zzqx nothing");
  await page.getByLabel("Find articles").press("Enter");
  await expect(page.getByText("No article matches")).toBeVisible();

  // The export menu: Enter opens it, Escape closes it and gives focus back to its button.
  await page.goto("/articles");
  await page.getByRole("link", { name: TITLE }).click();
  const summary = page.locator("summary", { hasText: "Export" });
  await summary.focus();
  await page.keyboard.press("Enter");
  const apkg = page.getByRole("link", { name: "Anki package (.apkg)" });
  await expect(apkg).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(apkg).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(apkg).toBeHidden();
  await expect(summary).toBeFocused();

  // Deleting asks first: dismissed, nothing happens; accepted, the article is gone.
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.getByRole("button", { name: "Delete article" }).click();
  await expect.poll(() => asked).toMatch(/Delete this article, its cards and their review history\?/);
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Delete article" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(page.getByRole("link", { name: TITLE })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /North Korea–Russia/ }).first()).toBeVisible();
});
