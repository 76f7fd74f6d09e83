import type { CardFault } from "../check-card";
import { checkDeck } from "../check-deck";
import type { GeneratedCard } from "../types";

export interface KeyFact {
  cue: string;
  answer: string;
}

export interface DeckEvaluation {
  cards: number;
  coverage: number;
  missed: KeyFact[];
  faultRate: number;
  faults: { prompt: string; answer: string; faults: CardFault[] }[];
}

/**
 * Scores a deck against hand-written key facts: coverage is the share of facts with a card whose prompt holds the
 * cue and whose answer (or an alias) holds the fact's answer, case-insensitively; the fault rate is the share of
 * cards {@link checkDeck} flags.
 *
 * @example
 * evaluateDeck(cards, text, [{ cue: "Ken Gause", answer: "Center for Naval Analyses" }]).coverage // 1
 */
export function evaluateDeck(cards: GeneratedCard[], text: string, facts: KeyFact[]): DeckEvaluation {
  const lower = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  const missed = facts.filter(
    (f) => !cards.some((c) => lower(c.prompt).includes(lower(f.cue)) && [c.answer, ...c.aliases].some((a) => lower(a).includes(lower(f.answer)))),
  );
  const checked = checkDeck(cards, text).filter((x) => x.faults.length > 0);
  return {
    cards: cards.length,
    coverage: facts.length === 0 ? 1 : (facts.length - missed.length) / facts.length,
    missed,
    faultRate: cards.length === 0 ? 0 : checked.length / cards.length,
    faults: checked.map((x) => ({ prompt: x.card.prompt, answer: x.card.answer, faults: x.faults })),
  };
}
