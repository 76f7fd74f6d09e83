import { z } from "zod";

export const MAX_ARTICLE_CHARS = 200_000;

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
    .refine((v) => !v || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "Use a date like 2023-12-19.")
    .transform((v) => (v ? new Date(`${v}T12:00:00Z`) : undefined)),
});
export type TCreateArticleSchema = z.infer<typeof ZCreateArticleSchema>;
