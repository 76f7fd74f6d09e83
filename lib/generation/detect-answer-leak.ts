const SEPARATORS = /[^\p{L}\p{N}%]+/gu;

/**
 * True when the answer, or one of its aliases, can be read in the prompt.
 *
 * @example
 * detectAnswerLeak("Who is Ken Gause?", "Ken Gause", []) // true
 */
export function detectAnswerLeak(prompt: string, answer: string, aliases: string[]): boolean {
  const lower = prompt.toLowerCase();
  // A figure inside a code or name ("PM2.5" → 2.5) is read whatever the separators.
  if ([answer, ...aliases].some((a) => /\d/.test(a) && a.length >= 2 && lower.replace(/_____/g, " ").includes(a.toLowerCase()))) return true;
  // Normalising the prompt is the costly step, and an answer whose first word the prompt lacks cannot be read in it.
  const answers = [answer, ...aliases]
    .map((a) => a.toLowerCase().replace(SEPARATORS, " ").trim())
    .filter((a) => (a.length >= 3 || /\d/.test(a)) && lower.includes(a.split(" ", 1)[0]));
  if (answers.length === 0) return false;
  const p = ` ${lower.replace(SEPARATORS, " ")} `;
  return answers.some((a) => p.includes(` ${a} `));
}
