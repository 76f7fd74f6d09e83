/** One group of a reader's card states of one article, as the library's SQL counts them. */
export type TCardCountRow = {
  articleId: string;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  suspended: boolean;
  n: number;
  /** Of these, cards due now (studied, not buried). */
  dueNow: number;
  /** Earliest due time of these cards once studied; null for new cards. */
  nextDue: Date | null;
};

/** An article's cards as the library shows them: unsuspended cards by queue, and the reader's progress. */
export type TCardCounts = {
  /** Every card of the reader's in this article, suspended ones included. */
  total: number;
  new: number;
  /** Learning and relearning. */
  learning: number;
  review: number;
  suspended: number;
  /** Learning and review cards due now. */
  due: number;
  /** Cards answered at least once (not new), suspended ones included: progress is studied / total. */
  studied: number;
  /** When the next studied, unsuspended card falls due (now or later); null when none. */
  nextDue: Date | null;
};

export const NO_CARDS: TCardCounts = { total: 0, new: 0, learning: 0, review: 0, suspended: 0, due: 0, studied: 0, nextDue: null };

/**
 * Folds per-state groups of card states into each article's counts.
 *
 * @example
 * foldCardCounts([{ articleId: "a", state: 2, suspended: false, n: 3, dueNow: 1, nextDue: d }]).get("a")
 * // { total: 3, new: 0, learning: 0, review: 3, suspended: 0, due: 1, studied: 3, nextDue: d }
 */
export function foldCardCounts(rows: readonly TCardCountRow[]): Map<string, TCardCounts> {
  const out = new Map<string, TCardCounts>();
  for (const r of rows) {
    const c = out.get(r.articleId) ?? { ...NO_CARDS };
    c.total += r.n;
    if (r.state !== 0) c.studied += r.n;
    if (r.suspended) {
      c.suspended += r.n;
    } else {
      if (r.state === 0) c.new += r.n;
      else if (r.state === 2) c.review += r.n;
      else c.learning += r.n;
      if (r.state !== 0) {
        c.due += r.dueNow;
        if (r.nextDue && (!c.nextDue || r.nextDue < c.nextDue)) c.nextDue = r.nextDue;
      }
    }
    out.set(r.articleId, c);
  }
  return out;
}
