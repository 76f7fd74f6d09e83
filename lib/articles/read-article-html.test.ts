import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { readArticleHtml } from "./read-article-html";
import { readPageMetadata, type PageMetadata } from "./read-page-metadata";

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "e2e/fixtures/pages", name), "utf8");
const PARAGRAPHS = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story says the council voted on the repair of the old bridge and the mayor spoke about its cost and its history at length.</p>`).join("");

describe("readArticleHtml", () => {
  test("keeps the article of a page and drops navigation, banners, footers and scripts", () => {
    const article = readArticleHtml(fixture("footbridge.html"));
    expect(article).not.toBeNull();
    expect(article).toMatchObject({ title: "Millbrook reopens its iron footbridge after two-year repair", byline: "Ruth Okafor", publishedAt: "2023-12-18" });
    expect(article!.text).toContain("The bridge, built in 1887 by the Keystone Bridge Company, carries about 3,000 walkers a day");
    for (const gone of ["Home", "cookies", "Privacy", "Injected by a script", "never run by the reader"]) expect(article!.text).not.toContain(gone);
    // One paragraph per block.
    expect(article!.text.split("\n\n").some((p) => p.startsWith("Hartwell said the state paid 80 percent"))).toBe(true);
  });

  test("reads JSON-LD metadata inside @graph and skips broken JSON-LD", () => {
    const article = readArticleHtml(fixture("orchard.html"));
    expect(article).toMatchObject({ title: "Cider orchard on Pell Island wins heritage status", byline: "Tomas Varga", publishedAt: "2022-09-14" });
    expect(article!.text).toMatch(/^An apple orchard planted in 1902/);
  });

  test.each([
    ["a section front with links only", fixture("index.html")],
    ["an empty page", "<html><body></body></html>"],
    ["a short note", "<html><body><p>Back soon.</p></body></html>"],
    ["a page with more elements than Readability is allowed to walk", `<article>${PARAGRAPHS}${"<span>x</span>".repeat(40_000)}</article>`],
  ])("finds no article in %s", (_name, html) => {
    expect(readArticleHtml(html)).toBeNull();
  });

  test("takes an HTML fragment, falls back to <title>, and keeps <br> as a line end", () => {
    const article = readArticleHtml(`<title>Bridge vote</title><div><p>First line<br>second line of the opening paragraph.</p>${PARAGRAPHS}</div>`);
    expect(article?.title).toBe("Bridge vote");
    expect(article?.text).toMatch(/^First line\nsecond line/);
  });

  test("script and markup in the text come out as text, never as elements", () => {
    const article = readArticleHtml(`<article><p>The mayor wrote &lt;script&gt;alert(1)&lt;/script&gt; on the board.</p>${PARAGRAPHS}</article>`);
    expect(article?.text).toContain("The mayor wrote <script>alert(1)</script> on the board.");
  });
});

describe("readPageMetadata", () => {
  const doc = (head: string, body = "") => parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

  test.each<[string, string, string, PageMetadata]>([
    ["Open Graph", '<meta property="og:title" content=" Bridge  reopens "><meta property="article:published_time" content="2023-12-18T23:30:00-05:00">', "", { title: "Bridge reopens", publishedAt: "2023-12-18" }],
    ["twitter and name=author", '<meta name="twitter:title" content="Bridge"><meta name="author" content="By Ruth Okafor">', "", { title: "Bridge", byline: "Ruth Okafor" }],
    ["an article:author URL is not a byline", '<meta property="article:author" content="https://example.test/ruth">', "", {}],
    ["JSON-LD with an author list", '<script type="application/ld+json">[{"@type":"NewsArticle","headline":"H","datePublished":"2021-03-04","author":[{"name":"A"},"B"]}]</script>', "", { title: "H", byline: "A, B", publishedAt: "2021-03-04" }],
    ["Dublin Core date", '<meta name="DC.date.issued" content="2020-05-06">', "", { publishedAt: "2020-05-06" }],
    ["itemprop datePublished", '<meta itemprop="datePublished" content="2019-01-02T00:00:00Z">', "", { publishedAt: "2019-01-02" }],
    ["a time element marked as published", "", '<time datetime="2018-07-08">x</time><time itemprop="datePublished" datetime="2018-07-09">y</time>', { publishedAt: "2018-07-09" }],
    ["the first time element in the article", "", '<article><p>x</p><time datetime="2017-11-12T10:00">Nov 12</time></article>', { publishedAt: "2017-11-12" }],
    ["a time element with text only", "", "<article><time>December 19, 2023</time></article>", { publishedAt: "2023-12-19" }],
    ["og:site_name", '<meta property="og:site_name" content="The Valley Ledger">', "", { siteName: "The Valley Ledger" }],
    ["nothing", "<title>Only a title</title>", "", {}],
  ])("%s", (_name, head, body, expected) => {
    expect(readPageMetadata(doc(head, body))).toEqual(expected);
  });
});
