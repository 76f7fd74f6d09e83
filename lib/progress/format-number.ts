const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/**
 * A number for people, with thousands separators: whole numbers by default, up to `fractionDigits`
 * (0 or 1) decimals otherwise. null, NaN and ±Infinity give "—".
 *
 * @example
 * formatNumber(1204);       // "1,204"
 * formatNumber(12.345, 1);  // "12.3"
 * formatNumber(null);       // "—"
 */
export function formatNumber(value: number | null | undefined, fractionDigits: 0 | 1 = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  // Rounding -0.4 gives -0; print it as 0.
  const text = (fractionDigits === 0 ? whole : oneDecimal).format(value);
  return text === "-0" ? "0" : text;
}
