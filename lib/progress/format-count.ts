import { formatNumber } from "./format-number";

/**
 * A count with its noun, singular for exactly 1: "1 review", "1,204 reviews". Pass the plural when
 * it is not singular + "s".
 *
 * @example
 * formatCount(1204, "review");         // "1,204 reviews"
 * formatCount(1, "day");               // "1 day"
 * formatCount(3, "quiz", "quizzes");   // "3 quizzes"
 */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  const text = formatNumber(count);
  return `${text} ${text === "1" ? singular : plural}`;
}
