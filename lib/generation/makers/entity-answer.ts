import type { AnalyzedArticle } from "../analyze-article";
import { isSameName } from "../is-same-name";
import { listEntityAliases } from "../list-aliases";
import type { AnswerType, Entity, SentenceInfo } from "../types";

/**
 * An entity as an answer: its full name ("Samore" → "Gary Samore"), answer type and accepted aliases (shorter
 * mentions, the usual variants of "U.S.", other spellings of the same organisation in the article).
 *
 * @example
 * entityAnswer(article, { text: "Samore", type: "person", … }) // { full: "Gary Samore", type: "person", aliases: ["Samore"] }
 */
export function entityAnswer(article: AnalyzedArticle, e: Entity): { full: string; type: AnswerType; aliases: string[] } {
  const full = e.type === "person" ? (article.index.personByMention.get(e.text) ?? e.text) : e.text;
  const type: AnswerType = e.type === "person" ? "person" : e.type === "place" ? "place" : e.type === "org" ? "org" : "thing";
  const sameOrg = e.type === "org" ? sameOrganisation(article, full) : [];
  return { full, type, aliases: [...listEntityAliases(e, full), ...sameOrg] };
}

const orgCache = new WeakMap<AnalyzedArticle, Map<string, string[]>>();

/** Other spellings of an organisation in the article ("the Fed" for "Federal Reserve"), worked out once per name. */
function sameOrganisation(article: AnalyzedArticle, full: string): string[] {
  let byName = orgCache.get(article);
  if (!byName) orgCache.set(article, (byName = new Map()));
  let same = byName.get(full);
  if (!same) byName.set(full, (same = article.index.orgs.filter((o) => o !== full && isSameName(o, full))));
  return same;
}

/** True for an entity that can be an answer at all: not a demonym, not a bare compass word. */
export function isAnswerableEntity(e: Entity): boolean {
  return e.type !== "demonym" && e.text.length >= 2 && !/^(?:North|South|East|West)$/.test(e.text);
}

/** True for one item of a list of names of the same kind ("Taiwan and Australia", "the U.K., France and Ukraine"). */
export function isEnumerated(info: SentenceInfo, e: Entity): boolean {
  const s = info.sentence;
  const names = info.entities.filter((x) => x.type !== "demonym").sort((a, b) => a.start - b.start);
  const at = names.indexOf(e);
  if (at < 0) return false;
  const linked = (a: Entity, b: Entity) => a.type === b.type && /^(?:\s+[a-z]+)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/.test(s.text.slice(a.end - s.start, b.start - s.start));
  let first = at;
  while (first > 0 && linked(names[first - 1], names[first])) first--;
  let last = at;
  while (last < names.length - 1 && linked(names[last], names[last + 1])) last++;
  if (last - first + 1 >= 2) return true;
  const clause = s.text.slice(0, names[first].start - s.start).split(/[,;]/).pop() ?? "";
  return /\b(?:including|such as|like)\s+(?:the\s+)?$/.test(clause);
}

/** "Moi University in Kenya": the place is the fact; the institution stays in the prompt as the cue. */
export function hostsPlace(info: SentenceInfo, e: Entity): boolean {
  if (e.type !== "org" && e.type !== "thing") return false;
  const next = info.entities.find((o) => o.start > e.end && o.type === "place");
  return Boolean(next && /^\s+in\s+$/.test(info.sentence.text.slice(e.end - info.sentence.start, next.start - info.sentence.start)));
}
