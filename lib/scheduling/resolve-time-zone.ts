const cache = new Map<string, string | null>();

/**
 * Returns the canonical IANA name of a time zone as this runtime's Intl knows it ("utc" → "UTC"),
 * or null when Intl does not know the zone. No time zone library: Intl is the source of truth.
 *
 * @example
 * resolveTimeZone("Europe/Berlin"); // "Europe/Berlin"
 * resolveTimeZone("Mars/Olympus");  // null
 */
export function resolveTimeZone(timeZone: string): string | null {
  const cached = cache.get(timeZone);
  if (cached !== undefined) return cached;
  let resolved: string | null = null;
  if (timeZone.trim() !== "") {
    try {
      resolved = new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
    } catch {
      resolved = null;
    }
  }
  cache.set(timeZone, resolved);
  return resolved;
}
