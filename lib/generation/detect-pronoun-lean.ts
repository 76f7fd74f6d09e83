/**
 * True when a reported clause leans on a pronoun in its first words ("it probably views them as useful"),
 * so a who-said question would not stand alone. The dummy "it is an honor to…" is fine.
 *
 * @example
 * detectPronounLean("it probably views them as useful") // true
 */
export function detectPronounLean(clause: string): boolean {
  const head = clause.replace(/["“”‘’]/g, "").replace(/^(?:in fact|indeed|however|but|and|so),?\s+/i, "").split(/\s+/).slice(0, 6).join(" ");
  if (/^it (?:is|was|would be) (?:a|an|not|important|time)\b/i.test(head)) return false;
  return /\b(?:he|she|they|them|it|this|these|those|him|her)\b/i.test(head);
}
