import ipaddr from "ipaddr.js";

/**
 * The client address a rate limit counts, from the X-Forwarded-For header. `proxyHops` is the number of
 * reverse proxies in front of the app that append the address they saw: the entry that many places from
 * the right is the one no client can forge (1, the default, for one proxy such as nginx or a load balancer;
 * Next.js itself fills the header with the socket's address when a request arrives without one). IPv6
 * addresses count by their /64 network, which one subscriber usually holds whole; IPv4-mapped IPv6 counts
 * as the IPv4 address. Returns "unknown" when there is no usable address.
 *
 * @example clientAddress("203.0.113.9, 198.51.100.7", 1) // → "198.51.100.7"
 */
export function clientAddress(forwardedFor: string | null | undefined, proxyHops = 1): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = Math.max(1, Math.floor(proxyHops));
  const entry = entries[Math.max(0, entries.length - hops)];
  if (!entry) return "unknown";
  const bare = entry.replace(/^\[([^\]]+)\](?::\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  if (!ipaddr.isValid(bare)) return "unknown";
  const addr = ipaddr.process(bare);
  if (addr.kind() === "ipv4") return addr.toString();
  const parts = (addr as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toNormalizedString().split(":").slice(0, 4).join(":")}::/64`;
}
