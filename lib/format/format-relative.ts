/**
 * "in 10 minutes", "in 3 hours", "in 2 days": a future moment relative to now, for people.
 *
 * @example
 * formatRelative(new Date("2024-01-01T00:10:00Z"), new Date("2024-01-01T00:00:00Z")) // "in 10 minutes"
 */
export function formatRelative(target: Date, now: Date): string {
  const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const s = (target.getTime() - now.getTime()) / 1000;
  if (Math.abs(s) < 60) return s <= 0 ? "now" : "in less than a minute";
  const m = s / 60;
  if (Math.abs(m) < 60) return rtf.format(Math.round(m), "minute");
  const h = m / 60;
  if (Math.abs(h) < 24) return rtf.format(Math.round(h), "hour");
  const d = h / 24;
  if (Math.abs(d) < 30) return rtf.format(Math.round(d), "day");
  const mo = d / 30.44;
  if (Math.abs(mo) < 12) return rtf.format(Math.round(mo), "month");
  return rtf.format(Math.round(d / 365.25), "year");
}
