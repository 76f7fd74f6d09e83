/**
 * 32-bit FNV-1a hash as 8 hex digits; also seeds deterministic choices.
 *
 * @example
 * hashText("abc") // "1a47e90b"
 */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
