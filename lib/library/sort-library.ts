import type { TCardCounts } from "./fold-card-counts";

export const LIBRARY_SORTS = ["added", "studied", "due"] as const;
export type TLibrarySort = (typeof LIBRARY_SORTS)[number];

/** What sorting needs of an article of the library. */
export type TSortableArticle = {
  title: string;
  /** When the reader added it (their enrolment; for an article they never enrolled in, its creation). */
  addedAt: Date;
  /** Their latest graded review of one of its cards; null when never. */
  lastStudiedAt: Date | null;
  counts: TCardCounts;
};

const byTitle = (a: TSortableArticle, b: TSortableArticle) => a.title.localeCompare(b.title, "en");
const newest = (a: Date | null, b: Date | null) => (b?.getTime() ?? -Infinity) - (a?.getTime() ?? -Infinity);

/**
 * The library in the order the reader chose: `added` newest first; `studied` most recently studied first,
 * never-studied ones last; `due` most cards due now first, then the soonest next due, articles with nothing
 * studied last. Ties go by title, so the order is stable.
 *
 * @example
 * sortLibrary(articles, "due").map((a) => a.title) // ["Budget (4 due)", "Ferry (1 due)", "Bridge (due tomorrow)", "New one"]
 */
export function sortLibrary<T extends TSortableArticle>(articles: readonly T[], sort: TLibrarySort): T[] {
  const compare: (a: T, b: T) => number =
    sort === "studied"
      ? (a, b) => newest(a.lastStudiedAt, b.lastStudiedAt)
      : sort === "due"
        ? (a, b) => b.counts.due - a.counts.due || (a.counts.nextDue?.getTime() ?? Infinity) - (b.counts.nextDue?.getTime() ?? Infinity)
        : (a, b) => newest(a.addedAt, b.addedAt);
  return [...articles].sort((a, b) => compare(a, b) || byTitle(a, b));
}
