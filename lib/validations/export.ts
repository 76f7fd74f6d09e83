import { z } from "./zod";

/** The query of an article's export download: which article, and as what. */
export const ZExportArticleSchema = z.object({
  articleId: z.string().trim().min(1, "Which article?").max(100, "That article does not exist."),
  format: z.enum(["apkg", "csv"], { error: "format must be apkg or csv." }),
});
export type TExportArticleSchema = z.infer<typeof ZExportArticleSchema>;
