import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

let estimator: ZxcvbnFactory | null = null;

/**
 * zxcvbn's estimate of a password: `score` 0–4 (0 under a thousand guesses, 1 under a million, 2 under
 * 10^8) and its warning in words. The estimator (common-password, name and English-word dictionaries,
 * keyboard patterns) is built on first use, so modules that only import the schemas stay cheap.
 */
export function estimatePasswordStrength(password: string, userInputs: string[] = []): { score: number; warning: string | null } {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  const result = estimator.check(password, userInputs.filter(Boolean));
  return { score: result.score, warning: result.feedback.warning };
}
