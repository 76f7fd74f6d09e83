import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { startFixtureSite, type FixtureSite } from "./fixtures/fixture-site";
import { makePdf } from "./fixtures/make-pdf";
import { signUp, uniqueEmail } from "./helpers/auth";

// Each test adds or reads several articles through the production server on a shared machine.
test.describe.configure({ timeout: 180_000 });

// The web server allows 127.0.0.1 (NEWSDECK_FETCH_ALLOW_HOSTS in playwright.config.ts): this local site is
// the only one it may fetch from.
let site: FixtureSite;
test.beforeAll(async () => {
  site = await startFixtureSite();
});
test.afterAll(async () => {
  await site.close();
});

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", "pages", name));

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function saveAndSeeCards(page: Page, title: string) {
  await page.getByRole("button", { name: "Add article" }).click();
  // A new article waits on its review screen until the reader chooses its cards.
  await expect(page.getByRole("heading", { level: 1, name: `Choose the cards: ${title}` })).toBeVisible();
  await page.getByRole("button", { name: "Accept all" }).click();
  await page.getByRole("button", { name: /^Save [1-9]\d* cards?$/ }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Cards \([1-9]\d*\)$/ })).toBeVisible();
}

test("adds an article from a link, from a Markdown file and from a paste, each checked before saving", async ({ page }) => {
  await signUp(page, uniqueEmail("importer"));
  await page.goto("/articles");

  // From a link (the first tab), through two redirects.
  await expect(page.getByRole("tab", { name: "Link" })).toHaveAttribute("aria-selected", "true");
  await expectAccessible(page);
  await page.getByLabel("Link to the article").fill(site.url("/redirect/2"));
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Byline" })).toContainText("Byline: Ruth Okafor");
  await expect(page.getByLabel("Title")).toHaveValue("Millbrook reopens its iron footbridge after two-year repair");
  await expect(page.getByLabel("Title")).toBeFocused();
  await expect(page.getByLabel("Published on (optional)")).toHaveValue("2023-12-18");
  await expect(page.getByLabel("Link (optional)")).toHaveValue(site.url("/footbridge.html"));
  const linkText = page.getByLabel("Article text");
  await expect(linkText).toHaveValue(/^The town of Millbrook reopened its iron footbridge/);
  await expect(linkText).not.toHaveValue(/cookies|Injected by a script/);
  await expectAccessible(page);
  // The reader edits the title before saving.
  await page.getByLabel("Title").fill("Millbrook footbridge reopens");
  await saveAndSeeCards(page, "Millbrook footbridge reopens");
  await expect(page.getByText(/Keystone Bridge Company/).first()).toBeVisible();

  // From a file, reaching the File tab by keyboard.
  await page.goto("/articles");
  await page.getByRole("tab", { name: "Link" }).focus();
  await page.keyboard.press("ArrowRight");
  const fileTab = page.getByRole("tab", { name: "File" });
  await expect(fileTab).toBeFocused();
  await expect(fileTab).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel("Link to the article")).toBeHidden();
  await page.getByLabel("Article file").setInputFiles({ name: "ferry.md", mimeType: "text/markdown", buffer: fixture("ferry.md") });
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Pell Island ferry adds winter crossings");
  // The dateline "Dec. 4" has no year: the latest December 4 that is not in the future.
  const today = new Date();
  const year = today.getUTCMonth() === 11 && today.getUTCDate() >= 4 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  await expect(page.getByLabel("Published on (optional)")).toHaveValue(`${year}-12-04`);
  await expect(page.getByLabel("Article text")).toHaveValue(/^PORTLAND, Maine, Dec\. 4 \(Harbor Weekly\) - The Pell Island ferry/);
  await expect(page.getByLabel("Article text")).not.toHaveValue(/\*\*|\]\(|osprey\.jpg/);
  await expectAccessible(page);
  await saveAndSeeCards(page, "Pell Island ferry adds winter crossings");

  // A text PDF is read on the server too (no save: the same article is in already).
  await page.goto("/articles");
  await page.getByRole("tab", { name: "File" }).click();
  const pdf = makePdf([["Orchard wins heritage status", "", "September 14, 2022", "", "An apple orchard planted in 1902 on Pell Island was added to the", "state heritage register on Tuesday, the Island Historical Society said."]]);
  await page.getByLabel("Article file").setInputFiles({ name: "orchard.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Orchard wins heritage status");
  await expect(page.getByLabel("Published on (optional)")).toHaveValue("2022-09-14");
  await expect(page.getByLabel("Article text")).toHaveValue(
    "An apple orchard planted in 1902 on Pell Island was added to the state heritage register on Tuesday, the Island Historical Society said.",
  );

  // From a paste: the title and date come from its first lines.
  await page.goto("/articles");
  await page.getByRole("tab", { name: "Paste" }).click();
  await page
    .getByLabel("Article text")
    .fill(
      "Cider orchard on Pell Island wins heritage status\n\nSeptember 14, 2022\n\n" +
        "An apple orchard planted in 1902 on Pell Island was added to the state heritage register on Tuesday, the Island Historical Society said.\n\n" +
        "The orchard holds 212 trees of 31 old varieties, among them the Pell Russet, which grows nowhere else. Society president Mara Lindqvist said the listing protects the land from building for at least 50 years.",
    );
  await expect(page.getByLabel("Title")).toHaveValue("Cider orchard on Pell Island wins heritage status");
  await expect(page.getByLabel("Published on (optional)")).toHaveValue("2022-09-14");
  await expect(page.getByText("Detected from the text: edit it if it is wrong.")).toBeVisible();
  await saveAndSeeCards(page, "Cider orchard on Pell Island wins heritage status");

  await page.goto("/articles");
  for (const title of ["Millbrook footbridge reopens", "Pell Island ferry adds winter crossings", "Cider orchard on Pell Island wins heritage status"]) {
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  }
});

test("a bad link or file gets a clear message and fills nothing", async ({ page }) => {
  await signUp(page, uniqueEmail("badlink"));
  await page.goto("/articles");
  const link = page.getByLabel("Link to the article");

  await link.fill("http://10.0.0.1/admin");
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByText("That link leads to 10.0.0.1, a private network address: NewsDeck does not fetch from such addresses.")).toBeVisible();
  await expect(link).toHaveAttribute("aria-invalid", "true");

  await link.fill(site.url("/redirect-to?to=http://169.254.169.254/latest/meta-data/"));
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByText(/169\.254\.169\.254, a cloud metadata address/)).toBeVisible();

  await link.fill(site.url("/missing"));
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByText("The page was not found (HTTP 404). Check the link.")).toBeVisible();

  await link.fill(site.url("/index.html"));
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByText(/No article text was found on that page/)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("");
  await expect(page.getByLabel("Article text")).toHaveValue("");

  await page.getByRole("tab", { name: "File" }).click();
  await page.getByLabel("Article file").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByText("This file is a PDF, not a .txt text file, whatever its name says.")).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue("");

  await page.getByLabel("Article file").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: makePdf([null]) });
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByText(/This PDF has no text layer: it looks like scanned pages/)).toBeVisible();

});

test("files at the size limit: 9 MB reaches the server, over 10 MB is refused before it is sent", async ({ page }) => {
  await signUp(page, uniqueEmail("bigfile"));
  await page.goto("/articles");
  await page.getByRole("tab", { name: "File" }).click();
  // The upload limit is above 10 MB; the text is refused for its length.
  await page.getByLabel("Article file").setInputFiles({ name: "long.txt", mimeType: "text/plain", buffer: Buffer.alloc(9 * 1024 * 1024, "word ") });
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByText(/The article's text is 9,437,18\d characters long; the limit is 200,000\./)).toBeVisible({ timeout: 30_000 });
  // One over 10 MB is refused before it is sent.
  await page.getByLabel("Article file").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, "a") });
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByText("The file is larger than 10 MB, the limit for a file.")).toBeVisible();
});
