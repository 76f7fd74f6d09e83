import type { Sentence } from "./types";

const ABBREVIATIONS = new Set(
  "mr mrs ms dr st jr sr gen lt col sgt gov sen rep prof inc corp co ltd vs etc jan feb mar apr jun jul aug sep sept oct nov dec no fig est approx mt ft adm capt cmdr rev".split(
    " ",
  ),
);
const SENTENCE_STARTERS = new Set(
  "The It He She They We But In A An This That These Those Its His Her Their And Meanwhile However On At As After Before When While Officials".split(" "),
);

/**
 * Splits text into sentences with absolute offsets. Paragraphs (line breaks) always end a sentence; periods of
 * abbreviations such as "U.S.", "W." or "p.m." do not. Headings, datelines and bylines without final punctuation
 * are dropped; sentences wholly inside a quotation with no speaker are flagged `speakerless`.
 *
 * @example
 * splitSentences("Officials met in the U.S. on Monday. They agreed.").map((s) => s.text)
 * // ["Officials met in the U.S. on Monday.", "They agreed."]
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphRe = /[^\n\r]+/g;
  let paragraph = 0;
  for (let m = paragraphRe.exec(text); m; m = paragraphRe.exec(text)) {
    const line = m[0];
    if (line.trim().length === 0) continue;
    const letters = line.match(/[A-Za-z]/g)?.length ?? 0;
    const capitals = line.match(/[A-Z]/g)?.length ?? 0;
    const pieces = splitLine(line, letters > 40 && capitals / letters < 0.01);
    const complete = pieces.filter((p) => /[.!?]["'”’)\]]*\s*$/.test(p.text));
    if (complete.length === 0) continue; // a heading, dateline or caption
    let inQuote = false;
    const dateline = /^[A-Z][A-Z.' -]{1,40}(?:,\s*[A-Z][A-Za-z. ]{1,30})?\s*(?:\([A-Za-z .]{1,20}\)\s*)?[—–]{1}\s*|^[A-Z][A-Z.' -]{1,40}\s*(?:\([A-Za-z .]{1,20}\)\s*)?--\s*/.exec(line);
    if (dateline && pieces.length > 0 && dateline[0].length < pieces[0].text.length) {
      pieces[0] = { text: pieces[0].text.slice(dateline[0].length), start: pieces[0].start + dateline[0].length };
    }
    for (const piece of pieces) {
      const outside = textOutsideQuotes(piece.text, inQuote);
      inQuote = outside.endsInQuote;
      const trimmed = piece.text.trim();
      if (trimmed.length < 2) continue;
      const lead = piece.text.length - piece.text.trimStart().length;
      sentences.push({
        index: sentences.length,
        paragraph,
        text: trimmed,
        start: m.index + piece.start + lead,
        end: m.index + piece.start + lead + trimmed.length,
        speakerless: outside.words < 2 && /["“”]/.test(piece.text + (outside.startsInQuote ? '"' : "")),
      });
    }
    paragraph++;
  }
  return sentences;
}

function splitLine(line: string, lowerCaseText = false): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  const re = lowerCaseText ? /[.!?]+["'”’)\]]*(?=\s+["“‘(]?[A-Za-z0-9])/g : /[.!?]+["'”’)\]]*(?=\s+["“‘(]?[A-Z0-9])/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const endPunct = m.index + m[0].length;
    if (m[0][0] === "." && isAbbreviation(line, m.index)) continue;
    out.push({ text: line.slice(start, endPunct), start });
    start = endPunct;
  }
  if (start < line.length) out.push({ text: line.slice(start), start });
  return out;
}

function isAbbreviation(line: string, dot: number): boolean {
  const before = line.slice(Math.max(0, dot - 24), dot);
  const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? "";
  const next = /^\.\s+["“‘(]?([A-Za-z]+)/.exec(line.slice(dot, dot + 40))?.[1] ?? "";
  // "World War I. Lambert was…": a Roman numeral after a war's name ends the sentence; other single letters are initials.
  if (word === "I" && /\bWar\s+I$/.test(before)) return false;
  if (/^[A-Z]$/.test(word)) return true; // initials: George W. Bush
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return !SENTENCE_STARTERS.has(next); // U.S., p.m.
  return ABBREVIATIONS.has(word.toLowerCase());
}

function textOutsideQuotes(text: string, startsInQuote: boolean): { words: number; endsInQuote: boolean; startsInQuote: boolean } {
  let inQuote = startsInQuote;
  let outside = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“") inQuote = true;
    else if (ch === "”") inQuote = false;
    else if (ch === '"') inQuote = !inQuote;
    else if (!inQuote) outside += ch;
  }
  const words = outside.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  return { words, endsInQuote: inQuote, startsInQuote };
}
