/**
 * Two spellings of one name: an acronym and its expansion ("NDC", "National Democratic Congress"), or a short
 * form that opens the long one ("Fed", "Federal Reserve"). Used so a distractor is never the answer in disguise.
 *
 * @example
 * isSameName("NDC", "National Democratic Congress") // true
 */
export function isSameName(a: string, b: string): boolean {
  if (isAcronym(a) && letters(a) === initials(b)) return true;
  if (isAcronym(b) && letters(b) === initials(a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return /^[A-Z][a-z]{2,}$/.test(short) && long.split(/\s+/).length > 1 && long.startsWith(short) && !long.startsWith(`${short} `);
}

function initials(s: string): string {
  return s.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
}

function letters(s: string): string {
  return s.replace(/[^A-Za-z]/g, "");
}

/** Two to eight capitals or dots, spaces aside ("U.S.", "N D C"). */
const ACRONYM = /^\s*(?:[A-Z.]\s*){2,8}$/;

function isAcronym(s: string): boolean {
  return ACRONYM.test(s);
}
