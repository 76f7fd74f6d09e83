import { parse } from "node-html-parser";

/** Longest text accepted, in characters. */
export const MAX_TEXT_LENGTH = 200_000;

export interface NormalizedText {
  /** The text cards point into: the input itself, or the visible text of an HTML input. */
  text: string;
  fromHtml: boolean;
  reason?: string;
}

const HTML_TAG = /<\/?(?:html|head|body|p|div|span|br|script|style|article|section|main|h[1-6]|a|li|ul|ol|table|tr|td|em|strong|b|i|img|meta|link|header|footer|nav|blockquote|figure|figcaption)\b[^>]*>/i;
const COMMON_WORDS = new Set(
  "the of and to a in is that for it was on with as by at from he she said are be has have will an this his her its their were not but or which who they we had been also".split(" "),
);

/**
 * Checks the raw input and returns the text to work on, or a `reason` why no deck can be made.
 * Plain text is returned unchanged so card offsets point into what the caller passed; HTML is reduced to its
 * visible text (script, style and similar elements dropped).
 *
 * @example
 * normalizeText("<p>Hello <b>world</b>.</p><script>x()</script>").text // "Hello world."
 * normalizeText("   ").reason // "The text is empty."
 */
export function normalizeText(raw: unknown): NormalizedText {
  if (typeof raw !== "string") return { text: "", fromHtml: false, reason: "The text is not a string." };
  if (raw.trim().length === 0) return { text: "", fromHtml: false, reason: "The text is empty." };
  if (raw.length > MAX_TEXT_LENGTH) {
    return { text: "", fromHtml: false, reason: `The text is too long (${raw.length} characters; the limit is ${MAX_TEXT_LENGTH}).` };
  }
  if (looksBinary(raw)) return { text: "", fromHtml: false, reason: "The text looks like binary data, not an article." };

  let text = raw;
  let fromHtml = false;
  if (HTML_TAG.test(raw)) {
    text = htmlToText(raw);
    fromHtml = true;
    if (text.trim().length === 0) return { text: "", fromHtml, reason: "The HTML holds no visible text." };
  }
  const language = checkEnglish(text);
  if (language) return { text: "", fromHtml, reason: language };
  return { text, fromHtml };
}

function looksBinary(raw: string): boolean {
  let control = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control > Math.max(2, raw.length * 0.01);
}

function htmlToText(raw: string): string {
  const root = parse(raw, { comment: false });
  for (const node of root.querySelectorAll("script, style, noscript, template, head, svg, iframe")) node.remove();
  return root.structuredText
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n\n");
}

function checkEnglish(text: string): string | undefined {
  // Counted per run of letters: matching and testing letter by letter cost more than all the other checks here.
  let letters = 0;
  let latin = 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    letters += [...word].length;
    latin += word.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  }
  if (letters === 0) return "The text has no words.";
  if (letters >= 40 && latin / letters < 0.7) return "The text does not look like English.";
  const words = text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  if (words.length >= 12) {
    const common = words.filter((w) => COMMON_WORDS.has(w)).length;
    if (common / words.length < 0.08) return "The text does not look like English.";
  }
  return undefined;
}
