import { describe, expect, test } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  test.each([
    ["198.51.100.7", 1, "198.51.100.7"],
    ["203.0.113.9, 198.51.100.7", 1, "198.51.100.7"], // a forged first entry is ignored
    ["203.0.113.9, 198.51.100.7, 10.0.0.2", 2, "198.51.100.7"], // two proxies
    ["198.51.100.7", 3, "198.51.100.7"], // fewer entries than hops: the leftmost
    ["::ffff:127.0.0.1", 1, "127.0.0.1"],
    ["127.0.0.1:53124", 1, "127.0.0.1"],
    ["2001:db8:1:2:aaaa::1", 1, "2001:db8:1:2::/64"],
    ["[2001:db8:1:2:bbbb::9]:443", 1, "2001:db8:1:2::/64"],
    ["", 1, "unknown"],
    [null, 1, "unknown"],
    ["not-an-address", 1, "unknown"],
    [" , ", 1, "unknown"],
  ])("%s with %i hop(s) → %s", (header, hops, expected) => {
    expect(clientAddress(header, hops)).toBe(expected);
  });
});
