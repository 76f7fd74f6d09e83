import { classifyCard, type CardClassification } from "./classify-card";
import { collectWrongOptions, type WrongOptionSource } from "./collect-wrong-options";
import { createRng, type Rng } from "./create-rng";
import { buildMatchingRounds, MATCHING_MIN } from "./build-matching-rounds";
import { groupMatchingPairs } from "./group-matching-pairs";
import { normalizeAnswer } from "./normalize-answer";
import { scoreWeakness } from "./score-weakness";
import {
  QUIZ_FORMATS,
  type BuildQuizOptions,
  type BuildQuizResult,
  type MatchingRelation,
  type QuizFormat,
  type QuizQuestion,
  type QuizSourceCard,
} from "./types";

const GAP = "_____";
const WRONG_PER_CHOICE = 3;
/** Roughly how many cards one matching round uses; sets matching's fair share of an "all" quiz. */
const CARDS_PER_ROUND = 5.5;

/** The formats that ask about one card. */
type CardFormat = Exclude<QuizFormat, "matching">;

interface Prepared {
  card: QuizSourceCard;
  cls: CardClassification;
  wrong: string[];
}

const toMatchable = (p: Prepared) => ({ id: p.card.id, relation: p.cls.relation, sourceSentence: p.card.source.sentence });

function resolveFormats(formats: BuildQuizOptions["formats"], warnings: string[]): QuizFormat[] {
  if (formats === "mixed") return [...QUIZ_FORMATS];
  const chosen = QUIZ_FORMATS.filter((f) => formats.includes(f));
  if (chosen.length > 0) return chosen;
  warnings.push("No quiz format was chosen, so the quiz mixes all formats.");
  return [...QUIZ_FORMATS];
}

function rankCards(cards: QuizSourceCard[], focusWeak: boolean, rng: Rng): QuizSourceCard[] {
  const shuffled = rng.shuffle(cards);
  if (!focusWeak) return shuffled;
  return shuffled
    .map((card, i) => ({ card, weakness: scoreWeakness(card.scheduling), i }))
    .sort((a, b) => b.weakness - a.weakness || a.i - b.i)
    .map((entry) => entry.card);
}

/** Cards that test a fact already in the list (the reverse of a who-is card) move to the back. */
function siblingsLast(items: Prepared[]): Prepared[] {
  const seen = new Set<string>();
  const first: Prepared[] = [];
  const later: Prepared[] = [];
  for (const item of items) {
    const key = item.card.factKey;
    (key && seen.has(key) ? later : first).push(item);
    if (key) seen.add(key);
  }
  return [...first, ...later];
}

function fillGap(prompt: string, value: string): string {
  const gaps = prompt.split(GAP).length - 1;
  // A replacer function, so "$&" or "$1" in a value is inserted literally.
  return gaps === 1 ? prompt.replace(GAP, () => value) : `${prompt.trim()} — ${value}`;
}

function makeQuestion(p: Prepared, format: CardFormat, isTrue: boolean, rng: Rng): QuizQuestion {
  const { card } = p;
  const base = { id: "", cardId: card.id, articleId: card.articleId, answer: card.answer, sourceSentence: card.source.sentence };
  if (format === "typed") return { ...base, format, prompt: card.prompt, aliases: [...card.aliases], wrongAnswers: [...p.wrong] };
  if (format === "true_false") {
    // Prefer the card's own distractors for the false statement: they fit the sentence best.
    const ownCount = Math.min(p.wrong.length, Math.max(1, card.distractors.length));
    const shownValue = isTrue ? card.answer : p.wrong[rng.int(ownCount)];
    return { ...base, format, statement: fillGap(card.prompt, shownValue), isTrue, shownValue };
  }
  const options = rng.shuffle([card.answer, ...p.wrong.slice(0, WRONG_PER_CHOICE)]);
  return { ...base, format, prompt: card.prompt, options, correctIndex: options.indexOf(card.answer) };
}

function countMatchingPairs(prepared: Prepared[]): Record<MatchingRelation, number> {
  const groups = groupMatchingPairs(prepared.map(toMatchable));
  return { person_title: groups.person_title.length, event_date: groups.event_date.length };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Builds a quiz from an article's cards: the same cards, options and seed always give the same quiz.
 * Multiple choice needs three wrong options (the card's distractors, topped up from other answers of
 * the same type); true/false statements are half true, half false (one more of either when odd);
 * typed questions are graded against answer and aliases; matching rounds pair 5–6 people with titles
 * or events with dates. `focusWeak` picks lapsed and fading cards first. Whatever cannot be built is
 * explained in `warnings` and replaced by what can. Questions hold the solution: send only
 * `toPublicQuestion(q)` to the browser.
 *
 * @example
 * const { questions, warnings } = buildQuiz(cards, { formats: "mixed", length: 10, focusWeak: true }, quizId);
 */
export function buildQuiz(cards: readonly QuizSourceCard[], options: BuildQuizOptions, seed: string): BuildQuizResult {
  const rng = createRng(seed);
  const warnings: string[] = [];
  const requested = resolveFormats(options.formats, warnings);
  const limit = options.length === "all" ? Number.POSITIVE_INFINITY : options.length;

  const seenIds = new Set<string>();
  const usable = cards.filter((card) => {
    const ok = !seenIds.has(card.id) && normalizeAnswer(card.answer) !== "" && card.prompt.trim() !== "";
    seenIds.add(card.id);
    return ok;
  });
  if (usable.length < cards.length) {
    warnings.push(`${plural(cards.length - usable.length, "card was", "cards were")} left out: empty or repeated.`);
  }
  if (usable.length === 0) {
    return { questions: [], warnings: [...warnings, "There are no cards to quiz on yet."] };
  }
  if (options.focusWeak && usable.every((card) => !card.scheduling || !(card.scheduling.reps > 0))) {
    warnings.push("None of these cards has been reviewed yet, so the quiz cannot focus on weak cards.");
  }

  const prepared: Prepared[] = rankCards(usable, options.focusWeak, rng).map((card) => ({
    card,
    cls: classifyCard(card),
    wrong: [],
  }));
  const byType = new Map<string, WrongOptionSource[]>();
  const sources = prepared.map((p) => {
    const source: WrongOptionSource = { ...p.card, answerType: p.cls.answerType };
    const group = byType.get(source.answerType);
    if (group) group.push(source);
    else byType.set(source.answerType, [source]);
    return source;
  });
  prepared.forEach((p, i) => {
    p.wrong = collectWrongOptions(sources[i], byType.get(sources[i].answerType) ?? [], rng);
  });

  let others = requested.filter((f): f is CardFormat => f !== "matching");
  const questions: QuizQuestion[] = [];
  const used = new Set<string>();

  if (requested.includes("matching")) {
    const pairs = countMatchingPairs(prepared);
    const capacity = Math.floor(pairs.person_title / MATCHING_MIN) + Math.floor(pairs.event_date / MATCHING_MIN);
    if (capacity === 0) {
      warnings.push(
        `Matching needs at least ${MATCHING_MIN} pairs of one kind (people and titles, or events and dates); ` +
          `these cards have ${pairs.person_title} and ${pairs.event_date}. Other formats are used instead.`,
      );
      if (others.length === 0) others = ["multiple_choice"];
    } else {
      const fairShare = options.length === "all" ? usable.length / requested.length / CARDS_PER_ROUND : limit / requested.length;
      const share = others.length === 0 ? limit : Math.max(1, Math.round(fairShare));
      const rounds = buildMatchingRounds(prepared.map(toMatchable), Math.min(capacity, share), rng);
      // A round uses 5–12 cards for one question: give rounds back while they would make the quiz
      // shorter than asked. A chosen format keeps one round; "mixed" may drop matching altogether.
      const cardsLeft = () => usable.length - new Set(rounds.flatMap((round) => round.cardIds)).size;
      const keep = options.formats === "mixed" ? 0 : 1;
      while (Number.isFinite(limit) && others.length > 0 && rounds.length > keep && rounds.length + cardsLeft() < limit) {
        rounds.pop();
      }
      rounds.forEach((round) => round.cardIds.forEach((id) => used.add(id)));
      questions.push(...rounds);
      if (others.length === 0 && rounds.length < limit && Number.isFinite(limit)) {
        warnings.push(`These cards are enough for ${plural(rounds.length, "matching round", "matching rounds")} only.`);
      }
      const unmatched = usable.length - used.size;
      if (others.length === 0 && unmatched > 0) {
        warnings.push(`${plural(unmatched, "card states", "cards state")} no pair to match and ${unmatched === 1 ? "is" : "are"} not in this quiz.`);
      }
    }
  }

  const slots = others.length === 0 ? 0 : limit - questions.length;
  const cycle = rng.shuffle(others);
  const assigned: Array<{ p: Prepared; format: CardFormat }> = [];
  const deferred: Prepared[] = [];
  for (const p of siblingsLast(prepared.filter((item) => !used.has(item.card.id)))) {
    if (assigned.length >= slots) break;
    const start = assigned.length % Math.max(1, cycle.length);
    const format = cycle
      .map((_, k) => cycle[(start + k) % cycle.length])
      .find((f) => f !== "multiple_choice" || p.wrong.length >= WRONG_PER_CHOICE);
    if (format) assigned.push({ p, format });
    else deferred.push(p);
  }
  const fallbacks = deferred.slice(0, Math.max(0, slots - assigned.length));
  if (fallbacks.length > 0) {
    for (const p of fallbacks) assigned.push({ p, format: p.wrong.length > 0 ? "true_false" : "typed" });
    const subject = plural(fallbacks.length, "card has", "cards have");
    const verb = fallbacks.length === 1 ? "it is" : "they are";
    warnings.push(
      `${subject} fewer than ${WRONG_PER_CHOICE} wrong options for multiple choice, so ${verb} asked as true/false or typed instead.`,
    );
  }

  const trueFalse = assigned.filter((a) => a.format === "true_false");
  const falseWanted = Math.floor(trueFalse.length / 2) + (trueFalse.length % 2 === 1 ? rng.int(2) : 0);
  const falseCapable = rng.shuffle(trueFalse.filter((a) => a.p.wrong.length > 0));
  const madeFalse = new Set(falseCapable.slice(0, falseWanted));
  if (madeFalse.size < falseWanted) {
    warnings.push(
      `Only ${madeFalse.size} of ${trueFalse.length} true/false statements could be made false: the other cards have no wrong options.`,
    );
  }
  for (const a of assigned) questions.push(makeQuestion(a.p, a.format, !madeFalse.has(a), rng));

  if (Number.isFinite(limit) && questions.length < limit) {
    warnings.push(`There are enough cards for ${plural(questions.length, "question", "questions")}, not ${limit}.`);
  }
  return { questions: rng.shuffle(questions).map((q, i) => ({ ...q, id: `q${i + 1}` })), warnings };
}
