import type { CardSchedulingFacts, QuizSourceCard } from "../types";

/** Cards as the generator makes them from the shared seed article (North Korea–Russia arms). */
let counter = 0;
function card(partial: Omit<QuizSourceCard, "id" | "articleId" | "source" | "factKey" | "aliases" | "distractors"> &
  Partial<Pick<QuizSourceCard, "aliases" | "distractors" | "factKey">> & { sentence?: string }): QuizSourceCard {
  counter += 1;
  const { sentence, ...rest } = partial;
  return {
    id: `c${String(counter).padStart(2, "0")}`,
    articleId: "art-1",
    aliases: [],
    distractors: [],
    factKey: `fact-${counter}`,
    source: { sentence: sentence ?? `Source sentence ${counter}.` },
    ...rest,
  };
}

const PEOPLE: Array<[string, string, string[]]> = [
  ["Ken Gause", "senior adversary analytics specialist at the Center for Naval Analyses", ["Gause"]],
  ["Robert Rapson", "deputy chief of mission at the U.S. Embassy in Seoul", ["Rapson"]],
  ["Gary Samore", "former White House coordinator for arms control", ["Samore"]],
  ["Evans Revere", "acting assistant secretary for East Asia and Pacific Affairs", ["Revere"]],
  ["Catherine Colonna", "French Foreign Minister", ["Colonna"]],
  ["Linda Thomas-Greenfield", "U.S. Ambassador to the United Nations", ["Thomas-Greenfield"]],
  ["Wang Yi", "Chinese Foreign Minister", []],
];

export const personCards: QuizSourceCard[] = PEOPLE.flatMap(([person, title, aliases], i) => [
  card({ kind: "question", prompt: `Who is ${person}?`, answer: title, factKey: `person-${i}`, distractors: [] }),
  card({
    kind: "question",
    prompt: `Who is the ${title}?`,
    answer: person,
    aliases,
    factKey: `person-${i}`,
    distractors: PEOPLE.filter(([p]) => p !== person).slice(0, 3).map(([p]) => p),
  }),
]);

export const dateCards: QuizSourceCard[] = [
  card({
    kind: "question",
    prompt: "When did North Korea claim that a satellite had taken photos of U.S. sites?",
    answer: "November 28, 2023",
    aliases: ["Nov. 28", "November 28"],
    distractors: ["November 23", "November 27", "September 13"],
  }),
  card({ kind: "cloze", prompt: "Catherine Colonna met Wang Yi in Beijing on _____.", answer: "November 23", distractors: ["November 28", "November 27"] }),
  card({ kind: "cloze", prompt: "The U.N. Security Council met on _____ about the launch.", answer: "November 27", distractors: ["November 23"] }),
  card({ kind: "cloze", prompt: "Putin and Kim met at the Vostochny Cosmodrome on _____.", answer: "September 13", distractors: ["September 16"] }),
  card({ kind: "cloze", prompt: "Kim visited a fighter jet plant in Komsomolsk-on-Amur on _____.", answer: "September 16", distractors: [] }),
  card({ kind: "question", prompt: "When did the White House release images of containers leaving Najin?", answer: "October 13", distractors: ["October 31", "November 13", "September 13"] }),
];

export const otherCards: QuizSourceCard[] = [
  card({
    kind: "question",
    prompt: "How many containers of military equipment left Najin, according to the White House images of October 13?",
    answer: "more than 1,000",
    distractors: ["more than 100", "about 500", "more than 10,000"],
  }),
  card({ kind: "cloze", prompt: "The missile was a _____ ICBM, according to KCNA.", answer: "Hwasong-18", distractors: ["Hwasong-15", "Hwasong-17", "Taepodong-2"] }),
  card({ kind: "cloze", prompt: "Containers left from North Korea's port of _____.", answer: "Najin", distractors: ["Wonsan", "Nampo", "Chongjin"] }),
  card({ kind: "cloze", prompt: "Moscow has turned to _____ for help in replenishing its stockpile of arms.", answer: "North Korea", distractors: ["China", "Iran"] }),
  card({ kind: "cloze", prompt: "Previous launch attempts failed in May and _____.", answer: "August", distractors: [] }),
];

export const articleCards: QuizSourceCard[] = [...personCards, ...dateCards, ...otherCards];

/** Attaches scheduling facts by card id (others stay without facts, i.e. new). */
export function withScheduling(cards: QuizSourceCard[], facts: Record<string, CardSchedulingFacts>): QuizSourceCard[] {
  return cards.map((c) => (facts[c.id] ? { ...c, scheduling: facts[c.id] } : c));
}
