import { detectAnswerLeak } from "./detect-answer-leak";
import { MONTH_NAMES as MONTHS } from "./format-day";
import { listNameAliases } from "./list-aliases";
import type { ArticleIndex, Candidate, SentenceInfo } from "./types";

/**
 * Who-is cards for a person–title pair, in both directions at most: "Who is Ken Gause?" and, when the title is
 * specific enough, "Who is the senior adversary analytics specialist at …?", dated with the publication month.
 *
 * @example
 * makeTitleCards(info, index, new Date("2023-12-19"))[0].prompt // "Who is Ken Gause?"
 */
export function makeTitleCards(info: SentenceInfo, index: ArticleIndex, publishedAt: Date | undefined): Candidate[] {
  // Offices change hands: the question that names the office is dated, as card writers advise.
  const asOf = publishedAt ? ` (as of ${MONTHS[publishedAt.getUTCMonth()]} ${publishedAt.getUTCFullYear()})` : "";
  const out: Candidate[] = [];
  for (const t of info.titles) {
    const name = index.personByMention.get(t.name) ?? t.name;
    const aliases = listNameAliases(name, index);
    const title = t.title.replace(/[.,]$/, "");
    const id = `title|${name.toLowerCase()}`;
    const score = t.form === "prefix" && title.split(" ").length === 1 ? 0.7 : 0.92;
    out.push({ kind: "question", prompt: `Who is ${name}?`, answer: title, aliases: [], answerType: "title", sentence: info.sentence, factId: id, variant: "fwd", score });
    const words = title.split(/\s+/);
    if (words.length >= 2 && words.length <= 18) {
      const former = /^former\s+/i.test(title);
      const core = title.replace(/^former\s+/i, "").replace(/^(?:the|a|an)\s+/i, "");
      const prompt = `Who ${former ? "was" : "is"} the ${core}${former ? "" : asOf}?`;
      if (!detectAnswerLeak(prompt, name, aliases)) {
        out.push({ kind: "question", prompt, answer: name, aliases, answerType: "person", sentence: info.sentence, factId: id, variant: "rev", score: score - 0.12 });
      }
    }
  }
  return out;
}
