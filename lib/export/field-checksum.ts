import { sha1 } from "@noble/hashes/legacy.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";

/**
 * Anki's duplicate checksum of a note (its `csum` column): the first 8 hex digits of the SHA-1 of the
 * note's first field, HTML stripped, read as an unsigned 32-bit integer. Pass the field's text form.
 *
 * @example
 * fieldChecksum("abc") // 2845392438 (0xa9993e36)
 */
export function fieldChecksum(text: string): number {
  const digest = sha1(utf8ToBytes(text));
  return ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
}
