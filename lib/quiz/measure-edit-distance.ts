/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and swaps of two neighbouring characters each cost 1 (no substring is edited twice).
 * Works on code points, so an emoji counts as one character. With `max`, only a band of width `max`
 * is computed and any distance above it comes back as `max + 1`, which keeps long inputs cheap.
 *
 * @example
 * measureEditDistance("Gause", "Guase")      // 1 (one swap)
 * measureEditDistance("kitten", "sitting")   // 3
 * measureEditDistance("kitten", "sitting", 1) // 2, meaning "more than 1"
 */
export function measureEditDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const over = max + 1;
  if (Math.abs(s.length - t.length) > max) return over;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;

  const INF = Number.POSITIVE_INFINITY;
  const width = t.length + 1;
  let prevPrev = new Array<number>(width).fill(INF);
  let prev = Array.from({ length: width }, (_, j) => (j <= max ? j : INF));
  let row = new Array<number>(width).fill(INF);

  for (let i = 1; i <= s.length; i += 1) {
    row.fill(INF);
    row[0] = i <= max ? i : INF;
    let rowMin = row[0];
    const from = Math.max(1, i - max);
    const to = Math.min(t.length, i + max);
    for (let j = from; j <= to; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, prevPrev[j - 2] + 1);
      }
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return over;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[t.length] > max ? over : prev[t.length];
}
