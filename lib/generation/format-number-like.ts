const SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/**
 * Writes a number back in the style of an example ("1,000", "50.7", "sixty-eight").
 *
 * @example
 * formatLike(2000, "1,000") // "2,000"
 */
export function formatLike(value: number, example: string): string {
  if (!/\d/.test(example)) return numberToWords(Math.round(value));
  const decimals = /\.(\d+)/.exec(example)?.[1].length ?? 0;
  const fixed = value.toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = example.includes(",") || Math.abs(value) >= 10_000 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  return (example.startsWith("$") ? "$" : "") + (frac ? `${grouped}.${frac}` : grouped);
}

function numberToWords(n: number): string {
  if (n >= 0 && n < 20) return SMALL[n];
  if (n >= 20 && n < 100) return n % 10 ? `${TENS[Math.floor(n / 10)]}-${SMALL[n % 10]}` : TENS[n / 10];
  return String(n);
}
