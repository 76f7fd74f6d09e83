import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makePdf } from "@/e2e/fixtures/make-pdf";
import { startFixtureSite, type FixtureSite } from "@/e2e/fixtures/fixture-site";
import { AppError } from "@/lib/errors/app-error";
import { readArticleFile } from "@/server/articles/read-article-file";
import { readLink } from "@/server/articles/read-link";

const NOW = new Date("2024-01-10T12:00:00Z");
const fixture = (name: string) => readFileSync(path.join(process.cwd(), "e2e/fixtures/pages", name));
const file = (name: string, content: string | Buffer | Uint8Array) => ({ name, bytes: typeof content === "string" ? Buffer.from(content) : content });

async function message(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).message;
}

describe("readLink", () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite();
  });
  afterAll(async () => {
    await site.close();
  });
  const options = { allowHosts: ["127.0.0.1"] };

  test("reads an article page after redirects: title, byline, date, text and the final link", async () => {
    const draft = await readLink(site.url("/redirect/2"), NOW, options);
    expect(draft).toMatchObject({
      title: "Millbrook reopens its iron footbridge after two-year repair",
      byline: "Ruth Okafor",
      publishedAt: "2023-12-18",
      sourceUrl: site.url("/footbridge.html"),
    });
    expect(draft.text).toMatch(/^The town of Millbrook reopened its iron footbridge/);
    expect(draft.text).not.toContain("cookies");
  });

  test("reads a plain-text page, taking its title and date lines out of the text", async () => {
    const draft = await readLink(site.url("/ferry.txt"), NOW, options);
    expect(draft).toMatchObject({ title: "Pell Island ferry adds winter crossings", publishedAt: "2023-12-04" });
    expect(draft.text).toMatch(/^The Pell Island ferry will run three crossings/);
  });

  test("a page without article text", async () => {
    expect(await message(readLink(site.url("/index.html"), NOW, options))).toMatch(/No article text was found on that page/);
  });
});

describe("readArticleFile", () => {
  test("a .txt file", async () => {
    const draft = await readArticleFile(file("ferry.txt", fixture("ferry.txt")), NOW);
    expect(draft).toMatchObject({ title: "Pell Island ferry adds winter crossings", publishedAt: "2023-12-04", sourceUrl: "" });
    expect(draft.text).toMatch(/^The Pell Island ferry/);
  });

  test("a .md file: syntax stripped, heading as title, dateline as date", async () => {
    const draft = await readArticleFile(file("ferry.md", fixture("ferry.md")), NOW);
    expect(draft.title).toBe("Pell Island ferry adds winter crossings");
    expect(draft.publishedAt).toBe("2023-12-04");
    expect(draft.text).toMatch(/^PORTLAND, Maine, Dec\. 4 \(Harbor Weekly\) - The Pell Island ferry will run/);
    expect(draft.text).not.toMatch(/[*#[\]!]|https:|osprey\.jpg/);
  });

  test("an .html file through Readability", async () => {
    const draft = await readArticleFile(file("story.HTML", fixture("orchard.html")), NOW);
    expect(draft).toMatchObject({ title: "Cider orchard on Pell Island wins heritage status", publishedAt: "2022-09-14", byline: "Tomas Varga" });
  });

  test("a text PDF: lines reflowed into paragraphs, title and date from the text", async () => {
    const pdf = makePdf(
      [
        ["Pell Island ferry adds winter crossings", "", "December 4, 2023", "", "The Pell Island ferry will run three crossings a day through", "the winter for the first time, the authority said on Monday."],
        ["The new vessel carries 120 passengers and cost $9.8 million."],
      ],
      { creationDate: "D:20240105120000Z" },
    );
    const draft = await readArticleFile(file("ferry.pdf", pdf), NOW);
    expect(draft).toMatchObject({ title: "Pell Island ferry adds winter crossings", publishedAt: "2023-12-04" });
    expect(draft.text).toBe(
      "The Pell Island ferry will run three crossings a day through the winter for the first time, the authority said on Monday.\n\nThe new vessel carries 120 passengers and cost $9.8 million.",
    );
  });

  test("a PDF's Info title and creation day when the text names none", async () => {
    const pdf = makePdf([["The ferry will run three crossings a day through the winter, the authority said."]], { title: "Ferry news", creationDate: "D:20231130" });
    expect(await readArticleFile(file("f.pdf", pdf), NOW)).toMatchObject({ title: "Ferry news", publishedAt: "2023-11-30" });
  });

  test.each<[string, string | Buffer, RegExp]>([
    ["scan.pdf", makePdf([null, null]), /no text layer: it looks like scanned pages/],
    ["fake.pdf", "just text pretending", /not a PDF/],
    ["broken.pdf", "%PDF-1.4\nnothing else", /This PDF could not be read/],
    ["empty.txt", "", /The file is empty/],
    ["notes.docx", "text", /Only \.txt, \.md, \.html and \.pdf/],
    ["noext", "text", /Only \.txt, \.md, \.html and \.pdf/],
    ["binary.txt", Buffer.from([0x41, 0x00, 0x42, 0x43]), /binary data/],
    ["controls.md", Buffer.from("a\u0001b\u0002c\u0003d\u0004e", "latin1"), /binary data/],
    ["report.txt", makePdf([["Hello"]]), /This file is a PDF, not a \.txt text file/],
    ["photo.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /PNG image/],
    ["page.html", "Just words, no markup at all, in a file named .html.", /holds no HTML/],
    ["front.html", fixture("index.html"), /No article text was found in this HTML file/],
    ["blank.txt", "   \n\n  ", /No article text was found/],
  ])("refuses %s", async (name, content, expected) => {
    expect(await message(readArticleFile(file(name, content), NOW))).toMatch(expected);
  });

  test("refuses a file over 10 MB", async () => {
    expect(await message(readArticleFile(file("big.txt", Buffer.alloc(10 * 1024 * 1024 + 1, "a")), NOW))).toMatch(/larger than 10 MB/);
  });

  test("refuses text over the article limit", async () => {
    expect(await message(readArticleFile(file("long.txt", "word ".repeat(50_000)), NOW))).toMatch(/limit is 200,000/);
  });

  test("reads a Windows-1252 text file", async () => {
    const bytes = Buffer.from("Caf\u00e9 owners met on Monday.\nThe caf\u00e9 will stay open.", "latin1");
    expect((await readArticleFile(file("cafe.txt", bytes), NOW)).text).toContain("Café owners");
  });
});
