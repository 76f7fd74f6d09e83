import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers/auth";

const prompt = (page: Page) => page.locator("#card-prompt");
const answer = (page: Page) => page.getByLabel("Answer", { exact: true });
const counts = (page: Page) => page.getByLabel(/new, \d+ learning, \d+ to review/);

/**
 * The new cards a fresh account starts with: the new-card limit (20), or fewer when the built-in deck has
 * fewer sentences (siblings, cards of one sentence, never come on the same day).
 */
async function newAtStart(page: Page): Promise<number> {
  await expect(counts(page)).toHaveAttribute("aria-label", /^\d+ new, 0 learning, 0 to review$/);
  const n = Number((await counts(page).getAttribute("aria-label"))?.split(" ")[0]);
  expect(n).toBeGreaterThan(5);
  expect(n).toBeLessThanOrEqual(20);
  return n;
}

test("study the built-in deck with the keyboard: reveal, four grades, undo, suspend, edit", async ({ page }) => {
  await signUp(page, uniqueEmail("study"));
  await expect(prompt(page)).toBeVisible();
  await expect(page.getByText(/^NORTH KOREA–RUSSIA/i)).toBeVisible();
  const n = await newAtStart(page);

  // Reveal with Space; the four buttons carry their next intervals.
  await expect(answer(page)).toHaveCount(0);
  await page.keyboard.press("Space");
  await expect(answer(page)).toBeVisible();
  for (const name of ["Again", "Hard", "Good", "Easy"]) {
    await expect(page.getByRole("button", { name: new RegExp(`^${name}, next in \\S+`) })).toBeVisible();
  }

  // Grade each of the four ways from the keyboard.
  const seen: string[] = [];
  for (const key of ["1", "2", "3", "4"]) {
    const text = (await prompt(page).textContent()) ?? "";
    seen.push(text);
    if (key !== "1") await page.keyboard.press("Enter");
    await expect(answer(page)).toBeVisible();
    await page.keyboard.press(key);
    await expect(prompt(page)).not.toHaveText(text);
  }
  // Again, Hard and Good leave three cards in learning; Easy graduates the fourth.
  await expect(counts(page)).toHaveAttribute("aria-label", `${n - 4} new, 3 learning, 0 to review`);

  // Undo the Easy: the same card comes back, and the count of new cards goes up.
  await page.keyboard.press("u");
  await expect(page.getByText(/^Undid: Easy on/)).toBeVisible();
  await expect(prompt(page)).toHaveText(seen[3]);
  await expect(counts(page)).toHaveAttribute("aria-label", `${n - 3} new, 3 learning, 0 to review`);
  // Undo again (Ctrl+Z): the Good before it.
  await page.keyboard.press("Control+z");
  await expect(page.getByText(/^Undid: Good on/)).toBeVisible();
  await expect(prompt(page)).toHaveText(seen[2]);

  // Suspend from the card menu (M).
  const suspended = (await prompt(page).textContent()) ?? "";
  await page.keyboard.press("m");
  await expect(page.getByRole("menu", { name: "Card menu" })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Edit card" })).toBeFocused();
  await page.getByRole("menuitem", { name: "Suspend card" }).click();
  await expect(page.getByText("Card suspended: it stays out of your reviews until you unsuspend it.")).toBeVisible();
  await expect(prompt(page)).not.toHaveText(suspended);

  // Edit the card's wording: only this reader's copy changes.
  await page.keyboard.press("m");
  await page.keyboard.press("Enter"); // "Edit card" has focus
  const dialog = page.getByRole("dialog", { name: "Edit card" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Question").fill("My own wording of this question?");
  await dialog.getByRole("button", { name: "Save card" }).click();
  await expect(page.getByText("Card saved. Only you see this wording.")).toBeVisible();
  await expect(prompt(page)).toHaveText("My own wording of this question?");

  // Card info shows the scheduling facts.
  await page.keyboard.press("m");
  await page.getByRole("menuitem", { name: "Card info" }).click();
  const info = page.getByRole("dialog", { name: "Card info" });
  await expect(info.getByText("Retrievability")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(info).toBeHidden();
});

test("settings change the next intervals, and a finished session says so", async ({ page }) => {
  await signUp(page, uniqueEmail("settings"));
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Learning steps", { exact: true }).fill("2m 30m");
  await page.getByLabel("New cards per day").fill("2");
  await page.getByLabel("Desired retention").fill("1.5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Desired retention must be at most 0.99 (99%)")).toBeVisible();
  await page.getByLabel("Desired retention").fill("0.9");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved. Your next card uses them.")).toBeVisible();

  await page.getByRole("link", { name: "Study" }).click();
  await expect(page.getByLabel(/new, \d+ learning/)).toHaveAttribute("aria-label", "2 new, 0 learning, 0 to review");
  await page.getByRole("button", { name: /Show answer/ }).click();
  await expect(page.getByRole("button", { name: "Again, next in 2m" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Good, next in 30m" })).toBeVisible();

  await page.keyboard.press("4");
  await expect(page.getByLabel(/new, \d+ learning/)).toHaveAttribute("aria-label", "1 new, 0 learning, 0 to review");
  await page.keyboard.press("Space");
  await page.keyboard.press("4");
  await expect(page.getByRole("heading", { name: "Congratulations! You have finished for now." })).toBeVisible();
  await expect(page.getByText(/The next card is due (in \d+ (minutes?|hours?|days?)|tomorrow)\./)).toBeVisible();
  const summary = page.getByLabel("This session");
  await expect(summary.getByText("Reviewed")).toBeVisible();
  await expect(summary.locator("dd").first()).toHaveText("2");
});

test("the study API: the head of the queue, a grade that comes back, and hostile input refused", async ({ page }) => {
  await signUp(page, uniqueEmail("study-api"));
  const api = page.request;
  for (const bad of ["0", "101", "abc", "2.5"]) {
    const res = await api.get(`/api/study?limit=${bad}`);
    expect(res.status()).toBe(400);
    expect((await res.json()).error).toMatch(/limit/);
  }
  const head = await (await api.get("/api/study?limit=3")).json();
  expect(head.cards).toHaveLength(3);
  const n = head.counts.new;
  expect(n).toBeGreaterThan(3);
  expect(head.counts).toEqual({ new: n, learning: 0, review: 0 });
  expect(head.remainder).toEqual({ new: n - 3, learning: 0, review: 0 });
  // Never two cards of one sentence on the same day: the whole queue's cards have sentences of their own.
  const all = await (await api.get("/api/study?limit=100")).json();
  const sentences = all.cards.map((c: { siblingKey: string }) => c.siblingKey);
  expect(sentences).toHaveLength(n);
  expect(new Set(sentences).size).toBe(n);
  const card = head.cards[0];
  expect(card).not.toHaveProperty("stability");

  const grade = { stateId: card.stateId, version: card.version, grade: 1, durationMs: 2000, idempotencyKey: `e2e-${Date.now()}` };
  const first = await api.post("/api/reviews", { data: grade });
  expect(first.status()).toBe(200);
  const body = await first.json();
  expect(body).toMatchObject({ recorded: true, duplicate: false, requeue: { stateId: card.stateId, version: card.version + 1, kind: "learning" } });
  expect(body.requeue.intervals).toHaveLength(4);
  // The same request again (a retry) records nothing more; a stale version with a new key is refused.
  expect(await (await api.post("/api/reviews", { data: grade })).json()).toMatchObject({ recorded: false, duplicate: true });
  const stale = await api.post("/api/reviews", { data: { ...grade, idempotencyKey: `e2e-${Date.now()}-2` } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toMatch(/already reviewed/);
  for (const data of [{ ...grade, grade: 5 }, { ...grade, stateId: "" }, { ...grade, idempotencyKey: "bad key!" }]) {
    expect((await api.post("/api/reviews", { data })).status()).toBe(400);
  }
  const notMine = await api.post("/api/reviews", { data: { ...grade, stateId: "not-a-card-of-yours", idempotencyKey: `e2e-${Date.now()}-3` } });
  expect(notMine.status()).toBe(404);
});

test("the page grades from the cards it holds, and asks the server again once they are ten minutes old", async ({ page }) => {
  await page.clock.install();
  await signUp(page, uniqueEmail("held"));
  const n = await newAtStart(page);
  const actions: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) actions.push(r.url());
  });
  const gradeOnce = async () => {
    const before = (await prompt(page).textContent()) ?? "";
    await page.keyboard.press("Space");
    await expect(answer(page)).toBeVisible();
    await page.keyboard.press("4");
    await expect(prompt(page)).not.toHaveText(before);
  };
  // Fresh cards: a grade is one request, the next card comes from those held.
  await gradeOnce();
  await gradeOnce();
  expect(actions).toHaveLength(2);
  // Ten minutes later the held cards are stale: the grade is followed by a request for the queue.
  await page.clock.fastForward("10:30");
  await gradeOnce();
  expect(actions).toHaveLength(4);
  await expect(counts(page)).toHaveAttribute("aria-label", `${n - 3} new, 0 learning, 0 to review`);
});

test("after clicking Study in the menu while studying, the card takes Space, Enter and 1–4; real buttons keep their keys", async ({ page }) => {
  await signUp(page, uniqueEmail("navfocus"));
  await expect(prompt(page)).toBeVisible();
  const studyLink = page.getByRole("navigation").getByRole("link", { name: "Study", exact: true });
  await studyLink.click();
  await expect(page).toHaveURL(/\/study$/);
  await expect(studyLink).toBeFocused();

  // Space reveals although focus stayed on the link; 2 grades Hard.
  await page.keyboard.press("Space");
  await expect(answer(page)).toBeVisible();
  const first = (await prompt(page).textContent()) ?? "";
  await page.keyboard.press("2");
  await expect(prompt(page)).not.toHaveText(first);

  // Enter on the link to the page itself reveals too (it would only reload the page), then Enter is Good.
  await studyLink.focus();
  await page.keyboard.press("Enter");
  await expect(answer(page)).toBeVisible();
  await expect(page).toHaveURL(/\/study$/);

  // A real button keeps Enter: Shortcuts opens its help, the card is not graded.
  const second = (await prompt(page).textContent()) ?? "";
  const shortcuts = page.getByRole("button", { name: /Shortcuts/ });
  await shortcuts.focus();
  await page.keyboard.press("Enter");
  await expect(shortcuts).toHaveAttribute("aria-expanded", "true");
  await expect(prompt(page)).toHaveText(second);
  await expect(answer(page)).toBeVisible();

  // Enter on a link to another page still follows it.
  await page.getByRole("navigation").getByRole("link", { name: "Quiz", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz$/);
});
