import { describe, expect, test } from "vitest";
import { classifyAddress, isPublicAddress, parseAllowHosts, type AddressClass } from "./classify-address";

describe("classifyAddress", () => {
  test.each<[string, AddressClass]>([
    // IPv4
    ["93.184.216.34", "public"],
    ["8.8.8.8", "public"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.1", "public"],
    ["192.168.1.10", "private"],
    ["169.254.1.1", "link-local"],
    ["169.254.169.254", "metadata"],
    ["100.100.100.200", "metadata"],
    ["100.64.0.1", "cgnat"],
    ["100.127.255.255", "cgnat"],
    ["100.128.0.1", "public"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.5", "reserved"], // documentation (TEST-NET-1)
    ["198.18.0.1", "reserved"], // benchmarking
    ["240.0.0.1", "reserved"],
    // IPv6
    ["2606:4700:4700::1111", "public"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["fd00:ec2::254", "metadata"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "reserved"], // documentation
    ["2002:7f00:1::1", "reserved"], // 6to4 (could carry 127.0.0.1)
    ["64:ff9b::7f00:1", "reserved"], // NAT64
    // IPv4-mapped IPv6 is judged as the IPv4 address inside
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::ffff:93.184.216.34", "public"],
    // shorthand IPv4 is judged as the address it denotes
    ["2130706433", "loopback"],
    ["0x7f.0.0.1", "loopback"],
    ["127.1", "loopback"],
    ["0177.0.0.1", "loopback"],
    // not addresses
    ["localhost", "invalid"],
    ["example.com", "invalid"],
    ["", "invalid"],
    ["1.2.3.4.5", "invalid"],
  ])("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  test("only public addresses may be fetched", () => {
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    expect(isPublicAddress("::ffff:192.168.0.1")).toBe(false);
  });
});

describe("parseAllowHosts", () => {
  test.each<[string | undefined, string[]]>([
    [undefined, []],
    ["", []],
    ["127.0.0.1,localhost", ["127.0.0.1", "localhost"]],
    [" LocalHost , [::1] ", ["localhost", "::1"]],
    ["a.test b.test", ["a.test", "b.test"]],
  ])("%j → %j", (setting, expected) => {
    expect(parseAllowHosts(setting)).toEqual(expected);
  });
});
