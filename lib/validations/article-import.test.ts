import { describe, expect, test } from "vitest";
import { fileExtension, ZReadFileSchema, ZReadLinkSchema } from "./article";

describe("ZReadLinkSchema", () => {
  test.each<[string, string | null]>([
    ["https://example.com/story", null],
    ["  http://example.com/a?b=c  ", null],
    ["", "Paste the link to an article."],
    ["example.com/story", "A link must start with http:// or https://."],
    ["javascript:alert(1)", "A link must start with http:// or https://."],
    ["file:///etc/passwd", "A link must start with http:// or https://."],
    [`https://example.com/${"a".repeat(2000)}`, "That link is too long."],
  ])("%j", (url, message) => {
    const result = ZReadLinkSchema.safeParse({ url });
    expect(result.success ? null : result.error.issues[0].message).toBe(message);
  });
});

describe("ZReadFileSchema", () => {
  const file = (name: string, size: number) => new File([new Uint8Array(size)], name);
  test.each<[string, unknown, string | null]>([
    ["a .md file", file("story.md", 10), null],
    ["an upper-case .PDF", file("STORY.PDF", 10), null],
    ["no file", undefined, "Choose a file to read."],
    ["a string instead of a file", "story.txt", "Choose a file to read."],
    ["an empty file", file("story.txt", 0), "The file is empty."],
    ["a .docx", file("story.docx", 10), "Only .txt, .md, .html and .pdf files can be added."],
    ["a file over 10 MB", file("story.txt", 10 * 1024 * 1024 + 1), "The file is larger than 10 MB, the limit for a file."],
  ])("%s", (_name, value, message) => {
    const result = ZReadFileSchema.safeParse({ file: value });
    expect(result.success ? null : result.error.issues[0].message).toBe(message);
  });

  test.each([
    ["a.TXT", ".txt"],
    ["archive.tar.gz", ".gz"],
    ["noext", ""],
    ["story.md ", ".md"],
  ])("fileExtension(%j) = %j", (name, ext) => {
    expect(fileExtension(name)).toBe(ext);
  });
});
