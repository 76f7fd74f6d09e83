/**
 * Normalises spacing and punctuation left behind by edits.
 *
 * @example
 * tidyPrompt("Ken Gause ,  said so .") // "Ken Gause, said so."
 */
export function tidyPrompt(text: string): string {
  let out = text
    .replace(/\(\s*\)/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?”])/g, "$1")
    .replace(/,\s*,/g, ",")
    .replace(/,\s*([.?!])/g, "$1")
    .replace(/\(\s*\)/g, "")
    .replace(/^[,;:\s]+/, "")
    .trim()
    // "at 10 p.m." ending a sentence takes one full stop, not two; an ellipsis stays.
    .replace(/(?<!\.)\.\.$/, ".");
  // "including a(n) _____" reads as a form to fill in; the article goes, the gap takes the whole noun phrase.
  out = out.replace(/\b[Aa]n? _____/g, "_____");
  return out.length > 0 ? out[0].toUpperCase() + out.slice(1) : out;
}
