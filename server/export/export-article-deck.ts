import "server-only";

import { buildAnkiCollection } from "@/lib/export/build-anki-collection";
import { buildDeckCsv } from "@/lib/export/build-deck-csv";
import { makeSlug } from "@/lib/export/make-slug";
import type { TExportArticleSchema } from "@/lib/validations/export";
import { writeApkg } from "@/server/export/write-apkg";
import { getExportDeck } from "@/server/queries/get-export-deck";

export type ExportFile = { body: Uint8Array<ArrayBuffer>; contentType: string; filename: string };

/**
 * A reader's deck of one article as a file to download: an Anki package or CSV, named after the article
 * ("newsdeck-<slug>.apkg"). Throws NOT_FOUND for an article that is missing or another reader's.
 */
export async function exportArticleDeck(userId: string, { articleId, format }: TExportArticleSchema, now: Date): Promise<ExportFile> {
  const { article, cards } = await getExportDeck(userId, articleId);
  const name = `newsdeck-${makeSlug(article.title)}`;
  if (format === "apkg") {
    return { body: writeApkg(buildAnkiCollection(article, cards, now)), contentType: "application/apkg", filename: `${name}.apkg` };
  }
  return { body: new TextEncoder().encode(buildDeckCsv(article, cards)), contentType: "text/csv; charset=utf-8", filename: `${name}.csv` };
}
