/**
 * True when the answer, or one of its aliases, can be read in the prompt.
 *
 * @example
 * detectAnswerLeak("Who is Ken Gause?", "Ken Gause", []) // true
 */
export function detectAnswerLeak(prompt: string, answer: string, aliases: string[]): boolean {
  const p = ` ${prompt.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, " ")} `;
  return [answer, ...aliases]
    .map((a) => a.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, " ").trim())
    .filter((a) => a.length >= 3 || /\d/.test(a))
    .some((a) => p.includes(` ${a} `));
}
