import type { TMemoryMark } from "./build-memory-map";
import { formatPercent } from "./format-percent";

/** The memory map's bands: each has its own tint and underline style in the legend. */
export type TMemoryBand = "strong" | "fading" | "weak" | "new" | "suspended";

/** Lower bounds of the studied bands: at or above the default desired retention is "strong". */
export const MEMORY_BANDS = { strong: 0.9, fading: 0.7 } as const;

/**
 * The band and the words of a marked sentence (the words are its accessible label, so colour is never the
 * only cue).
 *
 * @example
 * describeMemoryMark({ status: "studied", recall: 0.843, newCards: 0 }); // { band: "fading", label: "recall 84 %" }
 * describeMemoryMark({ status: "new", recall: null, newCards: 2 });      // { band: "new", label: "not yet studied" }
 */
export function describeMemoryMark(mark: Pick<TMemoryMark, "status" | "recall" | "newCards">): { band: TMemoryBand; label: string } {
  if (mark.status === "new" || mark.recall === null) {
    return mark.status === "suspended" ? { band: "suspended", label: "suspended" } : { band: "new", label: "not yet studied" };
  }
  const band: TMemoryBand = mark.recall >= MEMORY_BANDS.strong ? "strong" : mark.recall >= MEMORY_BANDS.fading ? "fading" : "weak";
  const rest = mark.newCards === 0 ? "" : `, ${mark.newCards} ${mark.newCards === 1 ? "card" : "cards"} not yet studied`;
  return { band, label: `recall ${formatPercent(mark.recall)}${rest}` };
}
