import type { GeneratedCard } from "../types";
import { auditDeck, type AuditFault } from "./audit-deck";

/** A fact a reader of the article should remember, written from the article before any deck was looked at. */
export interface KeyFact {
  fact?: string;
  /** Words a card asking this fact must show (any one of them). */
  cues: string[];
  /** What the reader must answer (any one of them). */
  answers: string[];
}

export interface DeckEvaluation {
  /** Cards in the deck (suggestions are not counted anywhere here). */
  cards: number;
  suggestions: number;
  cardsPer100Words: number;
  coverage: number;
  missed: KeyFact[];
  /** Share of deck cards the independent audit flags. */
  faultRate: number;
  faults: { prompt: string; answer: string; faults: AuditFault[] }[];
  maxPerSentence: number;
}

/**
 * Scores a deck against hand-written key facts. A fact is covered by a deck card whose prompt shows one of its cues
 * and whose answer (or an alias) holds one of its answers, or the reverse (the prompt shows the answer and the card
 * answers with the cue), case-insensitively. Only the deck counts, never the suggestions, so that making more cards
 * can raise coverage only by putting them before the reader. Faults come from {@link auditDeck}, which shares no code
 * with the generator's own filter.
 *
 * @example
 * evaluateDeck(cards, text, title, [{ cues: ["Ken Gause"], answers: ["Center for Naval Analyses"] }]).coverage // 1
 */
export function evaluateDeck(all: GeneratedCard[], text: string, title: string, facts: KeyFact[]): DeckEvaluation {
  const cards = all.filter((c) => !c.suggested);
  const lower = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ");
  const covers = (c: GeneratedCard, f: KeyFact) => {
    const prompt = lower(c.prompt);
    const answers = [c.answer, ...c.aliases].map(lower);
    const forward = f.cues.some((q) => prompt.includes(lower(q))) && f.answers.some((a) => answers.some((x) => x.includes(lower(a))));
    const reverse = f.answers.some((a) => prompt.includes(lower(a))) && f.cues.some((q) => answers.some((x) => x.includes(lower(q))));
    return forward || reverse;
  };
  const missed = facts.filter((f) => !cards.some((c) => covers(c, f)));
  const audited = auditDeck(cards, text, title);
  const flagged = audited.filter((x) => x.faults.length > 0);
  const perSentence = new Map<number, number>();
  for (const c of cards) perSentence.set(c.source.start, (perSentence.get(c.source.start) ?? 0) + 1);
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    cards: cards.length,
    suggestions: all.length - cards.length,
    cardsPer100Words: (cards.length * 100) / Math.max(1, words),
    coverage: facts.length === 0 ? 1 : (facts.length - missed.length) / facts.length,
    missed,
    faultRate: cards.length === 0 ? 0 : flagged.length / cards.length,
    faults: flagged.map((x) => ({ prompt: x.card.prompt, answer: x.card.answer, faults: x.faults })),
    maxPerSentence: Math.max(0, ...perSentence.values()),
  };
}
