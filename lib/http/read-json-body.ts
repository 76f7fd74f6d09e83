/** The outcome of reading a request body: the parsed JSON, or why it was refused (with its HTTP status). */
export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

/** The largest JSON body any route of ours accepts: a grading is about 200 bytes. */
export const JSON_BODY_LIMIT = 16 * 1024;

/**
 * Reads a body stream as UTF-8 JSON, stopping (and cancelling the stream) as soon as it passes `limit`
 * bytes, whatever `Content-Length` claimed. Invalid UTF-8, invalid JSON and an empty body are 400s.
 *
 * @example await readJsonBody(new Response('{"a":1}').body, 16384) // { ok: true, value: { a: 1 } }
 */
export async function readJsonBody(body: ReadableStream<Uint8Array> | null, limit = JSON_BODY_LIMIT): Promise<JsonBodyResult> {
  const tooLarge = { ok: false, status: 413, error: `The body is larger than ${Math.round(limit / 1024)} KB.` } as const;
  const invalid = (error: string) => ({ ok: false, status: 400, error }) as const;
  if (!body) return invalid("Send a JSON body.");
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return tooLarge;
      }
      chunks.push(value);
    }
  } catch {
    return invalid("The body could not be read.");
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return invalid("The body is not valid UTF-8.");
  }
  if (text.trim() === "") return invalid("Send a JSON body.");
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return invalid("The body is not valid JSON.");
  }
}

/** A declared `Content-Length` above the limit is refused before reading anything. */
export function declaresTooLarge(contentLength: string | null, limit = JSON_BODY_LIMIT): boolean {
  if (contentLength === null || !/^\d+$/.test(contentLength.trim())) return false;
  return Number(contentLength) > limit;
}
