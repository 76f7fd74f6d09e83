import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";

/** The 91 characters of Anki's note GUIDs, in Anki's order. */
const BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/**
 * A note GUID in Anki's form (a 64-bit number in Anki's base 91), derived from a stable key instead of
 * drawn at random: exporting the same card again gives the same GUID, so importing it again updates the
 * note in Anki instead of adding a duplicate.
 *
 * @example
 * makeGuid("newsdeck:card:ckx1") // always the same 9–10 characters
 */
export function makeGuid(key: string): string {
  const digest = sha256(utf8ToBytes(key));
  let n = 0n;
  for (const byte of digest.subarray(0, 8)) n = (n << 8n) | BigInt(byte);
  let guid = "";
  while (n > 0n) {
    guid = BASE91[Number(n % 91n)]! + guid;
    n /= 91n;
  }
  return guid || BASE91[0]!;
}
