import { z } from "./zod";
import { isoDay } from "@/lib/articles/iso-day";

export const MAX_ARTICLE_CHARS = 200_000;

const isDayKey = (v: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m !== null && isoDay(Number(m[1]), Number(m[2]), Number(m[3])) === v;
};

export const ZCreateArticleSchema = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(300, "Keep the title under 300 characters."),
  text: z
    .string()
    .trim()
    .min(1, "Paste the article's text.")
    .max(MAX_ARTICLE_CHARS, `That is more than ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters: paste one article at a time.`),
  sourceUrl: z
    .string()
    .trim()
    .max(2000, "That link is too long.")
    .refine((v) => v === "" || /^https?:\/\/\S+$/i.test(v), "A link must start with http:// or https://.")
    .optional()
    .transform((v) => (v ? v : undefined)),
  publishedAt: z
    .string()
    .trim()
    .optional()
    // A real calendar day (not 2023-06-31, which Date would roll over to July 1) in a plausible year.
    .refine((v) => !v || isDayKey(v), "Use a date like 2023-12-19.")
    .transform((v) => (v ? new Date(`${v}T12:00:00Z`) : undefined)),
});
export type TCreateArticleSchema = z.infer<typeof ZCreateArticleSchema>;

/** Largest file a reader may add, in bytes. */
export const MAX_ARTICLE_FILE_BYTES = 10 * 1024 * 1024;
/** The kinds of file an article can come from, by extension. */
export const ARTICLE_FILE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".pdf"] as const;

/** The extension of a file name, lower-case with its dot ("" when there is none). */
export function fileExtension(name: string): string {
  const match = /\.[a-z0-9]+$/i.exec(name.trim());
  return match ? match[0].toLowerCase() : "";
}

export const ZReadLinkSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Paste the link to an article.")
    .max(2000, "That link is too long.")
    .refine((v) => /^https?:\/\/\S+$/i.test(v), "A link must start with http:// or https://."),
});
export type TReadLinkSchema = z.infer<typeof ZReadLinkSchema>;

export const ZReadFileSchema = z.object({
  file: z
    .instanceof(File, { message: "Choose a file to read." })
    .refine((f) => (ARTICLE_FILE_EXTENSIONS as readonly string[]).includes(fileExtension(f.name)), "Only .txt, .md, .html and .pdf files can be added.")
    .refine((f) => f.size > 0, "The file is empty.")
    .refine((f) => f.size <= MAX_ARTICLE_FILE_BYTES, "The file is larger than 10 MB, the limit for a file."),
});
export type TReadFileSchema = z.infer<typeof ZReadFileSchema>;

/** An article read from a link or a file, for the reader to check before saving it. */
export interface ArticleDraft {
  title: string;
  /** YYYY-MM-DD or "" */
  publishedAt: string;
  byline: string;
  sourceUrl: string;
  text: string;
}
