import ipaddr from "ipaddr.js";

/** What an IP address is, as far as fetching a reader's link goes; only `public` may be fetched. */
export type AddressClass =
  | "public"
  | "loopback"
  | "private"
  | "link-local"
  | "cgnat"
  | "multicast"
  | "unspecified"
  | "metadata"
  | "reserved"
  | "invalid";

/** Cloud instance-metadata endpoints, named first so a refusal says what they are. */
const METADATA_ADDRESSES = new Set(["169.254.169.254", "169.254.170.2", "100.100.100.200", "192.0.0.192", "fd00:ec2::254"]);

const RANGE_CLASS: Record<string, AddressClass> = {
  unicast: "public",
  loopback: "loopback",
  private: "private",
  uniqueLocal: "private",
  linkLocal: "link-local",
  carrierGradeNat: "cgnat",
  multicast: "multicast",
  unspecified: "unspecified",
  broadcast: "reserved",
};

/**
 * Classifies an IPv4 or IPv6 address (IPv4-mapped IPv6 is judged as the IPv4 address it carries). Anything
 * Shorthand IPv4 forms (127.1, 0x7f.0.0.1, 2130706433) are judged as the address they denote, as a
 * connection would be. Anything that is not global unicast is refused: besides the named classes, documentation, benchmarking, 6to4,
 * Teredo, NAT64 and other special-purpose ranges are `reserved`.
 *
 * @example
 * classifyAddress("93.184.216.34") // "public"
 * classifyAddress("::ffff:127.0.0.1") // "loopback"
 * classifyAddress("169.254.169.254") // "metadata"
 */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return "invalid";
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() turns ::ffff:a.b.c.d into the IPv4 address a.b.c.d.
    parsed = ipaddr.process(bare);
  } catch {
    return "invalid";
  }
  if (METADATA_ADDRESSES.has(parsed.toNormalizedString()) || METADATA_ADDRESSES.has(parsed.toString())) return "metadata";
  return RANGE_CLASS[parsed.range()] ?? "reserved";
}

/** Whether an address may be fetched (global unicast only). */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === "public";
}

/**
 * The host names a setting allows despite their addresses, e.g. NEWSDECK_FETCH_ALLOW_HOSTS="127.0.0.1,localhost":
 * comma- or space-separated, compared case-insensitively; IPv6 literals may be written with or without brackets.
 *
 * @example
 * parseAllowHosts(" LocalHost, [::1] ") // ["localhost", "::1"]
 */
export function parseAllowHosts(setting: string | undefined): string[] {
  if (!setting) return [];
  return setting
    .split(/[\s,]+/)
    .map((h) => h.trim().toLowerCase().replace(/^\[|\]$/g, ""))
    .filter(Boolean);
}
