import { estimatePasswordStrength } from "./estimate-password-strength";

/** bcrypt reads only the first 72 bytes of a password: anything longer would be cut without a word. */
export const MAX_PASSWORD_BYTES = 72;
export const MIN_PASSWORD_LENGTH = 8;
/** zxcvbn's score 2 and above: more than a million guesses, so not in any list of common passwords. */
const MIN_SCORE = 2;

export const PASSWORD_TOO_LONG = "Keep your password to 72 bytes: 72 letters or digits, fewer with accents or emoji.";

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Why a new password is refused, or null when it is fine: too short, longer than bcrypt reads, or among the
 * passwords guessed first (common passwords, words, names, keyboard runs, or close to `userInputs` such as the
 * reader's email and name).
 *
 * @example checkNewPassword("password123") // → "That password is too easy to guess: This is a commonly used password. …"
 */
export function checkNewPassword(password: string, userInputs: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`;
  if (utf8Length(password) > MAX_PASSWORD_BYTES) return PASSWORD_TOO_LONG;
  const { score, warning } = estimatePasswordStrength(password, userInputs);
  if (score >= MIN_SCORE) return null;
  return `That password is too easy to guess${warning ? `: ${warning}` : "."} Try three or four unrelated words.`;
}
