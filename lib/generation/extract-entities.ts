import { TITLE_HEADS } from "./title-words";
import type { Entity, Token } from "./types";

const ORG_WORDS = new Set(
  "university council center centre committee commission agency party congress association institute organization organisation fleet navy army ministry department bank reserve company corporation inc directorate embassy team foundation court senate administration service union fund forces parliament assembly police school college hospital group network times post news kcna nato opec fbi cia nasa fed".split(
    " ",
  ),
);
const PLACE_WORDS = new Set("stadium airbase cosmodrome shipyard station port island river mountain street avenue square airport base city county province state region".split(" "));
const COUNTRY_ACRONYMS = new Set(["U.S.", "US", "U.K.", "UK", "UAE", "U.S.A.", "USA"]);
const CONNECTORS = new Set(["of", "for", "on", "de", "del", "la", "al"]);
const HONORIFICS = new Set(["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame"]);
const COMMON_CAPITALISED = new Set(
  "That It But And So This These Those There Then He She We They I You His Her Its Their Our My Your Yes No Absolutely Ladies Gentlemen Mr Mrs Ms Dr However Meanwhile Also Still Yet For In At As On By With From After Before During Recently Last Next When While If Although Shortly".split(" "),
);
const CARDINALS = new Set(["North", "South", "East", "West"]);

/**
 * Finds named entities: chains of capitalised words joined by hyphens or by "of/for/on", with titles split
 * off names ("Minister Catherine Colonna" → person "Catherine Colonna"), possessives cut ("Korea's" → "Korea"),
 * and demonyms ("South Korean") kept apart so they are never used as answers.
 *
 * @example
 * extractEntities(tokens, "Kim Jong Un visited Komsomolsk-on-Amur.", 0)
 * // [{ text: "Kim Jong Un", type: "person" }, { text: "Komsomolsk-on-Amur", type: "place" }]
 */
export function extractEntities(tokens: Token[], sentenceText: string, sentenceStart: number): Entity[] {
  const entities: Entity[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsChain(tokens, i, sentenceText, sentenceStart)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !endsChain(tokens[j])) {
      const next = tokens[j + 1];
      if (isDateWord(next)) break;
      // "Digital Health Office (DHO)": a bracket ends the name, whatever the tagger left in the token's spacing.
      if (/[()[\]]/.test(sentenceText.slice(tokens[j].end - sentenceStart, next.start - sentenceStart))) break;
      if (/^\.\s+$/.test(tokens[j].post) && /^[A-Za-z.]{1,4}$/.test(tokens[j].text) && /^[A-Z]/.test(next.text)) {
        j++;
        continue;
      }
      if (tokens[j].post === "-" || tokens[j].post === "–") {
        j++;
        continue;
      }
      if (/^\s+$/.test(tokens[j].post) && isCapitalised(next)) {
        j++;
        continue;
      }
      if (/^\s+$/.test(tokens[j].post) && CONNECTORS.has(next.text) && j + 2 < tokens.length && /^\s+$/.test(next.post) && isCapitalised(tokens[j + 2]) && !isDateWord(tokens[j + 2]) && !tokens.slice(i, j + 1).some((t) => t.tags.has("Place") || (t.tags.has("Person") && !t.tags.has("Honorific")))) {
        j += 2;
        continue;
      }
      break;
    }
    entities.push(...classifyChain(tokens.slice(i, j + 1), sentenceText, sentenceStart));
    i = j + 1;
  }
  return entities;
}

function isCapitalised(t: Token): boolean {
  return /^[A-Z0-9]/.test(t.text) && /[A-Za-z]/.test(t.text) && !/^[0-9]/.test(t.text) ? true : /^[A-Z]/.test(t.text);
}

function isDateWord(t: Token): boolean {
  return t.tags.has("Date") || t.tags.has("Month") || t.tags.has("WeekDay") || /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(t.text);
}

function startsChain(tokens: Token[], i: number, sentenceText: string, sentenceStart: number): boolean {
  const t = tokens[i];
  if (!/^[A-Z]/.test(t.text) || isDateWord(t) || HONORIFICS.has(t.text)) return false;
  if (i > 0 && /[-–]$/.test(tokens[i - 1].post)) return false;
  const before = sentenceText.slice(0, t.start - sentenceStart).trimEnd();
  const first = before.length === 0 || /[.!?:"“”‘’(\[—–-]$/.test(before);
  if (!first) return true;
  // "When Deaton first went…": an opening conjunction or adverb is not the start of a name.
  if (COMMON_CAPITALISED.has(t.text)) return false;
  const tags = t.tags;
  if (/['’]s$/.test(t.text)) return true;
  if (tags.has("ProperNoun") || tags.has("Person") || tags.has("Place") || tags.has("Organization") || tags.has("Acronym") || tags.has("Demonym")) {
    return !tags.has("Pronoun") && !tags.has("Determiner");
  }
  const next = tokens[i + 1];
  return Boolean(next && /^\s+$/.test(t.post) && /^[A-Z]/.test(next.text) && !isDateWord(next) && !tags.has("Pronoun") && !tags.has("Determiner") && !tags.has("Preposition") && !tags.has("Adverb") && !tags.has("Conjunction"));
}

function endsChain(t: Token): boolean {
  if (/^\.\s+$/.test(t.post) && /^[A-Za-z.]{1,4}$/.test(t.text)) return false;
  return /[,;:()"“”—]/.test(t.post) || /['’]s$/.test(t.text) || /[.!?]\s*$/.test(t.post) && !/\.$/.test(t.text) || /\.\s/.test(t.post);
}

function classifyChain(chain: Token[], sentenceText: string, sentenceStart: number): Entity[] {
  const lead = chain.findIndex((t) => !t.tags.has("Demonym"));
  if (lead > 0 && chain.slice(lead).some((t) => t.tags.has("Person"))) {
    const demonym = makeEntity(chain.slice(0, lead), sentenceText, sentenceStart);
    const rest = classifyChain(chain.slice(lead), sentenceText, sentenceStart);
    return demonym ? [{ ...demonym, type: "demonym" }, ...rest] : rest;
  }
  // Split honorifics and title words off a following name.
  let titleEnd = -1;
  for (let k = 0; k < chain.length - 1; k++) {
    const lower = chain[k].text.toLowerCase().replace(/\.$/, "");
    if (HONORIFICS.has(chain[k].text) || TITLE_HEADS.has(lower) || chain[k].tags.has("Honorific")) titleEnd = k;
  }
  const out: Entity[] = [];
  let nameTokens = chain;
  // "Secretary of State Antony Blinken": the "of …" belongs to the title, the name starts at the first given name.
  if (titleEnd >= 0 && titleEnd + 3 < chain.length && CONNECTORS.has(chain[titleEnd + 1].text)) {
    let k = titleEnd + 2;
    const personish = (t: Token) => t.tags.has("FirstName") || t.tags.has("LastName") || t.tags.has("Person");
    while (k + 1 < chain.length && chain.length - (k + 1) > 2 && !personish(chain[k + 1])) k++;
    titleEnd = k;
  }
  if (titleEnd >= 0) {
    const title = chain.slice(0, titleEnd + 1);
    nameTokens = chain.slice(titleEnd + 1);
    const preTitle = title.slice(0, -1).filter((t) => !HONORIFICS.has(t.text));
    if (preTitle.length > 0 && !preTitle.some((t) => TITLE_HEADS.has(t.text.toLowerCase()))) {
      const e = makeEntity(preTitle, sentenceText, sentenceStart);
      if (e && (e.type === "place" || e.type === "org")) out.push(e);
    }
    const name = makeEntity(nameTokens, sentenceText, sentenceStart);
    if (name) out.push({ ...name, type: name.type === "thing" || name.type === "place" ? "person" : name.type });
    return out;
  }
  const e = makeEntity(nameTokens, sentenceText, sentenceStart);
  if (!e || HONORIFICS.has(e.text) || COMMON_CAPITALISED.has(e.text)) return [];
  if (nameTokens.length === 1 && nameTokens[0].tags.has("Plural") && !nameTokens[0].tags.has("ProperNoun")) return [];
  if (e.type === "thing" && !e.text.includes(" ") && /\b(?:in|port of|city of|near|capital,?)\s*$/i.test(sentenceText.slice(0, e.start - sentenceStart))) e.type = "place";
  return [e];
}

function makeEntity(tokens: Token[], sentenceText: string, sentenceStart: number): Entity | undefined {
  if (tokens.length === 0) return undefined;
  const start = tokens[0].start;
  let end = tokens[tokens.length - 1].end;
  let text = sentenceText.slice(start - sentenceStart, end - sentenceStart);
  const possessive = /['’]s$/.exec(text);
  if (possessive) {
    text = text.slice(0, -2);
    end -= 2;
  }
  text = text.replace(/^["“‘(]+|["”’),]+$/g, "");
  if (text.length < 2 || !/[A-Za-z]/.test(text) || /-[a-z]+$/.test(text)) return undefined;
  return { text, start: start + (sentenceText.slice(start - sentenceStart).startsWith(text) ? 0 : sentenceText.slice(start - sentenceStart).indexOf(text)), end, type: typeOf(tokens, text) , country: isCountry(tokens, text) };
}

function isCountry(tokens: Token[], text: string): boolean {
  return COUNTRY_ACRONYMS.has(text) || tokens.some((t) => t.tags.has("Country"));
}

function typeOf(tokens: Token[], text: string): Entity["type"] {
  const words = text.split(/[\s-]+/).map((w) => w.toLowerCase().replace(/[.'’]/g, ""));
  if (tokens.every((t) => t.tags.has("Demonym") || CARDINALS.has(t.text))) return "demonym";
  if (COUNTRY_ACRONYMS.has(text)) return "place";
  if (text === "White House" || text === "Pentagon" || words.some((w) => ORG_WORDS.has(w))) return "org";
  if (words.some((w) => PLACE_WORDS.has(w))) return "place";
  const personTags = tokens.filter((t) => t.tags.has("Person") && !t.tags.has("Honorific")).length;
  const placeTags = tokens.filter((t) => t.tags.has("Place") || t.tags.has("Country") || t.tags.has("City")).length;
  if (personTags > 0 && placeTags === 0 && tokens.length <= 5) return "person";
  if (tokens.some((t) => t.tags.has("Organization")) && placeTags === 0) return "org";
  if (placeTags > 0 && placeTags >= personTags) return "place";
  if (personTags > 0 && tokens.length <= 5) return "person";
  if (tokens.length === 1 && tokens[0].tags.has("Acronym")) return "org";
  return "thing";
}
