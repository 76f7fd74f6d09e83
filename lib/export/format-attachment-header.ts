/**
 * A Content-Disposition header that makes a browser download a file by this name (RFC 6266): an ASCII
 * `filename` for old clients (other characters, quotes and backslashes as "_") and the exact name as
 * UTF-8 in `filename*` (RFC 8187), which browsers prefer.
 *
 * @example
 * formatAttachmentHeader("newsdeck-café.csv")
 * // `attachment; filename="newsdeck-caf_.csv"; filename*=UTF-8''newsdeck-caf%C3%A9.csv`
 */
export function formatAttachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
