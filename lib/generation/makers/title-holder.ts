import { detectAnswerLeak } from "../detect-answer-leak";
import { MONTH_NAMES } from "../format-day";
import { listNameAliases } from "../list-aliases";
import type { CandidateMaker, MadeCandidate } from "./types";
import { aboutThePast, isHeadOfState, WHO_IS_SCORES } from "./who-is";

/** Named scores of title-holder cards ("Who was the French Foreign Minister in December 2023?" → name). */
export const TITLE_HOLDER_SCORES = {
  /** The office names its organisation or country, so one person holds it; still dated by us, not by the article. */
  specific: 0.42,
  maxWords: 8,
} as const;

/**
 * The reverse of a who-is card: the office asks, the name answers, dated with the publication month because offices
 * change hands. Only offices specific enough to have one holder ("French Foreign Minister", not "ambassador").
 *
 * @example
 * titleHolderMaker.make(ctx)[0].prompt // "Who was the French Foreign Minister in December 2023?"
 */
export const titleHolderMaker: CandidateMaker = {
  family: "title-holder",
  scores: TITLE_HOLDER_SCORES,
  usableSentencesOnly: false,
  make({ article, info }) {
    const publishedAt = article.publishedAt;
    const out: MadeCandidate[] = [];
    for (const t of info.titles) {
      const name = article.index.personByMention.get(t.name) ?? t.name;
      const title = t.title.replace(/[.,]$/, "");
      const words = title.split(/\s+/);
      const former = /^former\s+/i.test(title);
      const core = title.replace(/^former\s+/i, "").replace(/^(?:the|a|an)\s+/i, "");
      if (words.length < 2 || words.length > TITLE_HOLDER_SCORES.maxWords || !/^[A-Z]/.test(core)) continue;
      const when = publishedAt ? ` in ${MONTH_NAMES[publishedAt.getUTCMonth()]} ${publishedAt.getUTCFullYear()}` : "";
      // "Who is a former German coach?" fits many people: only a dated current office has one holder.
      if (former || !when || aboutThePast(article)) continue;
      const prompt = former ? `Who is a former ${core}?` : `Who was the ${core}${when}?`;
      const aliases = listNameAliases(name, article.index);
      if (detectAnswerLeak(prompt, name, aliases)) continue;
      out.push({ kind: "question", prompt, answer: name, aliases, answerType: "person", factId: `title|${name.toLowerCase()}`, family: "title-holder", score: TITLE_HOLDER_SCORES.specific * (isHeadOfState(t.title) ? WHO_IS_SCORES.headOfState : 1) });
    }
    return out;
  },
};
