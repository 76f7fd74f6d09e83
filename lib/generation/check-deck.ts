import { checkCard, type CardFault } from "./check-card";
import { GAP } from "./render-prompt";
import type { GeneratedCard } from "./types";
import { FUNCTION_WORDS } from "./word-lists";


/**
 * Checks a whole deck: every card alone, plus duplicates (same answer, near-identical prompt), repeated fact
 * keys, and confusable date cards whose prompts do not say what happened.
 *
 * @example
 * checkDeck(cards, text).filter((f) => f.faults.length > 0).length / cards.length // fault rate
 */
export function checkDeck(cards: GeneratedCard[], text: string): { card: GeneratedCard; faults: CardFault[] }[] {
  const out = cards.map((card) => ({ card, faults: checkCard(card, text) }));
  const seenKeys = new Set<string>();
  for (let i = 0; i < out.length; i++) {
    const a = out[i].card;
    if (seenKeys.has(a.factKey)) out[i].faults.push("duplicate");
    seenKeys.add(a.factKey);
    for (let j = 0; j < i; j++) {
      const b = out[j].card;
      if (norm(a.answer) === norm(b.answer) && jaccard(a.prompt, b.prompt) >= 0.75) {
        out[i].faults.push("duplicate");
        break;
      }
    }
    if (/\b\d{1,2}\b/.test(a.answer) && /January|February|March|April|May|June|July|August|September|October|November|December/.test(a.answer)) {
      const context = contentWords(a.prompt.replace(GAP, ""));
      if (context.length < 3) out[i].faults.push("confusable");
    }
  }
  return out;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function contentWords(s: string): string[] {
  return norm(s)
    .split(" ")
    .filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w) && !/^(?:did|when|what|who|happened|date)$/.test(w));
}

function jaccard(a: string, b: string): number {
  const x = new Set(contentWords(a));
  const y = new Set(contentWords(b));
  if (x.size === 0 && y.size === 0) return 1;
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  return inter / (x.size + y.size - inter);
}
