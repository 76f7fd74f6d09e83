import { readFileSync } from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { signUp, uniqueEmail } from "./helpers/auth";

/** Presses Enter on the focused download link and returns the file it downloads. */
async function downloadWithEnter(page: Page): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

test("the article's deck downloads as an Anki package and as CSV, from the keyboard", async ({ page }) => {
  await signUp(page, uniqueEmail("export"));
  await page.goto("/articles");
  await page.getByRole("link", { name: /North Korea–Russia/ }).click();
  const heading = page.getByRole("heading", { name: /^Cards \(\d+\)$/ });
  const cardCount = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? "")![1]);
  expect(cardCount).toBeGreaterThan(3);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;

  // The Export disclosure opens with Enter; its links are next in tab order.
  const summary = page.locator("summary", { hasText: "Export" });
  await summary.focus();
  await page.keyboard.press("Enter");
  const apkgLink = page.getByRole("link", { name: "Anki package (.apkg)" });
  await expect(apkgLink).toBeVisible();
  await expect(apkgLink).toHaveAccessibleDescription(`Your ${cardCount} cards of this article, as you word them.`);
  await page.keyboard.press("Tab");
  await expect(apkgLink).toBeFocused();

  const apkg = await downloadWithEnter(page);
  expect(apkg.download.suggestedFilename()).toMatch(/^newsdeck-north-korea-russia[a-z0-9-]*\.apkg$/);
  const slug = apkg.download.suggestedFilename().replace(/^newsdeck-|\.apkg$/g, "");
  const entries = unzipSync(apkg.bytes);
  expect(Object.keys(entries).sort()).toEqual(["collection.anki2", "media"]);
  expect(strFromU8(entries.media!)).toBe("{}");
  const sqlite = new Database(Buffer.from(entries["collection.anki2"]!), { readonly: true });
  try {
    const notes = sqlite.prepare("SELECT mid, tags, flds FROM notes").all() as { mid: number; tags: string; flds: string }[];
    expect(notes).toHaveLength(cardCount);
    expect(sqlite.prepare("SELECT count(*) FROM cards WHERE type = 0").pluck().get()).toBe(cardCount);
    const models = JSON.parse(sqlite.prepare("SELECT models FROM col").pluck().get() as string) as Record<string, { type: number }>;
    for (const n of notes) {
      expect(n.tags).toBe(` newsdeck ${slug} `);
      const fields = n.flds.split("\x1f");
      expect(fields.at(-1)).toBe(title.replaceAll("&", "&amp;"));
      // A cloze note holds its answer as {{c1::…}}; a basic note has Front and Back.
      if (models[String(n.mid)]!.type === 1) expect(fields[0]).toMatch(/\{\{c1::[^}]+\}\}/);
      else expect(fields).toHaveLength(4);
    }
    expect(notes.some((n) => models[String(n.mid)]!.type === 1)).toBe(true);
  } finally {
    sqlite.close();
  }

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "CSV (.csv)" })).toBeFocused();
  const csv = await downloadWithEnter(page);
  expect(csv.download.suggestedFilename()).toBe(`newsdeck-${slug}.csv`);
  const text = csv.bytes.toString("utf8");
  const lines = text.split("\r\n");
  expect(lines[0]).toBe("prompt,answer,source_sentence,article_title,tags");
  expect(lines.at(-1)).toBe("");
  // Quoted fields may hold line breaks, but these cards have none: one line per card.
  expect(lines).toHaveLength(cardCount + 2);
  for (const line of lines.slice(1, -1)) expect(line.endsWith(`,newsdeck ${slug}`)).toBe(true);
  expect(text).toContain("_____");
});

test("the review history downloads from Progress with the optimizer's columns", async ({ page }) => {
  const started = Date.now();
  await signUp(page, uniqueEmail("history"));
  for (const grade of ["3", "1", "4"]) {
    await expect(page.getByRole("button", { name: /Show answer/ })).toBeVisible();
    await page.keyboard.press("Space");
    await page.keyboard.press(grade);
  }
  await expect(page.getByLabel(/new, \d+ learning/)).toHaveAttribute("aria-label", /, 2 learning,/);

  await page.getByRole("link", { name: "Progress" }).click();
  const link = page.getByRole("link", { name: "Export review history" });
  await link.focus();
  await expect(link).toBeFocused();
  const { download, bytes } = await downloadWithEnter(page);
  expect(download.suggestedFilename()).toMatch(/^newsdeck-review-history-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = bytes.toString("utf8").split("\r\n");
  expect(lines[0]).toBe("card_id,review_time,review_rating,review_state,review_duration");
  const rows = lines.slice(1, -1).map((l) => l.split(","));
  expect(rows.map((r) => r[2])).toEqual(["3", "1", "4"]);
  expect(rows.map((r) => r[3])).toEqual(["0", "0", "0"]); // each card was new when graded
  const times = rows.map((r) => Number(r[1]));
  expect(times).toEqual([...times].sort((x, y) => x - y));
  for (const t of times) expect(t).toBeGreaterThanOrEqual(started - 1000);
  for (const t of times) expect(t).toBeLessThanOrEqual(Date.now());
  for (const r of rows) {
    expect(r[0]).toMatch(/^[a-z0-9]+$/);
    expect(Number.isInteger(Number(r[4])) && Number(r[4]) >= 0).toBe(true);
  }
});

test("exports answer only their reader: another reader's article is 404, no session 401, a bad format 400", async ({ browser }) => {
  const a = await browser.newContext();
  const pageA = await a.newPage();
  await signUp(pageA, uniqueEmail("owner"));
  await pageA.goto("/articles");
  await pageA.getByLabel("Title").fill("Owner's export test");
  await pageA.getByLabel("Article text").fill("The city council approved a new budget on Tuesday. Mayor Jane Doe said the plan adds 40 buses.");
  await pageA.getByRole("button", { name: "Add article" }).click();
  await expect(pageA.getByRole("heading", { name: "Owner's export test" })).toBeVisible();
  // Saving lands on the new article's review screen (/articles/<id>/review).
  const id = /\/articles\/([^/]+)/.exec(new URL(pageA.url()).pathname)![1];
  // The owner's downloads, with their types and file names.
  for (const [format, type] of [
    ["apkg", "application/apkg"],
    ["csv", "text/csv; charset=utf-8"],
  ]) {
    const res = await pageA.request.get(`/api/articles/${id}/export?format=${format}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe(type);
    expect(res.headers()["content-disposition"]).toBe(`attachment; filename="newsdeck-owner-s-export-test.${format}"; filename*=UTF-8''newsdeck-owner-s-export-test.${format}`);
  }
  const history = await pageA.request.get("/api/reviews/history");
  expect(history.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(history.headers()["content-disposition"]).toMatch(/^attachment; filename="newsdeck-review-history-\d{4}-\d{2}-\d{2}\.csv"/);
  expect(await history.text()).toBe("card_id,review_time,review_rating,review_state,review_duration\r\n");

  const b = await browser.newContext();
  const pageB = await b.newPage();
  await signUp(pageB, uniqueEmail("other"));
  for (const format of ["apkg", "csv"]) {
    const res = await pageB.request.get(`/api/articles/${id}/export?format=${format}`);
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain("Owner's export test");
  }
  expect((await pageB.request.get(`/api/articles/${id}/export?format=pdf`)).status()).toBe(400);
  expect((await pageB.request.get(`/api/articles/no-such-article/export?format=apkg`)).status()).toBe(404);

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/api/articles/${id}/export?format=apkg`)).status()).toBe(401);
  expect((await anonymous.request.get(`/api/reviews/history`)).status()).toBe(401);
  await Promise.all([a.close(), b.close(), anonymous.close()]);
});
