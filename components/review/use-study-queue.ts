"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { loadStudyAction } from "@/app/(app)/study/actions";
import { countLocalQueue } from "@/lib/scheduling/count-local-queue";
import { isHeldQueueFresh } from "@/lib/scheduling/is-held-queue-fresh";
import { pickNextCard } from "@/lib/scheduling/pick-next-card";
import { settleGradedCard } from "@/lib/scheduling/settle-graded-card";
import type { StudyCard, StudyState } from "@/server/queries/get-study-state";
import type { RequeuedStudyCard } from "@/server/services/grade-study-card";

/**
 * The review page's queue: the first cards of the server's queue (see getStudyState), the card showing,
 * and the counts. After a grade the page picks the next card from the cards it holds (pickNextCard, the
 * server's rule) while they are fresh (isHeldQueueFresh), and otherwise asks the server again.
 */
export function useStudyQueue(initial: StudyState) {
  const [study, setStudy] = useState(initial);
  const [card, setCard] = useState<StudyCard | null>(initial.cards[0] ?? null);
  // When the page picked the current card from those it holds (null: the server's counts are current).
  const [pickedAt, setPickedAt] = useState<Date | null>(null);
  // When the held cards came from the server.
  const fetchedAt = useRef(new Date(0));

  // The cards the page was rendered with were fetched about now.
  useEffect(() => {
    fetchedAt.current = new Date();
  }, []);

  /** The server's queue replaces what the page holds; its first card is next (e.g. the card just undone). */
  const replace = useCallback((state: StudyState) => {
    fetchedAt.current = new Date();
    setStudy(state);
    setCard(state.cards[0] ?? null);
    setPickedAt(null);
  }, []);

  /**
   * After a grade of `graded`: it leaves the held cards (or comes back later today as `requeue`), so do its
   * held siblings, and the next card is picked from those held, or the server's queue is loaded. Returns
   * the message to show when that load failed, else null.
   */
  const afterGrade = useCallback(
    async (graded: StudyCard, requeue: RequeuedStudyCard | null, counted: boolean): Promise<string | null> => {
      const held = { ...study, cards: settleGradedCard(study.cards, graded, requeue), reviewedToday: study.reviewedToday + (counted ? 1 : 0) };
      const now = new Date();
      const next = isHeldQueueFresh(fetchedAt.current, now) ? pickNextCard(held.cards, held.remainder, now) : null;
      if (next) {
        setStudy(held);
        setCard(next);
        setPickedAt(now);
        return null;
      }
      const res = await loadStudyAction({});
      if (res.ok) {
        replace(res.data.state);
        return null;
      }
      setStudy(held);
      setCard(null);
      return res.message;
    },
    [study, replace],
  );

  const counts = pickedAt ? countLocalQueue(study.cards, study.remainder, pickedAt) : study.counts;
  return { study, card, counts, replace, afterGrade };
}
