import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { fieldChecksum } from "./field-checksum";
import { makeGuid } from "./make-guid";

test.each([
  ["", 0xda39a3ee],
  ["abc", 0xa9993e36],
  ["The quick brown fox jumps over the lazy dog", 0x2fd4e1c6],
])("fieldChecksum(%j) is the first 8 hex digits of SHA-1", (text, csum) => {
  expect(fieldChecksum(text)).toBe(csum);
});

test.each(["Russia fired {{c1::12}} missiles.", "Who is Catherine Colonna (as of December 2023)?", "北朝鮮 – Café 😀", "a\u001fb"])(
  "fieldChecksum(%j) agrees with Node's SHA-1 of the UTF-8 text",
  (text) => {
    expect(fieldChecksum(text)).toBe(Number.parseInt(createHash("sha1").update(text, "utf8").digest("hex").slice(0, 8), 16));
  },
);

test("a checksum is an unsigned 32-bit integer, never negative", () => {
  for (let i = 0; i < 200; i++) {
    const c = fieldChecksum(`card ${i}`);
    expect(Number.isInteger(c) && c >= 0 && c < 2 ** 32).toBe(true);
  }
});

test("makeGuid is stable, Anki's base 91, and differs between keys", () => {
  const a = makeGuid("newsdeck:card:a");
  expect(makeGuid("newsdeck:card:a")).toBe(a);
  expect(makeGuid("newsdeck:card:b")).not.toBe(a);
  expect(a).toMatch(/^[a-zA-Z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]{1,10}$/);
});

test("makeGuid encodes the first 8 bytes of the key's SHA-256 in base 91", () => {
  const key = "newsdeck:card:check";
  let n = BigInt(`0x${createHash("sha256").update(key).digest("hex").slice(0, 16)}`);
  const table = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";
  let expected = "";
  while (n > 0n) {
    expected = table[Number(n % 91n)] + expected;
    n /= 91n;
  }
  expect(makeGuid(key)).toBe(expected);
});
