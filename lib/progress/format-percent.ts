/**
 * The space between a number and "%": U+202F NARROW NO-BREAK SPACE, a thin space that never lets the
 * sign wrap onto a line of its own (a plain thin space, U+2009, may break there).
 */
export const PERCENT_SPACE = "\u202F";

/**
 * A 0–1 share as a whole percent for people: "92 %". Never claims 100 % or 0 % unless it is exact
 * (0.996 → "99 %", 0.004 → "1 %"): a retention of 100 % with one lapse would be a lie. null, NaN
 * and ±Infinity give "—", so a missing value never prints as "NaN %".
 *
 * @example
 * formatPercent(0.9234); // "92 %" (narrow no-break space)
 * formatPercent(null);   // "—"
 */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return "—";
  let percent = Math.round(share * 100);
  if (percent === 100 && share < 1) percent = 99;
  if (percent === 0 && share > 0) percent = 1;
  if (percent === 0 && share < 0) percent = -1;
  return `${percent}${PERCENT_SPACE}%`;
}
