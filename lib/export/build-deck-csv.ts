import type { ExportArticle, ExportCard } from "./build-anki-collection";
import { formatCsvRow } from "./format-csv-row";
import { makeSlug } from "./make-slug";

export const DECK_CSV_HEADER = ["prompt", "answer", "source_sentence", "article_title", "tags"] as const;

/**
 * A reader's deck of one article as CSV (RFC 4180, UTF-8 without a byte order mark, CRLF line ends): a
 * header, then one record per card with its prompt (a cloze keeps its "_____" blank), answer, source
 * sentence, the article's title, and its tags separated by spaces as Anki's CSV import reads them.
 *
 * @example
 * buildDeckCsv({ id: "a1", title: "Budget" }, cards)
 * // "prompt,answer,source_sentence,article_title,tags\r\nIt cost _____.,$4,It cost $4.,Budget,newsdeck budget\r\n"
 */
export function buildDeckCsv(article: ExportArticle, cards: readonly ExportCard[]): string {
  const tags = `newsdeck ${makeSlug(article.title)}`;
  return [DECK_CSV_HEADER, ...cards.map((c) => [c.prompt, c.answer, c.sourceSentence, article.title, tags])].map(formatCsvRow).join("");
}
