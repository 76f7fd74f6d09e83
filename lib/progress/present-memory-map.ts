import { State } from "ts-fsrs";
import { formatInterval } from "../scheduling/format-interval";
import type { TMemoryMap, TMemoryMapCard } from "./build-memory-map";
import { describeMemoryMark, type TMemoryBand } from "./describe-memory-mark";
import { formatPercent } from "./format-percent";

export type TMemoryCardView = {
  id: string;
  prompt: string;
  answer: string;
  /** "new", "learning", "review" or "relearning", and "suspended" after it when suspended. */
  state: string;
  /** ISO time, for <time dateTime>. */
  dueIso: string;
  /** "due in 3d", "due now", "overdue by 2d"; "—" for a new card (it waits in the new queue). */
  due: string;
  /** "84 %" or "not yet studied". */
  recall: string;
};

export type TMemorySegmentView =
  | { kind: "text"; text: string; start: number }
  | { kind: "mark"; key: string; start: number; text: string; band: TMemoryBand; label: string; cards: TMemoryCardView[] };

export type TMemoryMapView = { paragraphs: TMemorySegmentView[][]; unplaced: TMemoryCardView[] };

const STATE_NAMES: Record<State, string> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

/**
 * The memory map as plain, serialisable words for the page (a client component shows it, so nothing here
 * depends on the browser's clock or time zone: due times are relative to `now`).
 *
 * @example
 * presentMemoryMap(buildMemoryMap(text, cards, now), now).paragraphs[0][1];
 * // { kind: "mark", band: "fading", label: "recall 84 %", cards: [{ state: "review", due: "due in 3d", recall: "84 %", … }] }
 */
export function presentMemoryMap(map: TMemoryMap, now: Date): TMemoryMapView {
  const card = (c: TMemoryMapCard): TMemoryCardView => ({
    id: c.id,
    prompt: c.prompt,
    answer: c.answer,
    state: `${STATE_NAMES[c.state] ?? "unknown"}${c.suspended ? ", suspended" : ""}`,
    dueIso: c.due.toISOString(),
    due: describeDue(c, now),
    recall: c.recall === null ? "not yet studied" : formatPercent(c.recall),
  });
  return {
    paragraphs: map.paragraphs.map((segments) =>
      segments.map((s) =>
        s.kind === "text" ? s : { kind: "mark", key: s.key, start: s.start, text: s.text, ...describeMemoryMark(s), cards: s.cards.map(card) },
      ),
    ),
    unplaced: map.unplaced.map(card),
  };
}

function describeDue(c: TMemoryMapCard, now: Date): string {
  if (c.state === State.New) return "—";
  const ms = c.due.getTime() - now.getTime();
  if (Math.abs(ms) < 60_000) return "due now";
  return ms > 0 ? `due in ${formatInterval(ms)}` : `overdue by ${formatInterval(-ms)}`;
}
