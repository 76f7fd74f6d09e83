import "server-only";

import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { detectTextMeta } from "@/lib/articles/detect-text-meta";
import { isoDay } from "@/lib/articles/iso-day";
import { makeArticleDraft } from "@/lib/articles/make-article-draft";
import { readArticleHtml } from "@/lib/articles/read-article-html";
import { reflowPdfText } from "@/lib/articles/reflow-pdf-text";
import { stripMarkdown } from "@/lib/articles/strip-markdown";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { ARTICLE_FILE_EXTENSIONS, fileExtension, MAX_ARTICLE_FILE_BYTES, type ArticleDraft } from "@/lib/validations/article";

const invalid = (message: string) => new AppError(AppErrorCode.INVALID_INPUT, { message });

/** Magic numbers of files that are not text, whatever their name says. */
const SIGNATURES: [string, number[]][] = [
  ["a PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a ZIP archive or an Office document", [0x50, 0x4b, 0x03, 0x04]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
];

/**
 * Reads an uploaded article: .txt and .md (Markdown stripped to its words) as text, .html through the same
 * Readability path as a link, .pdf through its text layer (unpdf, PDF.js). The content must match the
 * extension: a PDF must start like one, a text file must decode as text and not be binary. Nothing is saved.
 */
export async function readArticleFile(file: { name: string; bytes: Uint8Array }, now: Date): Promise<ArticleDraft> {
  const ext = fileExtension(file.name);
  if (!(ARTICLE_FILE_EXTENSIONS as readonly string[]).includes(ext)) throw invalid("Only .txt, .md, .html and .pdf files can be added.");
  if (file.bytes.length === 0) throw invalid("The file is empty.");
  if (file.bytes.length > MAX_ARTICLE_FILE_BYTES) throw new AppError(AppErrorCode.LIMIT_EXCEEDED, { message: "The file is larger than 10 MB, the limit for a file." });

  if (ext === ".pdf") return readPdf(file.bytes, now);

  const text = decodeText(file.bytes, ext);
  if (ext === ".html" || ext === ".htm") {
    if (!/<(?:!doctype\s+html|html|head|body|p|div|article|main|h[1-6])[\s>]/i.test(text)) throw invalid("This .html file holds no HTML.");
    const article = readArticleHtml(text);
    if (!article) throw invalid("No article text was found in this HTML file. Paste the article's text instead.");
    return makeArticleDraft(article, { plain: false }, now);
  }
  if (ext === ".md" || ext === ".markdown") {
    const { text: plain, title, publishedAt } = stripMarkdown(text);
    return makeArticleDraft({ text: plain, title, publishedAt }, { plain: true }, now);
  }
  return makeArticleDraft({ text }, { plain: true }, now);
}

function decodeText(bytes: Uint8Array, ext: string): string {
  for (const [what, magic] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) throw invalid(`This file is ${what}, not a ${ext} text file, whatever its name says.`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw invalid(`This file holds binary data, not ${ext} text.`);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > Math.max(2, text.length * 0.01)) throw invalid(`This file holds binary data, not ${ext} text.`);
  return text.replace(/^\uFEFF/, "");
}

async function readPdf(bytes: Uint8Array, now: Date): Promise<ArticleDraft> {
  if (!SIGNATURES[0][1].every((b, i) => bytes[i] === b)) throw invalid("This file is not a PDF, whatever its name says.");
  let pages: string[];
  let info: Record<string, unknown> = {};
  try {
    // PDF.js may take the buffer over; give it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
    info = ((await getMeta(pdf)).info ?? {}) as Record<string, unknown>;
    await pdf.destroy();
  } catch (error) {
    const reason = (error as { name?: string })?.name === "PasswordException" ? "it is protected by a password" : "it may be damaged";
    throw invalid(`This PDF could not be read: ${reason}.`);
  }
  const text = reflowPdfText(pages);
  if (text.replace(/\s+/g, "").length < 20) {
    throw invalid("This PDF has no text layer: it looks like scanned pages, which NewsDeck cannot read. Use a PDF with selectable text, or paste the text.");
  }
  const title = typeof info.Title === "string" && info.Title.trim() ? info.Title.trim() : undefined;
  const created = typeof info.CreationDate === "string" ? /^D:(\d{4})(\d{2})(\d{2})/.exec(info.CreationDate) : null;
  // The file's creation day only when the text names no date: it is often the day of the export.
  const publishedAt = detectTextMeta(text, now).publishedAt ?? (created ? isoDay(Number(created[1]), Number(created[2]), Number(created[3])) : undefined);
  return makeArticleDraft({ text, title, publishedAt }, { plain: true }, now);
}
